package org.bianzhi.shared.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database is reached one way for each kind of access (docs/architecture.md, "Reaching the database"): the as-of
 * condition is written once, in {@link SqlQuery}, and statements with parameters are built by {@link SqlQuery}. A second
 * as-of condition can drift from the first (a {@code >=} for a {@code >}, and a person leaves a day late); a second
 * builder grows its own way of binding. The sources are read for either.
 */
class OneDataAccessRuleTest {

    private static final Path SOURCES = Path.of("src/main/java");

    /** The toolkit itself. */
    private static final Set<String> THE_TOOLKIT = Set.of("org/bianzhi/shared/infrastructure/SqlQuery.java",
            "org/bianzhi/shared/infrastructure/Sql.java");

    /** A SQL day: a parameter, a column, or an expression spliced in ({@code " + day + "}). */
    private static final String DAY = "(?:\"\\s*\\+[^\"\\n]*\\+\\s*\"|[\\w.?:]+)";

    private static final Pattern AS_OF_SQL = Pattern.compile("(?i)\\bvalid_from\\s*<=\\s*" + DAY
            + "\\s+and\\s+\\(\\s*(?:\\w+\\.)?valid_to\\s+is\\s+null\\s+or\\s+(?:\\w+\\.)?valid_to\\s*>(?!=)");

    private static final Pattern AS_OF_JPQL = Pattern.compile("\\bvalidFrom\\s*<=\\s*" + DAY
            + "\\s+and\\s+\\(\\s*(?:\\w+\\.)*validTo\\s+is\\s+null\\s+or\\s+(?:\\w+\\.)*validTo\\s*>(?!=)");

    private static final Pattern BUILDER = Pattern.compile("record\\s+\\w+\\s*\\(\\s*String\\s+sql\\s*,\\s*List<Object>"
            + "|(?m)^    (?:private\\s+|protected\\s+|public\\s+)?(?:final\\s+)?List<Object>\\s+\\w+\\s*=\\s*new\\s+ArrayList"
            + "|\"\\?\"\\s*\\+\\s*\\w+\\.size\\(\\)");

    private static final String USE_IN_FORCE = "use SqlQuery.inForce(alias, day) in a built query, SqlQuery.inForce(alias, \"?\")"
            + " in a statement string, SqlQuery.periodInForce(alias, \":d\") in JPQL";
    private static final String USE_SQL_QUERY = "build the statement with shared.infrastructure.SqlQuery (and, inForce, in,"
            + " within) and run it through Sql";

    /** Every second as-of condition or builder in {@code root}, as "file:line: what to use instead". */
    static List<String> secondWays(Path root) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String name = root.relativize(file).toString().replace('\\', '/');
                if (THE_TOOLKIT.contains(name)) continue;
                String code = joined(Files.readString(file));
                for (Pattern p : List.of(AS_OF_SQL, AS_OF_JPQL)) {
                    Matcher m = p.matcher(code);
                    while (m.find()) found.add(name + ":" + line(code, m.start()) + ": a hand-written as-of condition — " + USE_IN_FORCE);
                }
                Matcher m = BUILDER.matcher(code);
                while (m.find()) found.add(name + ":" + line(code, m.start()) + ": a SQL builder of its own — " + USE_SQL_QUERY);
            }
        }
        return found;
    }

    /**
     * The source with comments blanked and adjacent string literals joined ({@code "a" + "b"} read as {@code "ab"}),
     * keeping every line break so that positions still tell the line.
     */
    private static String joined(String source) {
        StringBuilder code = new StringBuilder();
        for (String line : source.split("\n", -1)) {
            String s = line.strip();
            code.append(s.startsWith("*") || s.startsWith("/*") || s.startsWith("//") ? "" : line).append('\n');
        }
        Matcher m = Pattern.compile("\"\\s*\\+\\s*\"").matcher(code);
        StringBuilder out = new StringBuilder();
        while (m.find()) m.appendReplacement(out, m.group().replaceAll("[^\\n]", ""));
        m.appendTail(out);
        return out.toString();
    }

    private static int line(String code, int offset) {
        int n = 1;
        for (int i = 0; i < offset; i++) if (code.charAt(i) == '\n') n++;
        return n;
    }

    @Test
    void theDatabaseIsReachedOneWay() throws IOException {
        assertTrue(Files.isDirectory(SOURCES), "run from the project directory");
        List<String> found = secondWays(SOURCES);
        assertEquals(List.of(), found, () -> "a second way to reach the database:\n" + String.join("\n", found));
    }

    @Test
    void aHandWrittenConditionOrBuilderIsFoundAndNamed(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("org/bianzhi/travel/infrastructure/Sneaky.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                class Sneaky {
                    private final List<Object> params = new ArrayList<>();
                    String sql = "select id from occupancy o where o.valid_from <= ?"
                            + " and (o.valid_to is null or o.valid_to > ?)";
                    String jpql = " and a.period.validFrom <= :d and (a.period.validTo is null or a.period.validTo > :d)";
                    String month = "o.valid_from <= ? and (o.valid_to is null or o.valid_to >= ?)";
                    String spliced = "v.valid_from <= " + day + " and (v.valid_to is null or v.valid_to > " + day + ")";
                }
                """);
        List<String> found = secondWays(dir);
        assertEquals(4, found.size(), found::toString);
        assertTrue(found.get(0).startsWith("org/bianzhi/travel/infrastructure/Sneaky.java:3:") && found.get(0).contains("SqlQuery.inForce"),
                found::toString);
        assertTrue(found.get(1).contains(":7:"), found::toString);
        assertTrue(found.get(2).contains(":5:") && found.get(2).contains("periodInForce"), found::toString);
        assertTrue(found.get(3).contains(":2:") && found.get(3).contains("SqlQuery"), found::toString);
    }
}
