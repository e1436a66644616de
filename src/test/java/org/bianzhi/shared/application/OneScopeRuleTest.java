package org.bianzhi.shared.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What a caller sees is decided in one place: {@link Scope#sees} for the caller, {@code UnitPath.within} for a subtree
 * asked for, {@code UnitPath.likePattern} in SQL. A second, hand-written unit-path comparison can drift from it (e.g. on a
 * person placed at no unit), so the sources are read for one.
 */
class OneScopeRuleTest {

    private static final Path SOURCES = Path.of("src/main/java");

    /**
     * The only files that may compare unit paths or read the caller's path themselves; the session resource only shows
     * the signed-in account its own path.
     */
    private static final Set<String> THE_RULE = Set.of("org/bianzhi/shared/domain/UnitPath.java",
            "org/bianzhi/shared/application/Scope.java", "org/bianzhi/shared/application/Caller.java",
            "org/bianzhi/security/api/SessionResource.java");

    private record Rule(Pattern pattern, String instead) {}

    private static final List<Rule> RULES = List.of(
            // a startsWith whose receiver (a call with arguments too) or argument is a path
            new Rule(Pattern.compile("(?i)path\\w*(\\([^()]*(\\([^()]*\\))?[^()]*\\))?\\s*\\.startsWith\\(|\\.startsWith\\([^)]*path"),
                    "use Scope.sees(path) for what the caller sees, UnitPath.within(path, subtree) for a subtree asked for"),
            new Rule(Pattern.compile("(?i)(path|prefix)\\w*(\\(\\))?\\s*\\+\\s*\"%\""),
                    "use UnitPath.likePattern(subtree) for the parameter of a unit-path like"),
            new Rule(Pattern.compile("\\bcaller\\s*\\.\\s*unitPath\\(\\)"),
                    "inject Scope and use scope.sees(path), or scope.unitPath() to hand a repository its subtree"));

    /** Every hand-written comparison in {@code root}, as "file:line: code — what to use instead". */
    static List<String> secondImplementations(Path root) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String name = root.relativize(file).toString().replace('\\', '/');
                if (THE_RULE.contains(name)) continue;
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    for (Rule rule : RULES) {
                        if (rule.pattern().matcher(lines.get(i)).find()) {
                            found.add(name + ":" + (i + 1) + ": " + lines.get(i).strip() + " — " + rule.instead());
                        }
                    }
                }
            }
        }
        return found;
    }

    @Test
    void onlyScopeAndUnitPathCompareUnitPaths() throws IOException {
        assertTrue(Files.isDirectory(SOURCES), "run from the project directory");
        List<String> found = secondImplementations(SOURCES);
        assertEquals(List.of(), found, () -> "a second implementation of the scope rule:\n" + String.join("\n", found));
    }

    @Test
    void aHandWrittenComparisonIsFoundAndNamed(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path file = dir.resolve("org/bianzhi/travel/application/Sneaky.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                class Sneaky {
                    boolean shown(UnitRef unit, String scopePath) {
                        return scopePath == null || unit.path().startsWith(scopePath);
                    }
                    Object q(String path) { return path + "%"; }
                }
                """);
        List<String> found = secondImplementations(dir);
        assertEquals(2, found.size(), found::toString);
        assertTrue(found.get(0).startsWith("org/bianzhi/travel/application/Sneaky.java:3:") && found.get(0).contains("Scope.sees"),
                found::toString);
        assertTrue(found.get(1).contains("UnitPath.likePattern"), found::toString);
    }
}
