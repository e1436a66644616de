package org.bianzhi.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.bianzhi.establishment.domain.AdministrativeLevel;

/**
 * A generated province (浙江省, 33) for benchmarks and scale tests: about one unit per {@value #PEOPLE_PER_UNIT}
 * people — provincial organs and institutions (省), the 市直 units of the cities 3301…3311 (市), and county
 * organs and institutions (县) with their townships (乡) for as many of the 90 county-level divisions as the size
 * calls for (all 90 from about 350,000 people on, with more townships each as the size grows).
 *
 * <p>Each city's 市直 units and each county are built by the demo county's {@link CountyBuilder} in turn, with
 * their own 编办's document numbers, and written out before the next is built, so memory stays small whatever
 * the size: only the ID numbers already issued (8 bytes each) and the planted cases are kept throughout. ID
 * numbers are unique across the province and 增人通知单号 are numbered per year across it.
 *
 * <p>Planted violations (DOMAIN.md §6): about 1 % of units over quota, one over-leadership case per about 4,000
 * units (at least one), and about 0.3 % of people for each personal rule, plus the near misses of the demo
 * county; {@code manifest.json} lists them all exactly. The same seed and size always give identical files.
 */
public final class ProvinceGenerator {

    /** The date the data describe (that of the demo county). */
    public static final LocalDate AS_OF = DemoCounty.AS_OF;
    public static final int MIN_PEOPLE = 10_000;
    public static final int PEOPLE_PER_UNIT = 50;
    /** File names written into the output directory. */
    public static final List<String> FILES = List.of("units.csv", "quotas.csv", "leadership.csv", "roster.csv",
            "manifest.json");

    private static final int DEFAULT_TOWNS = 12;
    private static final int MIN_TOWNS = 3;
    private static final int MAX_TOWNS = 45;

    /**
     * What was written.
     *
     * @param unitsByLevel      units per 层级 label (省/市/县/乡)
     * @param violationsByRule  planted violations per DOMAIN.md §6 rule, every rule present
     */
    public record Summary(long seed, int people, int units, Map<String, Integer> unitsByLevel, int regions,
                          int quotaLines, int leadershipLines, int rosterRows, int occupancies, int leadershipHolders,
                          Map<String, Integer> violationsByRule, int nearMisses) {}

    /** A part of the province built at once: the province's own units, a city's 市直 units, or a county. */
    private record Block(String name, String regionCode, String abbreviation, AdministrativeLevel level,
                         ProvinceCatalogue.City city, ProvinceCatalogue.Area area, int towns) {
        int size() {
            return switch (level) {
                case PROVINCE -> ProvinceCatalogue.province().size();
                case CITY -> ProvinceCatalogue.city(city).size();
                default -> ProvinceCatalogue.countUnits(area, towns);
            };
        }

        Block withTowns(int n) {
            return new Block(name, regionCode, abbreviation, level, city, area, n);
        }
    }

    private ProvinceGenerator() {
    }

    /**
     * Writes {@link #FILES} for a province of {@code people} distinct persons into {@code outDir} (created if
     * missing; existing files are replaced).
     */
    public static Summary generate(long seed, int people, Path outDir) throws IOException {
        if (people < MIN_PEOPLE) throw new IllegalArgumentException("a province needs at least " + MIN_PEOPLE + " people");
        Files.createDirectories(outDir);
        List<Block> blocks = blocks(people);
        int n = blocks.size();

        SplittableRandom master = new SplittableRandom(seed);
        List<SplittableRandom> randoms = new ArrayList<>();
        List<List<UnitTemplate>> templates = new ArrayList<>();
        double[] weights = new double[n];
        double[] unitCounts = new double[n];
        for (int b = 0; b < n; b++) {
            SplittableRandom random = master.split();
            Block block = blocks.get(b);
            List<UnitTemplate> t = switch (block.level()) {
                case PROVINCE -> ProvinceCatalogue.province();
                case CITY -> ProvinceCatalogue.city(block.city());
                default -> ProvinceCatalogue.area(block.area(), block.towns(), random);
            };
            randoms.add(random);
            templates.add(t);
            weights[b] = t.stream().mapToInt(UnitTemplate::weight).sum();
            unitCounts[b] = t.size();
        }
        int[] blockPeople = share(people, weights);
        Plan[] plans = plans(people, blocks, blockPeople, unitCounts);

        PersonFactory.IdRegistry ids = new LongIdSet(people)::add;
        Map<Integer, Integer> noticeSerials = new HashMap<>();
        Map<String, Integer> unitOrder = new HashMap<>();
        Map<String, Integer> byLevel = new LinkedHashMap<>();
        for (AdministrativeLevel l : AdministrativeLevel.values()) byLevel.put(l.label(), 0);
        List<Manifest.Planted> violations = new ArrayList<>();
        List<Manifest.Planted> nearMisses = new ArrayList<>();
        int quotaLines = 0;
        int leadershipLines = 0;
        int rosterRows = 0;
        int occupancies = 0;
        int leaders = 0;
        int distinct = 0;
        try (Writer unitsOut = writer(outDir.resolve("units.csv"));
             Writer quotasOut = writer(outDir.resolve("quotas.csv"));
             Writer leadershipOut = writer(outDir.resolve("leadership.csv"));
             Writer rosterOut = writer(outDir.resolve("roster.csv"))) {
            Csv units = new Csv(unitsOut, DemoCounty.UNIT_HEADER);
            Csv quotas = new Csv(quotasOut, DemoCounty.lineHeader("编制类型"));
            Csv leadership = new Csv(leadershipOut, DemoCounty.lineHeader("职数类别"));
            Csv roster = new Csv(rosterOut, DemoCounty.ROSTER_HEADER);
            for (int b = 0; b < n; b++) {
                Block block = blocks.get(b);
                SplittableRandom random = randoms.get(b);
                PersonFactory persons = new PersonFactory(random, AS_OF, ids, birthplaces(block));
                CountyBuilder builder = new CountyBuilder(random, AS_OF,
                        new UnitCatalogue.County(block.name(), block.regionCode(), block.abbreviation(), List.of()),
                        templates.get(b), persons, noticeSerials);
                builder.createUnits();
                CountyBuilder.Result result = builder.populate(blockPeople[b], plans[b]);
                for (DemoUnit u : builder.units) {
                    if (unitOrder.put(u.code, unitOrder.size()) != null) throw new IllegalStateException("unit code twice: " + u);
                    byLevel.merge(u.template.level().label(), 1, Integer::sum);
                }
                Set<String> blockIds = new HashSet<>();
                for (RosterRow r : builder.rows) {
                    blockIds.add(r.person.idNumber);
                    if (r.hasOccupancy()) occupancies++;
                    if (r.leader != null) leaders++;
                }
                if (blockIds.size() != blockPeople[b]) throw new IllegalStateException(block.name() + ": " + blockIds.size()
                        + " people instead of " + blockPeople[b]);
                distinct += blockIds.size();
                DemoCounty.writeUnits(units, builder.units);
                DemoCounty.writeLines(quotas, result.approvals().quotas);
                DemoCounty.writeLines(leadership, result.approvals().leadership);
                DemoCounty.writeRoster(roster, builder.rows);
                quotaLines += result.approvals().quotas.size();
                leadershipLines += result.approvals().leadership.size();
                rosterRows += builder.rows.size();
                violations.addAll(result.violations());
                nearMisses.addAll(result.nearMisses());
                templates.set(b, null);
            }
        }
        Comparator<Manifest.Planted> order = Comparator
                .comparingInt((Manifest.Planted p) -> Manifest.RULES.indexOf(p.rule()))
                .thenComparing(p -> unitOrder.get(p.unitCode()))
                .thenComparing(p -> String.join(",", p.idNumbers()));
        violations.sort(order);
        nearMisses.sort(order);
        Map<String, Integer> byRule = new LinkedHashMap<>();
        for (String rule : Manifest.RULES) byRule.put(rule, 0);
        for (Manifest.Planted p : violations) byRule.merge(p.rule(), 1, Integer::sum);
        Summary summary = new Summary(seed, distinct, unitOrder.size(), byLevel, n, quotaLines, leadershipLines,
                rosterRows, occupancies, leaders, byRule, nearMisses.size());
        try (Writer out = writer(outDir.resolve("manifest.json"))) {
            writeManifest(out, summary, violations, nearMisses);
        }
        return summary;
    }

    // ---- sizing ----

    /**
     * The parts of the province, in 行政区划代码 order: the province, then each city's 市直 units followed by its
     * counties. Counties are taken city by city in turn (each city's first, then each city's second …) until the
     * units reach people / {@value #PEOPLE_PER_UNIT}; when all 90 are in, each gets more townships instead.
     */
    private static List<Block> blocks(int people) {
        int target = Math.round((float) people / PEOPLE_PER_UNIT);
        List<Block> candidates = new ArrayList<>();
        int rounds = ProvinceCatalogue.CITIES.stream().mapToInt(c -> c.areas().size()).max().orElse(0);
        for (int r = 0; r < rounds; r++) {
            for (ProvinceCatalogue.City c : ProvinceCatalogue.CITIES) {
                if (r == 0) candidates.add(new Block(c.name(), c.code(), c.abbreviation(), AdministrativeLevel.CITY, c,
                        null, 0));
                if (r < c.areas().size()) {
                    ProvinceCatalogue.Area a = c.areas().get(r);
                    candidates.add(new Block(a.name(), a.code(), a.abbreviation(), AdministrativeLevel.COUNTY, c, a,
                            DEFAULT_TOWNS));
                }
            }
        }
        Block province = new Block(ProvinceCatalogue.PROVINCE_NAME, ProvinceCatalogue.PROVINCE_CODE, "浙",
                AdministrativeLevel.PROVINCE, null, null, 0);
        List<Block> chosen = new ArrayList<>();
        chosen.add(province);
        int total = province.size();
        int all = total + candidates.stream().mapToInt(Block::size).sum();
        if (all >= target) {
            boolean county = false;
            for (Block b : candidates) {
                if (total >= target && county) break;
                if (b.level() == AdministrativeLevel.COUNTY) {
                    int towns = DEFAULT_TOWNS;
                    while (towns > MIN_TOWNS && total + b.withTowns(towns).size() > target) towns--;
                    b = b.withTowns(towns);
                }
                int size = b.size();
                // stop short when adding the block would miss the target by more than leaving it out (levels 县/乡 first)
                if (county && total + size - target > target - total) break;
                chosen.add(b);
                total += size;
                county |= b.level() == AdministrativeLevel.COUNTY;
            }
        } else {
            List<Block> areas = new ArrayList<>(candidates);
            total = all;
            for (int i = 0; total < target; i = (i + 1) % areas.size()) {
                Block b = areas.get(i);
                if (b.level() != AdministrativeLevel.COUNTY || b.towns() >= MAX_TOWNS) {
                    if (areas.stream().allMatch(x -> x.level() != AdministrativeLevel.COUNTY || x.towns() >= MAX_TOWNS)) break;
                    continue;
                }
                Block more = b.withTowns(b.towns() + 1);
                total += more.size() - b.size();
                areas.set(i, more);
            }
            chosen.addAll(areas);
        }
        chosen.sort(Comparator.comparing(Block::regionCode));
        return chosen;
    }

    /** Planted cases per block: unit cases in proportion to the units, personal ones to the people. */
    private static Plan[] plans(int people, List<Block> blocks, int[] blockPeople, double[] unitCounts) {
        int n = blocks.size();
        double units = 0;
        for (double u : unitCounts) units += u;
        double[] byPeople = new double[n];
        double[] countyPeople = new double[n];
        for (int b = 0; b < n; b++) {
            byPeople[b] = blockPeople[b];
            // 超期借调 from a 镇 and 挂职 in a 镇 need townships
            countyPeople[b] = blocks.get(b).level() == AdministrativeLevel.COUNTY ? blockPeople[b] : 0;
        }
        int personal = Math.max(1, (int) Math.round(people * 0.003));
        int[] overQuota = share(Math.max(1, (int) Math.round(units * 0.01)), unitCounts);
        int[] overLeadership = share(Math.max(1, (int) Math.round(units / 4000)), unitCounts);
        int[] mixed = share(personal, byPeople);
        int[] secondments = share(Math.max(1, (int) Math.round(people * 0.001)), byPeople);
        int[] overdue = share(personal, countyPeople);
        int[] nonCivil = share(personal, byPeople);
        int[] noQuota = share(personal, byPeople);
        int[] duplicates = share(personal, byPeople);
        int[] withoutNotice = share(personal, byPeople);
        int[] overage = share(personal, byPeople);
        int[] nearOverage = share(Math.max(1, (int) Math.round(people * 0.001)), byPeople);
        int[] temporary = share(Math.max(1, (int) Math.round(people * 0.0007)), countyPeople);
        int[] external = share((int) Math.round(people * 0.015), byPeople);
        Plan[] plans = new Plan[n];
        for (int b = 0; b < n; b++) {
            int u = (int) unitCounts[b];
            plans[b] = new Plan(Math.min(overQuota[b], u / 10), Math.min(overLeadership[b], u / 20), mixed[b],
                    secondments[b], overdue[b], nonCivil[b], noQuota[b], duplicates[b], withoutNotice[b], overage[b],
                    nearOverage[b], temporary[b], external[b]);
        }
        return plans;
    }

    /** {@code total} shared in proportion to {@code weights} by largest remainder (ties to the first). */
    static int[] share(int total, double[] weights) {
        double sum = 0;
        for (double w : weights) sum += w;
        int[] out = new int[weights.length];
        double[] remainder = new double[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = total * weights[i] / sum;
            out[i] = (int) Math.floor(exact);
            remainder[i] = weights[i] == 0 ? -2 : exact - out[i];
            given += out[i];
        }
        while (given < total) {
            int best = 0;
            for (int i = 1; i < weights.length; i++) if (remainder[i] > remainder[best]) best = i;
            out[best]++;
            remainder[best] = -1;
            given++;
        }
        return out;
    }

    /** Birthplaces: mostly the county itself, then the rest of its city, then anywhere in 浙江. */
    private static Object[] birthplaces(Block block) {
        List<Object> table = new ArrayList<>();
        for (ProvinceCatalogue.City c : ProvinceCatalogue.CITIES) {
            for (ProvinceCatalogue.Area a : c.areas()) {
                int weight = switch (block.level()) {
                    case PROVINCE -> 1;
                    case CITY -> c == block.city() ? 10 : 1;
                    default -> a == block.area() ? 140 : c == block.city() ? 4 : 1;
                };
                table.add(a.code());
                table.add(weight);
            }
        }
        return table.toArray();
    }

    // ---- output ----

    private static Writer writer(Path file) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
    }

    private static void writeManifest(Writer out, Summary s, List<Manifest.Planted> violations,
                                      List<Manifest.Planted> nearMisses) throws IOException {
        out.write("{\n");
        out.write("  \"seed\": " + s.seed() + ",\n");
        out.write("  \"asOf\": \"" + AS_OF + "\",\n");
        out.write("  \"people\": " + s.people() + ",\n");
        out.write("  \"units\": " + s.units() + ",\n");
        out.write("  \"unitsByLevel\": " + object(s.unitsByLevel()) + ",\n");
        out.write("  \"regions\": " + s.regions() + ",\n");
        out.write("  \"quotaLines\": " + s.quotaLines() + ",\n");
        out.write("  \"leadershipLines\": " + s.leadershipLines() + ",\n");
        out.write("  \"rosterRows\": " + s.rosterRows() + ",\n");
        out.write("  \"occupancies\": " + s.occupancies() + ",\n");
        out.write("  \"postings\": " + s.rosterRows() + ",\n");
        out.write("  \"leadershipHolders\": " + s.leadershipHolders() + ",\n");
        out.write("  \"violationsByRule\": " + object(s.violationsByRule()) + ",\n");
        Map<String, Integer> nearByRule = new LinkedHashMap<>();
        for (Manifest.Planted p : nearMisses) nearByRule.merge(p.rule(), 1, Integer::sum);
        out.write("  \"nearMissesByRule\": " + object(nearByRule) + ",\n");
        out.write("  \"violations\": [\n");
        cases(out, violations);
        out.write("  ],\n  \"nearMisses\": [\n");
        cases(out, nearMisses);
        out.write("  ]\n}\n");
    }

    /** One case per line, so the file can be read line by line as well. */
    private static void cases(Writer out, List<Manifest.Planted> cases) throws IOException {
        for (int i = 0; i < cases.size(); i++) {
            Manifest.Planted p = cases.get(i);
            StringBuilder line = new StringBuilder("    {\"rule\": ").append(string(p.rule()))
                    .append(", \"unitCode\": ").append(string(p.unitCode())).append(", \"idNumbers\": [");
            for (int j = 0; j < p.idNumbers().size(); j++) line.append(j > 0 ? ", " : "").append(string(p.idNumbers().get(j)));
            line.append("], \"subject\": ").append(p.subject() == null ? "null" : string(p.subject()))
                    .append(", \"note\": ").append(string(p.note())).append(i + 1 < cases.size() ? "},\n" : "}\n");
            out.write(line.toString());
        }
    }

    private static String object(Map<String, Integer> map) {
        StringBuilder s = new StringBuilder("{");
        map.forEach((k, v) -> s.append(s.length() > 1 ? ", " : "").append(string(k)).append(": ").append(v));
        return s.append('}').toString();
    }

    private static String string(String text) {
        StringBuilder s = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') s.append('\\').append(c);
            else if (c < 0x20) s.append(String.format("\\u%04x", (int) c));
            else s.append(c);
        }
        return s.append('"').toString();
    }

    /** ID numbers issued, as the number their first 17 digits form: 8 bytes each, open addressing. */
    static final class LongIdSet {
        private long[] slots;
        private int size;

        LongIdSet(int expected) {
            slots = new long[Integer.highestOneBit(Math.max(16, expected * 2)) << 1];
        }

        boolean add(String idNumber) {
            long key = Long.parseLong(idNumber, 0, 17, 10) + 1; // 0 marks a free slot
            if (insert(slots, key)) {
                if (++size * 10L > slots.length * 6L) grow();
                return true;
            }
            return false;
        }

        private static boolean insert(long[] table, long key) {
            int mask = table.length - 1;
            long h = key * 0x9E3779B97F4A7C15L;
            int i = (int) (h ^ (h >>> 32)) & mask;
            while (table[i] != 0) {
                if (table[i] == key) return false;
                i = (i + 1) & mask;
            }
            table[i] = key;
            return true;
        }

        private void grow() {
            long[] bigger = new long[slots.length * 2];
            for (long k : slots) if (k != 0) insert(bigger, k);
            slots = bigger;
        }
    }
}
