package org.bianzhi.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bianzhi.search.domain.NameKeys;
import org.postgresql.PGConnection;

/**
 * The search part of the province benchmark (issue 6): the index rebuild after the roster import and on command, the
 * index size, the lookups of real people in each form of the query box — time inside the index ({@code tookMs}) from
 * one client, time over HTTP from 8 concurrent clients, whether the person is among the first 10 — and the same lookups
 * as {@code ILIKE} queries on PostgreSQL with {@code pg_trgm} GIN indexes, side by side in the same run.
 */
final class SearchBenchmark {

    private static final int PEOPLE = 200;
    private static final int PG_PEOPLE = 20;
    private static final int CLIENTS = 8;

    private final AuditBenchmark.Service s;
    private final String dbUrl;
    private final String schema;

    /** A lookup: its form, the query box text, the person it must find, and the same search as SQL conditions. */
    private record Lookup(String form, String text, long person, List<String> sqlWords) {}

    SearchBenchmark(AuditBenchmark.Service service, String dbUrl, String schema) {
        this.s = service;
        this.dbUrl = dbUrl;
        this.schema = schema;
    }

    /** Waits for the rebuild the roster import started (before other measurements, which it would disturb). */
    void awaitIndex() throws Exception {
        JsonObject status = waitForRebuild(null);
        s.note("**Search index after the roster import: %,d documents for %,d people, rebuilt in %.1f s; %,d MB on disk**",
                status.getJsonNumber("documents").longValue(), status.getJsonNumber("lastRebuildPeople").longValue(),
                status.getJsonNumber("lastRebuildMillis").longValue() / 1000.0, status.getJsonNumber("bytesOnDisk").longValue() >> 20);
    }

    void run() throws Exception {
        JsonObject status;
        List<Lookup> lookups = lookups();
        for (int i = 0; i < 2; i++) for (Lookup l : lookups) search(l.text());   // warm-up
        Map<String, List<Double>> inIndex = new LinkedHashMap<>();
        Map<String, int[]> found = new LinkedHashMap<>();
        Map<String, List<Double>> totals = new LinkedHashMap<>();
        List<Double> all = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (Lookup l : lookups) {
                JsonObject a = search(l.text());
                double took = a.getJsonNumber("tookMs").doubleValue();
                inIndex.computeIfAbsent(l.form(), k -> new ArrayList<>()).add(took);
                all.add(took);
                if (round == 0) {
                    totals.computeIfAbsent(l.form(), k -> new ArrayList<>()).add((double) a.getJsonNumber("total").longValue());
                    int[] f = found.computeIfAbsent(l.form(), k -> new int[2]);
                    f[1]++;
                    if (a.getJsonArray("items").stream().anyMatch(h -> h.asJsonObject().getJsonNumber("personId").longValue() == l.person())) f[0]++;
                }
            }
        }
        s.note("**In-index time of %,d lookups (one client, tookMs): p50 %.2f ms, p99 %.2f ms, max %.2f ms**", all.size(),
                pct(all, 50), pct(all, 99), pct(all, 100));
        s.post("/api/v1/accounts", "{\"username\":\"bench-12310\",\"displayName\":\"举报受理\",\"password\":\"Bench2026desk\","
                + "\"role\":\"COMPLAINT_HANDLER\"}");
        AuditBenchmark.Service desk = s.as("bench-12310", "Bench2026desk");
        List<Double> http = concurrently(desk, lookups);
        s.note("**Over HTTP as the 12310 desk (COMPLAINT_HANDLER: full ID numbers, each shown number written to the access log), "
                + "%d concurrent clients, %,d lookups: p50 %.2f ms, p99 %.2f ms, max %.2f ms**", CLIENTS, http.size(),
                pct(http, 50), pct(http, 99), pct(http, 100));
        Map<String, List<Double>> sql = postgres(lookups);
        s.note("| form | example | matches (median) | found in first 10 | index p50 / p99 ms | PostgreSQL pg_trgm p50 / p99 ms | PostgreSQL p50 ÷ index p50 |");
        s.note("|---|---|---|---|---|---|---|");
        List<Double> pgAll = new ArrayList<>();
        List<Double> indexSame = new ArrayList<>();
        for (String form : inIndex.keySet()) {
            List<Double> pg = sql.getOrDefault(form, List.of());
            pgAll.addAll(pg);
            indexSame.addAll(inIndex.get(form));
            String example = lookups.stream().filter(l -> l.form().equals(form)).findFirst().map(Lookup::text).orElse("");
            s.note("| %s | `%s` | %.0f | %d / %d | %.2f / %.2f | %.1f / %.1f | %.0f× |", form, example, pct(totals.get(form), 50),
                    found.get(form)[0], found.get(form)[1],
                    pct(inIndex.get(form), 50), pct(inIndex.get(form), 99), pct(pg, 50), pct(pg, 99),
                    pct(pg, 50) / Math.max(0.001, pct(inIndex.get(form), 50)));
        }
        s.note("**PostgreSQL (pg_trgm GIN, ILIKE, count and first page) over all forms: p50 %.1f ms, p99 %.1f ms; "
                + "index p50 %.2f ms → %.0f× faster at the median, %.0f× at p99**", pct(pgAll, 50), pct(pgAll, 99), pct(indexSame, 50),
                pct(pgAll, 50) / pct(indexSame, 50), pct(pgAll, 99) / pct(indexSame, 99));
        String before = s.get("/api/v1/search/status");
        s.post("/api/v1/search/rebuild", "{}");
        status = waitForRebuild(json(before).getString("lastRebuildFinished", ""));
        s.note("**Rebuild on command (POST /api/v1/search/rebuild, searches answered meanwhile): %,d people in %.1f s; %,d MB on disk**",
                status.getJsonNumber("lastRebuildPeople").longValue(), status.getJsonNumber("lastRebuildMillis").longValue() / 1000.0,
                status.getJsonNumber("bytesOnDisk").longValue() >> 20);
    }

    private JsonObject waitForRebuild(String finishedBefore) throws Exception {
        while (true) {
            JsonObject st = json(s.get("/api/v1/search/status"));
            boolean running = st.containsKey("rebuildStarted");
            String finished = st.getString("lastRebuildFinished", "");
            if (!running && !finished.isEmpty() && !finished.equals(finishedBefore == null ? "" : finishedBefore)
                    && st.getJsonNumber("lastRebuildPeople").longValue() > 0) return st;
            Thread.sleep(500);
        }
    }

    private JsonObject search(String text) throws Exception {
        return json(s.get("/api/v1/search?limit=10&q=" + URLEncoder.encode(text, StandardCharsets.UTF_8)));
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    /** Real current people, picked at random, and each lookup form for them. */
    private List<Lookup> lookups() throws Exception {
        List<Lookup> all = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(dbUrl + "?currentSchema=" + schema, "postgres", "");
             PreparedStatement q = c.prepareStatement("select p.id, p.name, p.id_number, v.name, v.short_name, s.post_type"
                     + " from person p join occupancy o on o.person_id = p.id and o.valid_to is null"
                     + " join unit_version v on v.unit_id = o.unit_id and v.valid_to is null"
                     + " join posting s on s.person_id = p.id and s.valid_to is null"
                     + " where p.id % 997 = 0 and p.name not like '%·%' order by p.id fetch first " + PEOPLE + " rows only");
             ResultSet r = q.executeQuery()) {
            while (r.next()) {
                long id = r.getLong(1);
                String name = r.getString(2), idn = r.getString(3), unit = r.getString(4);
                String shortName = r.getString(5) == null ? unit : r.getString(5);
                String post = label(r.getString(6));
                NameKeys k = NameKeys.of(name);
                String surname = name.substring(0, name.length() > 3 ? 2 : 1);
                String initials = k.initials().iterator().next();
                String pinyin = k.pinyin().iterator().next();
                all.add(new Lookup("姓名", name, id, List.of("name:" + name)));
                all.add(new Lookup("名（不含姓）", name.substring(surname.length()), id, List.of("name:" + name.substring(surname.length()))));
                all.add(new Lookup("全拼", pinyin, id, List.of("py:" + pinyin)));
                all.add(new Lookup("首字母 + 单位简称", initials + " " + shortName, id, List.of("py:" + initials, "unit:" + shortName)));
                all.add(new Lookup("姓 + 单位 + 岗位类型", surname + " " + unit + " " + post, id,
                        List.of("name:" + surname, "unit:" + unit, "post:" + post)));
                all.add(new Lookup("身份证号", idn, id, List.of("id:" + idn)));
                all.add(new Lookup("身份证号后6位", idn.substring(12), id, List.of("idend:" + idn.substring(12))));
                all.add(new Lookup("身份证号后4位 + 姓", surname + " " + idn.substring(14), id,
                        List.of("name:" + surname, "idend:" + idn.substring(14))));
            }
        }
        return all;
    }

    private static String label(String postType) {
        return switch (postType) {
            case "ADMINISTRATIVE_POST" -> "行政岗位";
            case "MANAGEMENT" -> "管理岗位";
            case "PROFESSIONAL" -> "专业技术岗位";
            case "SKILLED_WORKER" -> "工勤技能岗位";
            default -> "机关工勤岗位";
        };
    }

    private List<Double> concurrently(AuditBenchmark.Service as, List<Lookup> lookups) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<List<Double>>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                List<Lookup> mine = new ArrayList<>(lookups);
                Collections.shuffle(mine, new Random(c));
                clients.add(pool.submit(() -> {
                    List<Double> times = new ArrayList<>();
                    for (Lookup l : mine) {
                        long t = System.nanoTime();
                        as.get("/api/v1/search?limit=10&q=" + URLEncoder.encode(l.text(), StandardCharsets.UTF_8));
                        times.add((System.nanoTime() - t) / 1e6);
                    }
                    return times;
                }));
            }
            List<Double> all = new ArrayList<>();
            for (Future<List<Double>> f : clients) all.addAll(f.get());
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The best PostgreSQL can do without a search engine: one table of current people with their names, pinyin (from the
     * same {@link NameKeys}), ID numbers, unit names and post types, each with a {@code pg_trgm} GIN index, searched
     * with {@code ILIKE}: the count and the first page, as the index answers (without facets).
     */
    private Map<String, List<Double>> postgres(List<Lookup> lookups) throws Exception {
        Map<String, List<Double>> times = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(dbUrl + "?currentSchema=" + schema, "postgres", "");
             Statement st = c.createStatement()) {
            st.execute("create extension if not exists pg_trgm with schema public");
            st.execute("drop table if exists bench_search");
            st.execute("create table bench_search (person_id bigint, name text, pinyin text, id_number text, units text, posts text)");
            long t = System.nanoTime();
            StringBuilder rows = new StringBuilder();
            int n = 0;
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            try (ResultSet r = st.executeQuery("select p.id, p.name, p.id_number, string_agg(distinct v.name || ' ' || coalesce(v.short_name, ''), ' '),"
                    + " string_agg(distinct s.post_type, ' ') from person p join occupancy o on o.person_id = p.id and o.valid_to is null"
                    + " join posting s on s.person_id = p.id and s.valid_to is null"
                    + " join unit_version v on v.unit_id in (o.unit_id, s.unit_id) and v.valid_to is null group by p.id, p.name, p.id_number")) {
                while (r.next()) {
                    NameKeys k = NameKeys.of(r.getString(2));
                    rows.append(r.getLong(1)).append('\t').append(r.getString(2)).append('\t')
                            .append(String.join(" ", k.pinyin())).append(' ').append(String.join(" ", k.initials())).append('\t')
                            .append(r.getString(3)).append('\t').append(r.getString(4)).append('\t')
                            .append(labels(r.getString(5))).append('\n');
                    if (++n % 50_000 == 0) {
                        copy.copyIn("copy bench_search from stdin", new StringReader(rows.toString()));
                        rows.setLength(0);
                    }
                }
            }
            copy.copyIn("copy bench_search from stdin", new StringReader(rows.toString()));
            for (String col : List.of("name", "pinyin", "id_number", "units", "posts")) {
                st.execute("create index bench_search_" + col + "_trgm on bench_search using gin (" + col + " public.gin_trgm_ops)");
            }
            st.execute("analyze bench_search");
            s.note("PostgreSQL comparison table: %,d current people with names, pinyin, ID numbers, unit names and post types, "
                    + "5 pg_trgm GIN indexes, built in %.1f s", n, (System.nanoTime() - t) / 1e9);
            List<Lookup> sample = new ArrayList<>();
            Map<String, Integer> perForm = new LinkedHashMap<>();
            for (Lookup l : lookups) if (perForm.merge(l.form(), 1, Integer::sum) <= PG_PEOPLE) sample.add(l);
            for (int round = 0; round < 2; round++) {
                for (Lookup l : sample) {
                    StringBuilder where = new StringBuilder("true");
                    List<String> params = new ArrayList<>();
                    for (String w : l.sqlWords()) {
                        String kind = w.substring(0, w.indexOf(':')), v = w.substring(w.indexOf(':') + 1);
                        switch (kind) {
                            case "name" -> { where.append(" and (name ilike ? or units ilike ?)"); params.add("%" + v + "%"); params.add("%" + v + "%"); }
                            case "py" -> { where.append(" and pinyin ilike ?"); params.add("%" + v + "%"); }
                            case "unit" -> { where.append(" and units ilike ?"); params.add("%" + v + "%"); }
                            case "post" -> { where.append(" and posts ilike ?"); params.add("%" + v + "%"); }
                            case "id" -> { where.append(" and id_number ilike ?"); params.add(v); }
                            default -> { where.append(" and id_number ilike ?"); params.add("%" + v); }
                        }
                    }
                    long start = System.nanoTime();
                    try (PreparedStatement count = c.prepareStatement("select count(*) from bench_search where " + where);
                         PreparedStatement page = c.prepareStatement("select person_id, name from bench_search where " + where
                                 + " order by (name = ?) desc, person_id limit 10")) {
                        for (int i = 0; i < params.size(); i++) {
                            count.setString(i + 1, params.get(i));
                            page.setString(i + 1, params.get(i));
                        }
                        page.setString(params.size() + 1, l.text());
                        try (ResultSet r = count.executeQuery()) { r.next(); }
                        try (ResultSet r = page.executeQuery()) { while (r.next()) r.getLong(1); }
                    }
                    if (round == 1) times.computeIfAbsent(l.form(), k -> new ArrayList<>()).add((System.nanoTime() - start) / 1e6);
                }
            }
            st.execute("drop table bench_search");
        }
        return times;
    }

    private static String labels(String postTypes) {
        List<String> l = new ArrayList<>();
        for (String p : postTypes.split(" ")) l.add(label(p));
        return String.join(" ", l);
    }

    private static double pct(List<Double> values, int p) {
        if (values.isEmpty()) return Double.NaN;
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }
}
