package org.bianzhi.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

/** The built service jar ({@code target/bianzhi-microbundle.jar}) run as a process of its own, as an office runs it. */
public final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final Process process;
    private final String base;

    private ServiceProcess(Process process, String base) {
        this.process = process;
        this.base = base;
    }

    /** Starts the service with {@code -Xmx<heap>} and the given environment; returns once it is ready. */
    public static ServiceProcess start(int port, String heap, Map<String, String> env, Path log) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap,
                "-jar", Path.of("target", "bianzhi-microbundle.jar").toString(), "--port", String.valueOf(port), "--nocluster");
        pb.environment().putAll(env);
        pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        ServiceProcess service = new ServiceProcess(pb.start(), "http://127.0.0.1:" + port + "/");
        service.awaitReady(log);
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

    @Override
    public void close() {
        process.destroy();
    }
}
