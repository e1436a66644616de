package org.bianzhi.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * One test JVM of the build (the unit tests, or one database's integration run; {@code -Dbianzhi.test.phase}):
 * stops the shared service at its end and writes how long it took, the time in each test class and the service
 * processes it started to {@code target/test-phases/}, where {@link PhaseSummary} reads them for the build's summary.
 */
public final class SuiteSession implements LauncherSessionListener {

    private static final String PHASE = System.getProperty("bianzhi.test.phase");
    private final Map<String, Long> classStarted = new ConcurrentHashMap<>();
    private final Map<String, Long> classMillis = new ConcurrentHashMap<>();
    private long started;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        started = System.currentTimeMillis();
        session.getLauncher().registerTestExecutionListeners(new TestExecutionListener() {
            @Override
            public void executionStarted(TestIdentifier id) {
                className(id).ifPresent(c -> classStarted.put(c, System.currentTimeMillis()));
            }

            @Override
            public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                className(id).ifPresent(c -> {
                    Long from = classStarted.remove(c);
                    if (from != null) classMillis.merge(c, System.currentTimeMillis() - from, Long::sum);
                });
            }
        });
    }

    private static java.util.Optional<String> className(TestIdentifier id) {
        return id.getSource().filter(ClassSource.class::isInstance).map(s -> ((ClassSource) s).getClassName());
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        SharedService.stop();
        if (PHASE == null) return; // run from an IDE or by hand: no build summary to feed
        StringBuilder out = new StringBuilder();
        out.append("phase\t").append(PHASE).append('\n')
                .append("build\t").append(System.getProperty("bianzhi.build.started", "")).append('\n')
                .append("started\t").append(started).append('\n')
                .append("finished\t").append(System.currentTimeMillis()).append('\n')
                .append("serviceStart\t").append(SharedService.startMillis()).append('\n')
                .append("processes\t").append(ServiceProcess.started()).append('\n')
                .append("declared\t").append(System.getProperty("it.service.processes", "")).append('\n');
        classMillis.forEach((c, ms) -> out.append("class\t").append(c).append('\t').append(ms).append('\n'));
        try {
            Path dir = Path.of("target", "test-phases");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(PHASE + ".tsv"), out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("test phase times not written: " + e.getMessage());
        }
    }
}
