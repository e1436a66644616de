package org.bianzhi.search.infrastructure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.bianzhi.search.domain.PeopleIndex;
import org.bianzhi.search.domain.UnitCatalogue;
import org.postgresql.ds.PGSimpleDataSource;

/** Where a rebuild's time goes, by parts, on a database of the benchmark (a tool, not a test). */
public final class RebuildProfile {

    public static void main(String[] args) throws Exception {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl("jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + args[0]);
        ds.setUser("postgres");
        JdbcPersonEntries entries = new JdbcPersonEntries();
        entries.dataSource = ds;
        String what = args.length > 1 ? args[1] : "all";
        long t = System.nanoTime();
        UnitCatalogue units = entries.units();
        System.out.printf("units: %d in %.1f s%n", units.size(), (System.nanoTime() - t) / 1e9);
        AtomicLong n = new AtomicLong();
        if (what.contains("read")) {
            t = System.nanoTime();
            entries.forEach(units, e -> n.incrementAndGet());
            System.out.printf("read: %d people in %.1f s%n", n.get(), (System.nanoTime() - t) / 1e9);
        }
        if (what.contains("docs")) {
            t = System.nanoTime();
            entries.forEach(units, e -> n.addAndGet(PersonDocuments.of(e).size()));
            System.out.printf("read + documents: %.1f s%n", (System.nanoTime() - t) / 1e9);
        }
        if (what.contains("all")) {
            LucenePeopleIndex index = new LucenePeopleIndex();
            Path dir = Files.createTempDirectory("rebuild-profile");
            index.dataDir = dir.toString();
            index.searchDir = " ";
            t = System.nanoTime();
            PeopleIndex.Rebuild fresh = index.rebuild("profile");
            {
                entries.forEach(units, fresh::add);
                double filled = (System.nanoTime() - t) / 1e9;
                fresh.seal();
                System.out.printf("filled in %.1f s, sealed after %.1f s%n", filled, (System.nanoTime() - t) / 1e9);
                fresh.install(0);
                System.out.printf("installed after %.1f s; %d documents, %d MB%n", (System.nanoTime() - t) / 1e9, index.documents(),
                        index.sizeOnDisk() >> 20);
            }
            searches(ds, index, units);
        }
    }

    /** The benchmark's lookups (SearchBenchmark), straight against the index: per form p50 / p99 / max, and the slowest. */
    private static void searches(javax.sql.DataSource ds, LucenePeopleIndex index, UnitCatalogue units) throws Exception {
        java.util.List<String[]> lookups = new java.util.ArrayList<>();
        try (var c = ds.getConnection(); var q = c.prepareStatement("select p.id, p.name, p.id_number, v.name, v.short_name, s.post_type"
                + " from person p join occupancy o on o.person_id = p.id and o.valid_to is null"
                + " join unit_version v on v.unit_id = o.unit_id and v.valid_to is null"
                + " join posting s on s.person_id = p.id and s.valid_to is null"
                + " where p.id % 997 = 0 and p.name not like '%·%' order by p.id fetch first 200 rows only");
             var r = q.executeQuery()) {
            while (r.next()) {
                String name = r.getString(2), idn = r.getString(3), unit = r.getString(4);
                String shortName = r.getString(5) == null ? unit : r.getString(5);
                String post = switch (r.getString(6)) {
                    case "ADMINISTRATIVE_POST" -> "行政岗位";
                    case "MANAGEMENT" -> "管理岗位";
                    case "PROFESSIONAL" -> "专业技术岗位";
                    case "SKILLED_WORKER" -> "工勤技能岗位";
                    default -> "机关工勤岗位";
                };
                var k = org.bianzhi.search.domain.NameKeys.of(name);
                String surname = name.substring(0, name.length() > 3 ? 2 : 1);
                lookups.add(new String[]{"姓名", name});
                lookups.add(new String[]{"名", name.substring(surname.length())});
                lookups.add(new String[]{"全拼", k.pinyin().iterator().next()});
                lookups.add(new String[]{"首字母+单位", k.initials().iterator().next() + " " + shortName});
                lookups.add(new String[]{"姓+单位+岗位", surname + " " + unit + " " + post});
                lookups.add(new String[]{"身份证号", idn});
                lookups.add(new String[]{"后6位", idn.substring(12)});
                lookups.add(new String[]{"后4位+姓", surname + " " + idn.substring(14)});
            }
        }
        java.time.LocalDate asOf = java.time.LocalDate.parse(System.getProperty("asOf", "2026-06-30"));
        java.util.Map<String, java.util.List<Double>> byForm = new java.util.LinkedHashMap<>();
        java.util.List<Object[]> all = new java.util.ArrayList<>();
        for (int round = 0; round < 5; round++) {
            for (String[] l : lookups) {
                var query = new org.bianzhi.search.domain.PersonQuery(org.bianzhi.search.domain.QueryReading.tokens(l[1], units),
                        null, null, null, null, null, null, null, org.bianzhi.search.domain.PresenceStatus.CURRENT, asOf, 0, 10);
                long t = System.nanoTime();
                var hits = index.search(query);
                double ms = (System.nanoTime() - t) / 1e6;
                if (round < 2) continue;
                byForm.computeIfAbsent(l[0], x -> new java.util.ArrayList<>()).add(ms);
                all.add(new Object[]{ms, l[1], hits.total()});
            }
        }
        byForm.forEach((f, v) -> System.out.printf("%s: p50 %.2f p99 %.2f max %.2f%n", f, pct(v, 50), pct(v, 99), pct(v, 100)));
        java.util.List<Double> times = all.stream().map(o -> (Double) o[0]).toList();
        System.out.printf("all: p50 %.2f p99 %.2f max %.2f%n", pct(times, 50), pct(times, 99), pct(times, 100));
        all.sort((a, b) -> Double.compare((Double) b[0], (Double) a[0]));
        for (int i = 0; i < 25; i++) System.out.printf("  %.2f ms  %s  (%d)%n", all.get(i)[0], all.get(i)[1], all.get(i)[2]);
    }

    private static double pct(java.util.List<Double> values, int p) {
        java.util.List<Double> sorted = new java.util.ArrayList<>(values);
        java.util.Collections.sort(sorted);
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)));
    }
}
