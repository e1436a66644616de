package org.bianzhi.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The built service jar ({@code target/bianzhi-microbundle.jar}) run as a process of its own, as an office runs it.
 * A boot costs 15–20 s, so a run may start at most {@code -Dit.service.processes} of them (failsafe declares the
 * suite's number per database): one more fails the test that asked, instead of slowing every later run.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final AtomicInteger STARTED = new AtomicInteger();

    private final Process process;
    private final String base;

    private ServiceProcess(Process process, String base) {
        this.process = process;
        this.base = base;
    }

    /** Starts the service with {@code -Xmx<heap>} and the given environment, as an office would; returns once it is ready. */
    public static ServiceProcess start(int port, String heap, Map<String, String> env, Path log) throws Exception {
        return start(port, heap, List.of(), env, log);
    }

    /**
     * Starts a service of a test about processes (killed, restarted, run twice): it lives for seconds, so it runs with
     * {@code -Dit.process.jvm} (C1 only: a start 6 s sooner, where the shared service's many requests want C2).
     */
    public static ServiceProcess startShortLived(int port, Map<String, String> env, Path log) throws Exception {
        String jvm = System.getProperty("it.process.jvm", "").strip();
        return start(port, "512m", jvm.isEmpty() ? List.of() : List.of(jvm.split("\\s+")), env, log);
    }

    private static ServiceProcess start(int port, String heap, List<String> jvmOptions, Map<String, String> env, Path log)
            throws Exception {
        int started = STARTED.incrementAndGet();
        Integer declared = Integer.getInteger("it.service.processes");
        if (declared != null && started > declared) {
            throw new IllegalStateException("this run would start its " + started + "th service process, more than the suite declares"
                    + " (it.service.processes=" + declared + " in pom.xml): a test that needs isolation gets it from data of its own"
                    + " on the shared service (SharedService); only a test about processes starts its own, and declares it there");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", Path.of("target", "bianzhi-microbundle.jar").toString(), "--port", String.valueOf(port), "--nocluster"));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().putAll(env);
        pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        ServiceProcess service = new ServiceProcess(pb.start(), "http://127.0.0.1:" + port + "/");
        try {
            service.awaitReady(log);
        } catch (Exception | Error e) {
            service.kill(); // not left running behind a failed test
            throw e;
        }
        return service;
    }

    private void awaitReady(Path log) throws Exception {
        long deadline = System.currentTimeMillis() + 300_000;
        while (true) {
            try {
                var res = HTTP.send(HttpRequest.newBuilder(URI.create(base + "health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (res.statusCode() == 200) return;
            } catch (IOException e) {
                // not listening yet
            }
            if (!process.isAlive()) throw new IllegalStateException("the service did not start; see " + log);
            if (System.currentTimeMillis() > deadline) throw new IllegalStateException("the service was not ready in 5 minutes");
            Thread.sleep(500);
        }
    }

    /** The service's root address, ending in a slash. */
    public String base() {
        return base;
    }

    public long pid() {
        return process.pid();
    }

    /** Stops the service as a crash would (SIGKILL): no shutdown of any kind. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** How many service processes this JVM has started. */
    public static int started() {
        return STARTED.get();
    }

    /** Stops the service (SIGTERM) and waits for it, so the next run or phase does not share the cores with its shutdown. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
