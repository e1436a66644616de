package org.bianzhi.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bianzhi.it.Fixtures;

/**
 * The audit part of the province benchmark (issue 5): the full evaluation of every rule after the roster import
 * and again in steady state, beside the same rules written as plain SQL aggregate queries in the same run; the
 * re-evaluation after single changes (its own time, and commit to visible finding); and the vacancy report.
 */
final class AuditBenchmark {

    /** What the benchmark needs of the running service. */
    interface Service {
        String get(String path) throws Exception;

        String post(String path, String json) throws Exception;

        /** The same service signed in as another account. */
        Service as(String username, String password) throws Exception;

        String field(String json, String name);

        void note(String format, Object... args);
    }

    private final Service s;
    private final String dbUrl;
    private final String schema;
    private final LocalDate asOf;

    AuditBenchmark(Service service, String dbUrl, String schema, LocalDate asOf) {
        this.s = service;
        this.dbUrl = dbUrl;
        this.schema = schema;
        this.asOf = asOf;
    }

    void run() throws Exception {
        long t = System.nanoTime();
        String status = s.get("/api/v1/audit/status");
        while (!status.contains("\"lastFull\"") || !s.field(status, "queued").equals("0")) {
            Thread.sleep(500);
            status = s.get("/api/v1/audit/status");
        }
        s.note("Findings current after the imports %.1f s after the roster import ended; that full evaluation: %s violations, %s findings"
                + " stored, %s ms", (System.nanoTime() - t) / 1e9, fieldOf(status, "lastFull", "violations"),
                fieldOf(status, "lastFull", "stored"), fieldOf(status, "lastFull", "millis"));
        List<Long> full = new ArrayList<>();
        String outcome = null;
        for (int i = 0; i < 3; i++) {
            outcome = s.post("/api/v1/audit/evaluations", "{}");
            full.add(Long.parseLong(s.field(outcome, "millis")));
        }
        Map<String, Long> sql = plainSql();
        long sqlTotal = sql.values().stream().mapToLong(Long::longValue).sum();
        long fullMedian = median(full);
        s.note("**Full evaluation of every rule (steady state, 3 runs): %s ms, median %,d ms, %s violations; the same rules as plain SQL"
                + " aggregate queries: %,d ms; ratio %.2f**", full, fullMedian, s.field(outcome, "violations"), sqlTotal,
                (double) fullMedian / sqlTotal);
        s.note("Plain SQL per rule (ms): %s", sql);
        singleChanges();
        vacancyReport();
    }

    /** Registers people with an occupancy but no increase notice, one at a time, and waits for each finding. */
    private void singleChanges() throws Exception {
        List<String> units = units();
        List<Long> evaluation = new ArrayList<>();
        List<Long> visible = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String unit = units.get(i % units.size());
            String person = s.post("/api/v1/people", "{\"idNumber\":\"" + Fixtures.idNumber(LocalDate.of(1990, 1, 1 + i % 28), true)
                    + "\",\"name\":\"" + Fixtures.uniqueName("测") + "\",\"identity\":\"CIVIL_SERVANT\"}");
            String id = s.field(person, "id");
            waitForQueue();
            s.post("/api/v1/people/" + id + "/occupancies", "{\"unitCode\":\"" + unit + "\",\"quotaType\":\"ADMINISTRATIVE\","
                    + "\"validFrom\":\"2026-01-01\",\"entryRoute\":\"EXAM\",\"basisDocument\":\"基准测试\"}");
            long committed = System.nanoTime();
            while (!s.get("/api/v1/findings?unit=" + unit + "&rule=ENTRY_WITHOUT_NOTICE&limit=500").contains("\"personId\":" + id + ",")) {
                Thread.sleep(5);
            }
            visible.add((System.nanoTime() - committed) / 1_000_000);
            waitForQueue();
            evaluation.add(Long.parseLong(fieldOf(s.get("/api/v1/audit/status"), "lastTargeted", "millis")));
        }
        Collections.sort(evaluation);
        Collections.sort(visible);
        s.note("**Re-evaluation after a single change (20 occupancies registered one by one): evaluation median %d ms, max %d ms;"
                + " commit to finding visible in the list: median %d ms, max %d ms**", median(evaluation), evaluation.get(19),
                median(visible), visible.get(19));
    }

    private void waitForQueue() throws Exception {
        while (!s.field(s.get("/api/v1/audit/status"), "queued").equals("0")) Thread.sleep(5);
    }

    private void vacancyReport() throws Exception {
        List<Long> times = new ArrayList<>();
        int bytes = 0;
        for (int i = 0; i < 3; i++) {
            long t = System.nanoTime();
            bytes = s.get("/api/v1/reports/vacancies").length();
            times.add((System.nanoTime() - t) / 1_000_000);
        }
        s.note("**Vacancy report over all units (JSON, %,d characters), 3 runs: %s ms, median %d ms**", bytes, times, median(times));
    }

    private List<String> units() throws Exception {
        try (Connection c = DriverManager.getConnection(dbUrl + "?currentSchema=" + schema, "postgres", "");
             Statement st = c.createStatement();
             ResultSet r = st.executeQuery("select u.code from unit u join quota_approval a on a.unit_id = u.id"
                     + " and a.quota_type = 'ADMINISTRATIVE' and a.valid_to is null order by u.id fetch first 20 rows only")) {
            List<String> codes = new ArrayList<>();
            while (r.next()) codes.add(r.getString(1));
            return codes;
        }
    }

    /** The rules of DOMAIN.md section 6 as plain SQL counts (PostgreSQL), each timed once after one warm-up run. */
    private Map<String, Long> plainSql() throws Exception {
        String d = "date '" + asOf + "'";
        String in = " valid_from <= " + d + " and (valid_to is null or valid_to > " + d + ")";
        Map<String, String> rules = new LinkedHashMap<>();
        rules.put("OVER_QUOTA", "select count(*) from (select unit_id, quota_type, count(*) n from occupancy where" + in
                + " group by 1, 2) c left join (select unit_id, quota_type, max(approved_count) n from quota_approval where" + in
                + " group by 1, 2) a using (unit_id, quota_type) where c.n > coalesce(a.n, 0)");
        rules.put("OVER_LEADERSHIP", "select count(*) from (select unit_id, category, count(*) n from appointment where" + in
                + " group by 1, 2) c left join (select unit_id, category, max(approved_count) n from leadership_approval where" + in
                + " group by 1, 2) a using (unit_id, category) where c.n > coalesce(a.n, 0)");
        String inS = in.replace("valid_", "s.valid_");
        String inO = in.replace("valid_", "o.valid_");
        String inV = in.replace("valid_", "v.valid_");
        rules.put("MIXED_INSTITUTION_IN_ADMIN_POST", "select count(*) from posting s join unit_version v on v.unit_id = s.unit_id and"
                + inV + " and v.kind = 'ORGAN' join occupancy o on o.person_id = s.person_id and" + inO
                + " and o.quota_type in ('PUBLIC_INSTITUTION', 'ORGAN_WORKER') where" + inS + " and s.post_type = 'ADMINISTRATIVE_POST'"
                + " and not (s.arrangement = 'SECONDMENT' and coalesce(s.approval_document, '') <> '' and s.secondment_end >= " + d + ")");
        rules.put("MIXED_NON_CIVIL_SERVANT_ON_ADMIN_QUOTA", "select count(*) from occupancy o join person p on p.id = o.person_id where"
                + inO + " and o.quota_type in ('ADMINISTRATIVE', 'POLITICAL_LEGAL') and p.identity <> 'CIVIL_SERVANT'");
        rules.put("NO_QUOTA_IN_ADMIN_POST", "select count(*) from posting s join unit_version v on v.unit_id = s.unit_id and" + inV
                + " and v.kind = 'ORGAN' where" + inS + " and s.post_type = 'ADMINISTRATIVE_POST' and not exists (select 1 from occupancy o"
                + " where o.person_id = s.person_id and" + inO + ")");
        rules.put("QUOTA_TYPE_MISUSE", "select (select count(*) from quota_approval a join unit_version v on v.unit_id = a.unit_id and" + inV
                + " where" + in.replace("valid_", "a.valid_") + " and a.approved_count > 0 and (v.kind = 'ORGAN') = (a.quota_type = 'PUBLIC_INSTITUTION'))"
                + " + (select count(*) from occupancy o join unit_version v on v.unit_id = o.unit_id and" + inV + " where" + inO
                + " and (v.kind = 'ORGAN') = (o.quota_type = 'PUBLIC_INSTITUTION'))");
        rules.put("DUPLICATE_OCCUPANCY", "select count(*) from (select person_id from occupancy where" + in
                + " group by person_id having count(*) > 1) x");
        // DOMAIN.md section 7 in SQL: base age plus the delay by birth month, capped
        String months = "((extract(year from p.birth_date)::int - %d) * 12 + extract(month from p.birth_date)::int - 1)";
        String delay = "greatest(0, least(%d, case when " + months + " < 0 then 0 else " + months + " / %d + 1 end))";
        String cadre = "(p.identity in ('CIVIL_SERVANT', 'CS_MANAGED') or exists (select 1 from posting s where s.person_id = p.id and"
                + inS + " and s.post_type in ('ADMINISTRATIVE_POST', 'MANAGEMENT', 'PROFESSIONAL')))";
        rules.put("OVERAGE", "select count(*) from occupancy o join person p on p.id = o.person_id where" + inO + " and p.birth_date <= "
                + d + " - interval '50 years' and " + d + " > p.birth_date + case when p.gender = 'MALE' then interval '60 years' + "
                + String.format(delay, 36, 1965, 1965, 4) + " * interval '1 month' when " + cadre + " then interval '55 years' + "
                + String.format(delay, 36, 1970, 1970, 4) + " * interval '1 month' else interval '50 years' + "
                + String.format(delay, 60, 1975, 1975, 2) + " * interval '1 month' end");
        rules.put("SECONDMENT_OVERDUE", "select count(*) from posting s where" + inS + " and s.arrangement = 'SECONDMENT' and"
                + " (s.secondment_end is null or s.secondment_end < " + d + " or s.valid_from < " + d + " - interval '12 months')");
        rules.put("ENTRY_WITHOUT_NOTICE", "select count(*) from occupancy o where" + inO + " and coalesce(o.increase_notice_no, '') = ''");
        Map<String, Long> millis = new LinkedHashMap<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(dbUrl + "?currentSchema=" + schema, "postgres", "");
             Statement st = c.createStatement()) {
            for (var rule : rules.entrySet()) {
                count(st, rule.getValue());
                long t = System.nanoTime();
                counts.put(rule.getKey(), count(st, rule.getValue()));
                millis.put(rule.getKey(), (System.nanoTime() - t) / 1_000_000);
            }
        }
        s.note("Plain SQL counts per rule: %s", counts);
        return millis;
    }

    private static long count(Statement st, String sql) throws Exception {
        try (ResultSet r = st.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private String fieldOf(String json, String object, String name) {
        int at = json.indexOf("\"" + object + "\":{");
        return s.field(json.substring(at, json.indexOf('}', at) + 1), name);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
