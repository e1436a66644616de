package org.bianzhi.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints where the build's time went, after the integration runs (before {@code verify} judges them, so a failed
 * run shows its times too): building, unit tests, each database's integration run with its browser tests and its
 * slowest classes, and the service processes each run started against what the suite declares.
 * Argument: the build's start ({@code maven.build.timestamp}), which also tells this build's files from older ones.
 */
public final class PhaseSummary {

    private static final String[][] PHASES = {{"unit", "unit tests"}, {"it-h2", "integration, H2"},
            {"it-postgresql", "integration, PostgreSQL"}};

    private record Phase(long started, long finished, long serviceStart, int processes, String declared, Map<String, Long> classes) {

        long browserMillis() {
            return classes.entrySet().stream().filter(e -> e.getKey().startsWith("org.bianzhi.it.web.")).mapToLong(Map.Entry::getValue).sum();
        }
    }

    public static void main(String[] args) throws IOException {
        String build = args.length > 0 ? args[0] : "";
        long buildStart = build.isEmpty() ? -1 : Instant.parse(build).toEpochMilli();
        Map<String, Phase> phases = new HashMap<>();
        for (String[] p : PHASES) {
            Path file = Path.of("target", "test-phases", p[0] + ".tsv");
            if (Files.isRegularFile(file)) read(file, build).ifPresent(ph -> phases.put(p[0], ph));
        }
        StringBuilder out = new StringBuilder("\n---- test suite timing (wall clock) ----\n");
        long buildMillis = 0;
        long previousEnd = buildStart;
        long lastEnd = buildStart;
        for (String[] p : PHASES) {
            Phase ph = phases.get(p[0]);
            if (ph == null) {
                out.append(String.format("  %-26s not run in this build%n", p[1]));
                continue;
            }
            if (previousEnd > 0) buildMillis += Math.max(0, ph.started() - previousEnd);
            previousEnd = lastEnd = ph.finished();
            out.append(String.format("  %-26s %s", p[1], clock(ph.finished() - ph.started())));
            if (!p[0].equals("unit")) {
                out.append(String.format("  (shared service start %s, browser tests %s; service processes started %d, declared %s)",
                        clock(ph.serviceStart()), clock(ph.browserMillis()),
                        ph.processes(), ph.declared().isEmpty() ? "-" : ph.declared()));
                List<Map.Entry<String, Long>> slowest = new ArrayList<>(ph.classes().entrySet());
                slowest.sort(Map.Entry.<String, Long>comparingByValue().reversed());
                out.append("\n      slowest classes (the first one's time includes the shared service's start):");
                slowest.stream().limit(5).forEach(e -> out.append(' ').append(e.getKey().replaceAll(".*\\.", ""))
                        .append(' ').append(clock(e.getValue())));
            }
            out.append('\n');
        }
        if (buildStart > 0) {
            out.append(String.format("  %-26s %s%n", "building and packaging", clock(buildMillis)));
            out.append(String.format("  %-26s %s%n", "until the last test", clock(lastEnd - buildStart)));
        }
        System.out.println(out);
    }

    private static java.util.Optional<Phase> read(Path file, String build) throws IOException {
        Map<String, String> values = new HashMap<>();
        Map<String, Long> classes = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f[0].equals("class")) classes.put(f[1], Long.parseLong(f[2]));
            else values.put(f[0], f.length > 1 ? f[1] : "");
        }
        if (!build.isEmpty() && !build.equals(values.get("build"))) return java.util.Optional.empty(); // an older build's
        return java.util.Optional.of(new Phase(Long.parseLong(values.get("started")), Long.parseLong(values.get("finished")),
                Long.parseLong(values.getOrDefault("serviceStart", "0")),
                Integer.parseInt(values.get("processes")), values.getOrDefault("declared", ""), classes));
    }

    private static String clock(long millis) {
        long s = Math.round(millis / 1000.0);
        return String.format("%d:%02d", s / 60, s % 60);
    }
}
