package org.bianzhi.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Path;
import java.util.Map;

/**
 * The one service of this integration run ({@code target/bianzhi-microbundle.jar}, as an office runs it), started
 * at the first test that asks for it and stopped when the test session ends ({@link SuiteSession}). Failsafe
 * forks one JVM per database, so this is one service per database per run. Its environment is the run's
 * (failsafe sets the database, "today" and the keys; {@link TestDatabase} has emptied the database before); tests
 * isolate themselves with data of their own.
 */
public final class SharedService {

    private static ServiceProcess service;
    private static URL url;
    private static long startMillis;
    private static IllegalStateException failed;

    private SharedService() {
    }

    /** The service's root address (the web interface is there, the API under {@code api/v1}). */
    public static synchronized URL url() {
        if (failed != null) throw failed; // once: every later class would wait for the same failure again
        if (url == null) {
            try {
                long begun = System.currentTimeMillis();
                int port = freePort();
                Path log = Path.of("target", "it-" + TestDatabase.kind() + "-service.log");
                service = ServiceProcess.start(port, System.getProperty("it.service.heap", "512m"), Map.of(), log);
                url = new URL(service.base());
                startMillis = System.currentTimeMillis() - begun;
                Runtime.getRuntime().addShutdownHook(new Thread(SharedService::stop, "stop-shared-service"));
            } catch (Exception e) {
                failed = new IllegalStateException("the shared service did not start: " + e.getMessage(), e);
                throw failed;
            }
        }
        return url;
    }

    /** How long the service took to start (0: not started), which the first test class would otherwise be charged with. */
    static synchronized long startMillis() {
        return startMillis;
    }

    public static synchronized void stop() {
        if (service != null) service.close();
        service = null;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
