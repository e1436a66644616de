package org.bianzhi.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.bianzhi.establishment.domain.UnitCode;
import org.bianzhi.roster.domain.IdNumber;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The province generator at a test size (20,000 people, about 400 units): valid and unique codes, a sound
 * hierarchy, the size asked for, determinism, and a manifest that the rules of DOMAIN.md §6, applied
 * independently by {@link RuleCheck} to the written files, confirm exactly.
 */
class ProvinceGeneratorTest {

    private static final int PEOPLE = 20_000;
    private static final long SEED = 7L;
    /** Units may differ from people / 50 by this share: counties are added whole (at least 3 townships each). */
    private static final double UNIT_TOLERANCE = 0.15;

    @TempDir
    static Path dir;
    private static ProvinceGenerator.Summary summary;
    private static CsvTable units;
    private static CsvTable quotas;
    private static CsvTable leadership;
    private static CsvTable roster;
    private static List<String> manifest;

    @BeforeAll
    static void generate() throws IOException {
        summary = ProvinceGenerator.generate(SEED, PEOPLE, dir.resolve("a"));
        units = table("units.csv");
        quotas = table("quotas.csv");
        leadership = table("leadership.csv");
        roster = table("roster.csv");
        manifest = Files.readAllLines(dir.resolve("a").resolve("manifest.json"), StandardCharsets.UTF_8);
    }

    private static CsvTable table(String file) throws IOException {
        return CsvTable.parse(Files.readString(dir.resolve("a").resolve(file), StandardCharsets.UTF_8));
    }

    @Test
    void theFilesHaveTheHeadersOfTheCountyFiles() {
        DemoCounty county = DemoCounty.demo();
        assertEquals(CsvTable.parse(county.unitsCsv()).header(), units.header());
        assertEquals(CsvTable.parse(county.quotasCsv()).header(), quotas.header());
        assertEquals(CsvTable.parse(county.leadershipCsv()).header(), leadership.header());
        assertEquals(CsvTable.parse(county.rosterCsv()).header(), roster.header());
    }

    @Test
    void unitCodesAreValidUniqueAndCarryTheirRegion() {
        Set<String> codes = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (Map<String, String> u : units.rows()) {
            String code = u.get("单位代码");
            String region = u.get("行政区划代码");
            assertNull(UnitCode.problem(code), code);
            assertEquals(code.charAt(17), UnitCode.checkCharacter(code.substring(0, 17)), code);
            assertEquals(u.get("机构类型").equals("机关") ? '1' : '2', code.charAt(1), code);
            assertEquals(region, code.substring(2, 8), code);
            assertTrue(codes.add(code), "unit code twice: " + code);
            assertTrue(names.add(region + ":" + u.get("单位名称")), "name twice in its region: " + u);
            assertTrue(region.matches("33\\d{4}"), region);
            switch (u.get("层级")) {
                case "省" -> assertEquals("330000", region);
                case "市" -> assertTrue(region.endsWith("00") && !region.endsWith("0000"), region);
                case "县", "乡" -> assertFalse(region.endsWith("00"), region);
                default -> throw new AssertionError("level " + u);
            }
        }
        assertEquals(summary.units(), codes.size());
    }

    @Test
    void allFourLevelsAndRealNames() {
        Map<String, Long> byLevel = units.rows().stream().collect(Collectors.groupingBy(u -> u.get("层级"), Collectors.counting()));
        for (String level : List.of("省", "市", "县", "乡")) assertTrue(byLevel.getOrDefault(level, 0L) > 0, level);
        assertEquals(summary.unitsByLevel().get("乡").longValue(), byLevel.get("乡"));
        List<String> names = units.column("单位名称");
        assertTrue(names.contains("浙江省教育厅"));
        assertTrue(names.contains("杭州市水利局"));
        assertTrue(names.contains("上城区教育局"));
        assertTrue(names.stream().anyMatch(n -> n.matches("上城区\\p{IsHan}{2}街道办事处")));
    }

    @Test
    void unitsAreAboutOnePerFiftyPeople() {
        int n = units.rows().size();
        double expected = PEOPLE / 50.0;
        assertTrue(Math.abs(n - expected) <= expected * UNIT_TOLERANCE, n + " units for " + PEOPLE + " people");
    }

    @Test
    void everyParentComesBeforeItsChildren() {
        Set<String> seen = new HashSet<>();
        Map<String, String> regionOf = new HashMap<>();
        for (Map<String, String> u : units.rows()) {
            String parent = u.get("上级单位代码");
            assertTrue(parent.isEmpty() || seen.contains(parent), u.get("单位名称") + " before its parent");
            if (!parent.isEmpty()) assertEquals(regionOf.get(parent), u.get("行政区划代码"), "parent in another region: " + u);
            seen.add(u.get("单位代码"));
            regionOf.put(u.get("单位代码"), u.get("行政区划代码"));
        }
    }

    @Test
    void everyUnitCodeInTheOtherFilesExists() {
        Set<String> codes = Set.copyOf(units.column("单位代码"));
        assertTrue(codes.containsAll(quotas.column("单位代码")));
        assertTrue(codes.containsAll(leadership.column("单位代码")));
        assertTrue(codes.containsAll(roster.column("工作单位代码")));
        for (String code : roster.column("编制单位代码")) assertTrue(code.isEmpty() || codes.contains(code), code);
    }

    @Test
    void idNumbersAreValidAndUniqueAndThePeopleAsMany() {
        Map<String, String> personById = new HashMap<>();
        for (Map<String, String> r : roster.rows()) {
            String id = r.get("身份证号");
            assertNull(IdNumber.problem(id), id);
            assertEquals(id.charAt(17), IdNumber.checkCharacter(id.substring(0, 17)), id);
            IdNumber number = new IdNumber(id);
            assertEquals(number.birthDate().toString(), r.get("出生日期"), id);
            assertEquals(number.gender().label(), r.get("性别"), id);
            String person = r.get("姓名") + r.get("性别") + r.get("出生日期") + r.get("人员身份");
            String before = personById.putIfAbsent(id, person);
            assertTrue(before == null || before.equals(person), "two people share " + id);
        }
        assertEquals(PEOPLE, personById.size());
        assertEquals(PEOPLE, summary.people());
        assertEquals(roster.rows().size(), summary.rosterRows());
    }

    @Test
    void noticeNumbersAreUniqueAcrossTheProvince() {
        List<String> notices = roster.column("增人通知单号").stream().filter(s -> !s.isEmpty()).toList();
        assertEquals(notices.size(), Set.copyOf(notices).size());
        assertTrue(notices.stream().allMatch(s -> s.matches("Z\\d{4}-\\d{5}")));
    }

    @Test
    void mostUnitsAreBelowQuotaAndAboutOnePercentOver() {
        long over = summary.violationsByRule().get("OVER_QUOTA");
        assertTrue(over >= 1 && over <= Math.max(2, summary.units() * 0.02), over + " units over quota");
        int personal = summary.violationsByRule().get("MIXED_INSTITUTION_IN_ADMIN_POST");
        assertEquals(Math.round(PEOPLE * 0.003), personal);
    }

    @Test
    void sameSeedGivesIdenticalFilesAndAnotherSeedDoesNot() throws IOException {
        ProvinceGenerator.generate(SEED, PEOPLE, dir.resolve("b"));
        ProvinceGenerator.generate(SEED + 1, PEOPLE, dir.resolve("c"));
        for (String file : ProvinceGenerator.FILES) {
            assertEquals(hash(dir.resolve("a").resolve(file)), hash(dir.resolve("b").resolve(file)), file);
        }
        assertNotEquals(hash(dir.resolve("a").resolve("roster.csv")), hash(dir.resolve("c").resolve("roster.csv")));
    }

    @Test
    void tooSmallAProvinceIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ProvinceGenerator.generate(1, 5_000, dir.resolve("d")));
    }

    @Test
    void theRulesFindExactlyWhatTheManifestSaysWasPlanted() {
        Set<String> found = new RuleCheck(ProvinceGenerator.AS_OF, units, quotas, leadership, roster).findings();
        List<String[]> violations = cases("violations");
        Set<String> planted = violations.stream().map(c -> RuleCheck.key(c[0], c[1], List.of(c[2].split(","))))
                .collect(Collectors.toSet());
        assertEquals(violations.size(), planted.size(), "a case listed twice");

        // counts per rule, in manifest.json and by the independent check
        Map<String, Integer> listed = counts(manifest.stream().filter(l -> l.contains("\"violationsByRule\"")).findFirst().orElseThrow());
        Map<String, Integer> audited = new TreeMap<>();
        for (String rule : Manifest.RULES) audited.put(rule, 0);
        for (String f : found) audited.merge(f.substring(0, f.indexOf('|')), 1, Integer::sum);
        for (String rule : Manifest.RULES) assertEquals(listed.get(rule), audited.get(rule), rule);
        assertEquals(summary.violationsByRule(), listed);
        for (String rule : List.of("OVER_QUOTA", "MIXED_INSTITUTION_IN_ADMIN_POST", "NO_QUOTA_IN_ADMIN_POST",
                "DUPLICATE_OCCUPANCY")) {
            assertTrue(listed.get(rule) > 0, rule);
        }

        // and the very same cases
        Set<String> unexpected = new HashSet<>(found);
        unexpected.removeAll(planted);
        Set<String> missed = new HashSet<>(planted);
        missed.removeAll(found);
        assertTrue(unexpected.isEmpty() && missed.isEmpty(), "unplanted findings " + unexpected + ", missed " + missed);

        List<String[]> nearMisses = cases("nearMisses");
        assertEquals(summary.nearMisses(), nearMisses.size());
        Set<String> flagged = new HashSet<>();
        for (String f : found) flagged.addAll(List.of(f.substring(f.lastIndexOf('|') + 1).split(",")));
        for (String[] near : nearMisses) assertFalse(flagged.contains(near[2]), "near miss flagged: " + near[2]);
    }

    private static final Pattern CASE = Pattern.compile(
            "\\{\"rule\": \"(\\w+)\", \"unitCode\": \"(\\w+)\", \"idNumbers\": \\[([^\\]]*)]");

    /** rule, unit code, ID numbers joined by commas: the cases listed under {@code section} of manifest.json. */
    private static List<String[]> cases(String section) {
        List<String[]> out = new ArrayList<>();
        boolean in = false;
        for (String line : manifest) {
            if (line.startsWith("  \"")) in = line.startsWith("  \"" + section + "\": [");
            Matcher m = CASE.matcher(line);
            if (in && m.find()) out.add(new String[] {m.group(1), m.group(2), m.group(3).replace("\"", "").replace(" ", "")});
        }
        return out;
    }

    private static Map<String, Integer> counts(String line) {
        Map<String, Integer> map = new LinkedHashMap<>();
        Matcher m = Pattern.compile("\"(\\w+)\": (\\d+)").matcher(line.substring(line.indexOf('{')));
        while (m.find()) map.put(m.group(1), Integer.parseInt(m.group(2)));
        return map;
    }

    private static String hash(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
