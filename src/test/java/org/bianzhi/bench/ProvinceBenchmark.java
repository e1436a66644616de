package org.bianzhi.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bianzhi.demo.ProvinceGenerator;
import org.bianzhi.it.ServiceProcess;
import org.postgresql.PGConnection;

/**
 * The province benchmark (issue 4): generates a synthetic province, starts the service on PostgreSQL with its
 * heap capped, imports units, approvals and the 1,000,000-row roster through the HTTP API, copies the same
 * roster into a bare table with PostgreSQL's COPY for comparison, and exports the roster as XLSX. Peak heap is
 * sampled from the service process with jstat. The audit is measured by {@link AuditBenchmark}. Results go to {@code target/bench/results.md}.
 * <p>
 * Run with {@code mvn -Pbench verify} (options: {@code -Dbench.people}, {@code -Dbench.heap}, {@code -Dbench.db}, and
 * {@code -Dbench.until=setup} or {@code roster} to stop after the setup imports or after the roster import and its COPY).
 */
public final class ProvinceBenchmark {

    private static final Pattern NUMBER = Pattern.compile("\"(\\w+)\":(\"[^\"]*\"|[-0-9.]+|true|false)");
    private static final String PASSWORD = "Bench2026admin";

    private final Path dir;
    private final int people;
    private final String heap;
    private final String dbUrl;
    /** The PostgreSQL schema it drops and fills ({@code -Dbench.schema}, so that two checkouts can keep their data apart). */
    private final String schema = System.getProperty("bench.schema", "bianzhi_bench");
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final List<String> results = new ArrayList<>();
    private String base;
    private String token;
    private ServiceProcess service;
    private HeapSampler heapSampler;

    private ProvinceBenchmark(Path dir, int people, String heap, String dbUrl) {
        this.dir = dir;
        this.people = people;
        this.heap = heap;
        this.dbUrl = dbUrl;
    }

    public static void main(String[] args) throws Exception {
        int people = Integer.parseInt(System.getProperty("bench.people", "1000000").replace("_", ""));
        String heap = System.getProperty("bench.heap", "1g");
        String db = System.getProperty("bench.db", "jdbc:postgresql://127.0.0.1:5432/test");
        String until = System.getProperty("bench.until", "all");
        if (!List.of("setup", "roster", "all").contains(until)) throw new IllegalArgumentException("bench.until: setup, roster or all");
        new ProvinceBenchmark(Path.of("target", "bench"), people, heap, db).run(until);
    }

    private void run(String until) throws Exception {
        Files.createDirectories(dir);
        Path province = dir.resolve("province");
        long t0 = System.nanoTime();
        ProvinceGenerator.Summary summary = ProvinceGenerator.generate(1, people, province);
        note("Generated province: %,d units, %,d quota lines, %,d leadership lines, %,d roster rows (%.1f s, %,d MB CSV)",
                summary.units(), summary.quotaLines(), summary.leadershipLines(), summary.rosterRows(), seconds(t0),
                Files.size(province.resolve("roster.csv")) >> 20);
        resetSchema();
        try {
            start(ProvinceGenerator.AS_OF.toString());
            note("Machine: %d cores, %s; service heap capped at -Xmx%s; PostgreSQL %s", Runtime.getRuntime().availableProcessors(),
                    System.getProperty("os.name") + " " + System.getProperty("os.arch"), heap, pgVersion());
            for (String kind : List.of("units", "quotas", "leadership")) {
                long t = System.nanoTime();
                String job = importFile(kind, province.resolve(kind + ".csv"));
                note("Import %s: %s rows stored, %s rejected in %.1f s", kind, field(job, "rowsStored"), field(job, "rowsRejected"),
                        seconds(t));
            }
            if (until.equals("setup")) return;
            heapSampler.reset();
            long t = System.nanoTime();
            String job = importFile("roster", province.resolve("roster.csv"));
            double importSeconds = seconds(t);
            note("**Roster import: %s rows read, %s stored (%s created), %s rejected in %.1f s end to end (%.0f rows/s); "
                    + "peak heap in use %,d MB (old generation %,d MB)**", field(job, "rowsRead"), field(job, "rowsStored"),
                    field(job, "rowsCreated"), field(job, "rowsRejected"), importSeconds,
                    Double.parseDouble(field(job, "rowsRead")) / importSeconds, heapSampler.peakMb(), heapSampler.peakOldMb());
            double copySeconds = copyIntoBareTable(province.resolve("roster.csv"));
            note("**PostgreSQL COPY of the same file into a bare table: %.1f s; import / COPY = %.1f**", copySeconds,
                    importSeconds / copySeconds);
            if (until.equals("roster")) return;
            SearchBenchmark search = new SearchBenchmark(auditService(), dbUrl, schema);
            search.awaitIndex();
            new AuditBenchmark(auditService(), dbUrl, schema, ProvinceGenerator.AS_OF).run();
            search.run();
            heapSampler.reset();
            t = System.nanoTime();
            long bytes = export(dir.resolve("roster-export.xlsx"));
            note("**XLSX export of the full roster: %,d MB in %.1f s; peak heap in use %,d MB (old generation %,d MB)**",
                    bytes >> 20, seconds(t), heapSampler.peakMb(), heapSampler.peakOldMb());
        } finally {
            stop();
            Files.write(dir.resolve("results.md"), results, StandardCharsets.UTF_8);
            System.out.println("\nResults written to " + dir.resolve("results.md").toAbsolutePath());
        }
    }

    private AuditBenchmark.Service auditService() {
        return serviceAs(token);
    }

    /** The service as the holder of {@code bearer} sees it. */
    private AuditBenchmark.Service serviceAs(String bearer) {
        return new AuditBenchmark.Service() {
            private HttpRequest.Builder request(String path) {
                return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + bearer)
                        .timeout(Duration.ofHours(1));
            }

            @Override
            public String get(String path) throws Exception {
                return send(request(path).GET().build(), 200);
            }

            @Override
            public String post(String path, String json) throws Exception {
                return send(request(path).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)).build(), 0);
            }

            @Override
            public AuditBenchmark.Service as(String username, String password) throws Exception {
                String session = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/session")).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\"" + password
                                + "\"}")).build(), 0);
                return serviceAs(field(session, "token"));
            }

            @Override
            public String field(String json, String name) {
                return ProvinceBenchmark.field(json, name);
            }

            @Override
            public void note(String format, Object... args) {
                ProvinceBenchmark.this.note(format, args);
            }
        };
    }

    private void start(String today) throws Exception {
        service = ServiceProcess.start(8383, heap, Map.of("BIANZHI_DB_URL", dbUrl + "?currentSchema=" + schema,
                "BIANZHI_DB_USER", "postgres", "BIANZHI_DB_PASSWORD", "", "BIANZHI_DATA_DIR", dir.resolve("data").toAbsolutePath().toString(),
                "BIANZHI_ADMIN_INITIAL_PASSWORD", PASSWORD, "BIANZHI_TODAY", today), dir.resolve("service.log"));
        base = service.base().replaceAll("/$", "");
        heapSampler = new HeapSampler(service.pid());
        String session = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/session")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"" + PASSWORD + "\"}")).build(), 0);
        token = field(session, "token");
    }

    private void stop() {
        if (heapSampler != null) heapSampler.stop();
        if (service != null) service.close();
    }

    /** Uploads a file, follows its job to the end, and returns the finished job. */
    private String importFile(String kind, Path file) throws Exception {
        String answer = send(authorized("/api/v1/imports/" + kind + "?fileName=" + file.getFileName())
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofFile(file)).build(), 0);
        String id = answer.contains("\"job\":") ? field(answer, "job").replaceAll(".*/", "") : field(answer, "id");
        while (true) {
            String job = send(authorized("/api/v1/import-jobs/" + id).GET().build(), 200);
            if (field(job, "finished").equals("true")) {
                if (!field(job, "state").equals("SUCCEEDED")) throw new IllegalStateException("import of " + kind + " ended: " + job);
                return job;
            }
            Thread.sleep(50); // a coarser poll would add up to its period to a job of two seconds
        }
    }

    private long export(Path target) throws Exception {
        HttpResponse<Path> res = http.send(authorized("/api/v1/exports/roster?format=xlsx").GET().build(),
                // truncated: ofFile(target) alone writes over an older, larger file and keeps its size
                HttpResponse.BodyHandlers.ofFile(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING));
        if (res.statusCode() != 200) throw new IllegalStateException("export answered " + res.statusCode());
        return Files.size(target);
    }

    private double copyIntoBareTable(Path csv) throws Exception {
        try (Connection c = DriverManager.getConnection(dbUrl, "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("drop table if exists bench_roster_copy");
            int columns;
            try (BufferedReader header = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                columns = header.readLine().split(",", -1).length;
            }
            StringBuilder ddl = new StringBuilder("create table bench_roster_copy (");
            for (int i = 1; i <= columns; i++) ddl.append(i == 1 ? "" : ", ").append("c").append(i).append(" text");
            s.execute(ddl.append(")").toString());
            long t = System.nanoTime();
            try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                in.mark(4);
                if (in.read() != '\uFEFF') in.reset();
                c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy bench_roster_copy from stdin with (format csv, header)", in);
            }
            double seconds = seconds(t);
            s.execute("drop table bench_roster_copy");
            return seconds;
        }
    }

    private void resetSchema() throws Exception {
        try (Connection c = DriverManager.getConnection(dbUrl, "postgres", ""); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + schema + " cascade");
            s.execute("create schema " + schema);
        }
    }

    private String pgVersion() throws Exception {
        try (Connection c = DriverManager.getConnection(dbUrl, "postgres", "")) {
            return c.getMetaData().getDatabaseProductVersion();
        }
    }

    private HttpRequest.Builder authorized(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofHours(1));
    }

    private String send(HttpRequest r, int expected) throws Exception {
        HttpResponse<String> res = http.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (expected != 0 && res.statusCode() != expected || res.statusCode() >= 300) {
            throw new IllegalStateException(r.method() + " " + r.uri() + " answered " + res.statusCode() + ": " + res.body());
        }
        return res.body();
    }

    private static String field(String json, String name) {
        Matcher m = NUMBER.matcher(json);
        while (m.find()) {
            if (m.group(1).equals(name)) return m.group(2).replace("\"", "");
        }
        throw new IllegalStateException("no " + name + " in " + json);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private void note(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        System.out.println(line);
        results.add("- " + line);
    }

    /** Samples the used heap of a JVM every 200 ms with jstat (young + old generations, in KB). */
    private static final class HeapSampler {
        private final Process jstat;
        private final AtomicLong peakKb = new AtomicLong();
        private final AtomicLong peakOldKb = new AtomicLong();

        HeapSampler(long pid) throws Exception {
            jstat = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jstat").toString(), "-gc",
                    String.valueOf(pid), "200").redirectErrorStream(true).start();
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(jstat.getInputStream()))) {
                    String header = null;
                    for (String line; (line = in.readLine()) != null; ) {
                        String[] cells = line.trim().split("\\s+");
                        if (cells.length < 10) continue;
                        if (cells[0].equals("S0C")) {
                            header = line;
                            continue;
                        }
                        if (header == null) continue;
                        List<String> names = List.of(header.trim().split("\\s+"));
                        double used = 0;
                        for (String col : List.of("S0U", "S1U", "EU", "OU")) used += Double.parseDouble(cells[names.indexOf(col)]);
                        peakKb.accumulateAndGet((long) used, Math::max);
                        peakOldKb.accumulateAndGet((long) Double.parseDouble(cells[names.indexOf("OU")]), Math::max);
                    }
                } catch (Exception e) {
                    // the service stopped
                }
            }, "jstat-reader");
            reader.setDaemon(true);
            reader.start();
        }

        void reset() {
            peakKb.set(0);
            peakOldKb.set(0);
        }

        /** Peak heap in use, garbage not yet collected included. */
        long peakMb() {
            return peakKb.get() >> 10;
        }

        /** Peak of the old generation: what survived collections, the import's real footprint. */
        long peakOldMb() {
            return peakOldKb.get() >> 10;
        }

        void stop() {
            jstat.destroy();
        }
    }
}
