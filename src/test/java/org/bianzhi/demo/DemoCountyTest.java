package org.bianzhi.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bianzhi.establishment.domain.UnitCode;
import org.bianzhi.roster.domain.IdNumber;
import org.junit.jupiter.api.Test;

/** What a user of the demo county would notice: valid codes and ID numbers, exact formats, and honest planting. */
class DemoCountyTest {

    private static final DemoCounty DEMO = DemoCounty.generate(20261122L, 3000);
    private static final CsvTable UNITS = CsvTable.parse(DEMO.unitsCsv());
    private static final CsvTable QUOTAS = CsvTable.parse(DEMO.quotasCsv());
    private static final CsvTable LEADERSHIP = CsvTable.parse(DEMO.leadershipCsv());
    private static final CsvTable ROSTER = CsvTable.parse(DEMO.rosterCsv());

    @Test
    void headersAreThoseOfTheImportFormats() {
        assertEquals(List.of("单位代码", "单位名称", "简称", "机构类型", "事业单位类别", "上级单位代码", "行政区划代码", "层级",
                "经费形式"), UNITS.header());
        assertEquals(List.of("单位代码", "编制类型", "核定数", "生效日期", "批准文号"), QUOTAS.header());
        assertEquals(List.of("单位代码", "职数类别", "核定数", "生效日期", "批准文号"), LEADERSHIP.header());
        assertEquals(List.of("身份证号", "姓名", "性别", "出生日期", "人员身份", "编制单位代码", "编制类型", "入编日期", "增人通知单号",
                "领导职务", "工作单位代码", "岗位类型", "工作安排", "借调起始日期", "借调截止日期", "借调批准文号", "职务层次", "户口所在地"),
                ROSTER.header());
    }

    @Test
    void leadersHavePlausibleRanksAndAHouseholdSoTheFormsShowRealLabels() {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        for (var u : UNITS.rows()) names.put(u.get("单位代码"), u.get("单位名称"));
        java.util.Map<String, String> principals = new java.util.HashMap<>();
        for (var r : ROSTER.rows()) {
            String leader = r.get("领导职务");
            assertEquals(leader == null || leader.isEmpty(), r.get("职务层次") == null || r.get("职务层次").isEmpty(), r.toString());
            if ("单位正职".equals(leader)) principals.put(names.get(r.get("工作单位代码")), r.get("职务层次"));
            if (leader != null && !leader.isEmpty()) assertTrue(r.get("户口所在地").startsWith("浙江省青田县"), r.toString());
        }
        assertEquals("县处级", principals.get("中共青田县委宣传部"));
        assertEquals("县处级", principals.get("青田县人民法院"));
        assertEquals("乡科级", principals.get("青田县审计局"));
    }

    @Test
    void aboutAHundredUnitsWithValidUniqueCodesAndNames() {
        int n = UNITS.rows().size();
        assertTrue(n >= 90 && n <= 110, n + " units");
        assertEquals(n, DEMO.manifest().units());
        for (Map<String, String> u : UNITS.rows()) {
            String code = u.get("单位代码");
            assertNull(UnitCode.problem(code), code);
            assertEquals('1', code.charAt(0), code);
            assertEquals(u.get("机构类型").equals("机关") ? '1' : '2', code.charAt(1), code);
            assertEquals("331121", code.substring(2, 8), code);
            assertEquals("331121", u.get("行政区划代码"));
        }
        assertEquals(n, Set.copyOf(UNITS.column("单位代码")).size());
        assertEquals(n, Set.copyOf(UNITS.column("单位名称")).size());
    }

    @Test
    void unitEnumerationsUseTheChineseLabels() {
        for (Map<String, String> u : UNITS.rows()) {
            boolean organ = u.get("机构类型").equals("机关");
            assertTrue(organ || u.get("机构类型").equals("事业单位"));
            assertTrue(organ ? u.get("事业单位类别").isEmpty()
                    : Set.of("参公", "公益一类", "公益二类", "生产经营类").contains(u.get("事业单位类别")), u.toString());
            assertTrue(Set.of("县", "乡").contains(u.get("层级")));
            assertTrue(Set.of("全额拨款", "差额拨款", "自收自支").contains(u.get("经费形式")));
        }
        assertTrue(UNITS.column("单位名称").contains("青田县水利局"));
        assertTrue(UNITS.column("单位名称").contains("青田县温溪镇人民政府"));
    }

    @Test
    void everyParentComesBeforeItsChildren() {
        Set<String> seen = new HashSet<>();
        for (Map<String, String> u : UNITS.rows()) {
            String parent = u.get("上级单位代码");
            assertTrue(parent.isEmpty() || seen.contains(parent), u.get("单位名称") + " before its parent");
            seen.add(u.get("单位代码"));
        }
    }

    @Test
    void everyUnitCodeInTheOtherFilesExists() {
        Set<String> codes = Set.copyOf(UNITS.column("单位代码"));
        assertTrue(codes.containsAll(QUOTAS.column("单位代码")));
        assertTrue(codes.containsAll(LEADERSHIP.column("单位代码")));
        assertTrue(codes.containsAll(ROSTER.column("工作单位代码")));
        for (String code : ROSTER.column("编制单位代码")) assertTrue(code.isEmpty() || codes.contains(code), code);
    }

    @Test
    void approvalsAreInThePastWithDocumentsAndFitTheUnitKind() {
        Map<String, String> kind = new HashMap<>();
        UNITS.rows().forEach(u -> kind.put(u.get("单位代码"), u.get("机构类型")));
        for (Map<String, String> q : QUOTAS.rows()) {
            assertTrue(LocalDate.parse(q.get("生效日期")).isBefore(DEMO.asOf()));
            assertTrue(q.get("批准文号").matches("青编〔20\\d\\d〕\\d+号"), q.get("批准文号"));
            assertTrue(Integer.parseInt(q.get("核定数")) > 0);
            boolean institutionQuota = q.get("编制类型").equals("事业编制");
            assertEquals(institutionQuota, kind.get(q.get("单位代码")).equals("事业单位"), q.toString());
        }
        for (Map<String, String> l : LEADERSHIP.rows()) {
            assertTrue(LocalDate.parse(l.get("生效日期")).isBefore(DEMO.asOf()));
            assertTrue(Set.of("单位正职", "单位副职", "内设机构正职", "内设机构副职").contains(l.get("职数类别")));
        }
    }

    @Test
    void idNumbersAreValidAndAgreeWithGenderAndBirthDate() {
        for (Map<String, String> r : ROSTER.rows()) {
            String id = r.get("身份证号");
            assertNull(IdNumber.problem(id), id);
            IdNumber number = new IdNumber(id);
            assertEquals(number.birthDate().toString(), r.get("出生日期"), id);
            assertEquals(number.gender().label(), r.get("性别"), id);
            assertFalse(r.get("姓名").isBlank(), id);
        }
    }

    @Test
    void onePersonPerIdNumberAndAsManyPeopleAsAsked() {
        Map<String, String> personById = new HashMap<>();
        for (Map<String, String> r : ROSTER.rows()) {
            String person = r.get("姓名") + r.get("性别") + r.get("出生日期") + r.get("人员身份");
            String before = personById.putIfAbsent(r.get("身份证号"), person);
            assertTrue(before == null || before.equals(person), "two people share " + r.get("身份证号"));
        }
        assertEquals(3000, personById.size());
        assertEquals(3000, DEMO.manifest().people());
        assertEquals(ROSTER.rows().size(), DEMO.manifest().rosterRows());
        assertEquals(ROSTER.rows().size(), DEMO.manifest().postings());
        assertEquals(ROSTER.column("编制单位代码").stream().filter(c -> !c.isEmpty()).count(), DEMO.manifest().occupancies());
    }

    @Test
    void regularRowsAreConsistent() {
        Map<String, Map<String, String>> unit = new HashMap<>();
        UNITS.rows().forEach(u -> unit.put(u.get("单位代码"), u));
        for (Map<String, String> r : ROSTER.rows()) {
            LocalDate birth = LocalDate.parse(r.get("出生日期"));
            int age = birth.until(DEMO.asOf()).getYears();
            assertTrue(age >= 22 && age <= 62, r.toString());
            Map<String, String> work = unit.get(r.get("工作单位代码"));
            boolean organ = work.get("机构类型").equals("机关");
            String post = r.get("岗位类型");
            assertTrue(organ ? Set.of("行政岗位", "机关工勤岗位").contains(post)
                    : Set.of("管理岗位", "专业技术岗位", "工勤技能岗位").contains(post), r.toString());
            assertTrue(Set.of("在岗", "借调", "挂职").contains(r.get("工作安排")));
            if (r.get("编制单位代码").isEmpty()) {
                assertEquals("编外人员", r.get("人员身份"));
                assertTrue(r.get("编制类型").isEmpty() && r.get("入编日期").isEmpty() && r.get("领导职务").isEmpty());
                continue;
            }
            LocalDate entry = LocalDate.parse(r.get("入编日期"));
            assertTrue(entry.isAfter(birth.plusYears(21)) && entry.isBefore(DEMO.asOf()), r.toString());
            String expected = switch (r.get("编制类型")) {
                case "行政编制", "政法专项编制" -> "公务员";
                case "机关工勤编制" -> "机关工勤人员";
                default -> unit.get(r.get("编制单位代码")).get("事业单位类别").equals("参公") ? "参公人员" : "事业人员";
            };
            // the rows that break this are planted MIXED_NON_CIVIL_SERVANT_ON_ADMIN_QUOTA cases, checked by the audit
            if (!expected.equals(r.get("人员身份"))) assertEquals("事业人员", r.get("人员身份"), r.toString());
            if (!r.get("增人通知单号").isEmpty()) assertTrue(r.get("增人通知单号").matches("Z\\d{4}-\\d{5}"));
        }
        assertEquals(ROSTER.rows().stream().filter(r -> !r.get("增人通知单号").isEmpty()).count(),
                ROSTER.column("增人通知单号").stream().filter(s -> !s.isEmpty()).distinct().count(), "notice numbers unique");
    }

    @Test
    void sameSeedGivesIdenticalFilesAndAnotherSeedDoesNot() {
        DemoCounty again = DemoCounty.generate(20261122L, 3000);
        assertEquals(DEMO.unitsCsv(), again.unitsCsv());
        assertEquals(DEMO.quotasCsv(), again.quotasCsv());
        assertEquals(DEMO.leadershipCsv(), again.leadershipCsv());
        assertEquals(DEMO.rosterCsv(), again.rosterCsv());
        assertEquals(DEMO.manifest(), again.manifest());
        assertNotEquals(DEMO.rosterCsv(), DemoCounty.generate(7L, 3000).rosterCsv());
    }

    @Test
    void overQuotaUnitsReallyHoldMoreThanApproved() {
        List<Manifest.Planted> over = DEMO.manifest().violations("OVER_QUOTA");
        assertEquals(3, over.size());
        for (Manifest.Planted p : over) {
            Map<String, String> latest = null;
            for (Map<String, String> q : QUOTAS.rows()) {
                if (q.get("单位代码").equals(p.unitCode()) && q.get("编制类型").equals(p.subject())
                        && (latest == null || q.get("生效日期").compareTo(latest.get("生效日期")) > 0)) latest = q;
            }
            long occupied = ROSTER.rows().stream()
                    .filter(r -> r.get("编制单位代码").equals(p.unitCode()) && r.get("编制类型").equals(p.subject())).count();
            assertTrue(occupied > Integer.parseInt(latest.get("核定数")), p.toString());
            assertEquals(occupied - Integer.parseInt(latest.get("核定数")), p.idNumbers().size());
        }
    }

    @Test
    void theDemoPlantsTheAgreedNumbers() {
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("OVER_QUOTA", 3);
        expected.put("OVER_LEADERSHIP", 1);
        expected.put("MIXED_INSTITUTION_IN_ADMIN_POST", 10);
        expected.put("MIXED_NON_CIVIL_SERVANT_ON_ADMIN_QUOTA", 3);
        expected.put("NO_QUOTA_IN_ADMIN_POST", 5);
        expected.put("QUOTA_TYPE_MISUSE", 0);
        expected.put("DUPLICATE_OCCUPANCY", 2);
        expected.put("OVERAGE", 2);
        expected.put("SECONDMENT_OVERDUE", 3);
        expected.put("ENTRY_WITHOUT_NOTICE", 3);
        assertEquals(expected, DEMO.manifest().countByRule());
        long lawfulSecondments = DEMO.manifest().nearMisses().stream().filter(p -> p.note().contains("借调")).count();
        assertEquals(3, lawfulSecondments);
    }

    @Test
    void theRulesFindExactlyWhatTheManifestSaysWasPlanted() {
        assertAuditMatchesManifest(DEMO);
    }

    @Test
    void otherSeedsAndSizesStayHonest() {
        for (int people : new int[] {400, 5000}) {
            DemoCounty county = DemoCounty.generate(people * 31L, people);
            assertEquals(people, county.manifest().people());
            assertAuditMatchesManifest(county);
        }
    }

    @Test
    void namesLookChinese() {
        List<String> names = ROSTER.column("姓名");
        assertTrue(names.stream().allMatch(n -> n.matches("[\\p{IsHan}·]{2,12}")), "only Han characters and ·");
        assertTrue(names.stream().anyMatch(n -> n.contains("·")), "a minority name");
        for (String rare : List.of("单", "解", "仇", "区", "朴", "查")) {
            assertTrue(names.stream().anyMatch(n -> n.startsWith(rare)), rare);
        }
        Map<Character, Long> surnames = names.stream().collect(Collectors.groupingBy(n -> n.charAt(0), Collectors.counting()));
        assertTrue(surnames.get('陈') > surnames.getOrDefault('朴', 0L) * 10, "common surnames dominate");
    }

    private static void assertAuditMatchesManifest(DemoCounty county) {
        Set<String> found = new RuleCheck(county).findings();
        Set<String> planted = county.manifest().violations().stream()
                .map(p -> RuleCheck.key(p.rule(), p.unitCode(), p.idNumbers())).collect(Collectors.toSet());
        Set<String> unexpected = new HashSet<>(found);
        unexpected.removeAll(planted);
        Set<String> missed = new HashSet<>(planted);
        missed.removeAll(found);
        assertTrue(unexpected.isEmpty() && missed.isEmpty(), "unplanted findings " + unexpected + ", missed " + missed);
        for (Manifest.Planted near : county.manifest().nearMisses()) {
            String id = near.idNumbers().get(0);
            assertTrue(found.stream().noneMatch(f -> f.endsWith(id) || f.contains(id + ",")), "near miss flagged: " + near);
        }
    }
}
