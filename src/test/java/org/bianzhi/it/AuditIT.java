package org.bianzhi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.bianzhi.demo.DemoCounty;
import org.bianzhi.demo.Manifest;
import org.junit.jupiter.api.Test;

/** 稽核: findings follow the registry, carry their workflow, and match what the demo county's generator planted. */
class AuditIT extends ApiTest {

    private static final String ROSTER_HEADER = "身份证号,姓名,性别,出生日期,人员身份,编制单位代码,编制类型,入编日期,增人通知单号,领导职务,"
            + "工作单位代码,岗位类型,工作安排,借调起始日期,借调截止日期,借调批准文号\n";

    @Test
    void theDemoCountyYieldsExactlyTheFindingsItsGeneratorPlanted() throws Exception {
        DemoCounty county = DemoCountyLoaded.into(api);
        assertEquals(TODAY, county.asOf(), "the manifest is written for the tests' today");
        Set<String> demoUnits = county.unitsCsv().lines().skip(1).map(l -> l.split(",")[0]).collect(Collectors.toSet());
        Set<String> planted = new TreeSet<>();
        for (Manifest.Planted p : county.manifest().violations()) planted.add(key(p.rule(), p.unitCode(), p.idNumbers()));

        Set<String> found = eventually(() -> keys(findings("", f -> demoUnits.contains(f.getString("unitCode")))), planted::equals);
        assertEquals(planted, found);
        assertEquals(county.manifest().violations().size(), found.size());
    }

    @Test
    void aFindingFollowsChangesAndCarriesItsWorkflow() throws Exception {
        String unit = unit(true, "瑞安市审计局", null);
        approveQuota(unit, "ADMINISTRATIVE", 1, "2020-01-01");
        occupancy(unit, person("郑一", "CIVIL_SERVANT", LocalDate.of(1980, 1, 1)), "2021-01-01", "Z2021-0001");
        long second = occupancy(unit, person("郑二", "CIVIL_SERVANT", LocalDate.of(1985, 1, 1)), "2022-03-01", "Z2022-0001");

        JsonObject f = eventually(() -> one(unit, "OVER_QUOTA"), x -> x != null);
        assertEquals("核定行政编制 1 名，实有 2 名，超编 1 名（超出人员按入编时间最晚计）", f.getString("message"));
        assertEquals("郑二", f.getJsonArray("persons").getJsonObject(0).getString("name"), "the latest entrant is beyond the quota");
        assertEquals("OPEN", f.getString("status"));
        assertEquals(TODAY.toString(), f.getString("firstSeen"));
        assertTrue(f.getString("basis").contains("国务院令第486号"));
        long id = f.getJsonNumber("id").longValue();

        // history: before the second entry there was no over-quota; after it, the stored finding's state is shown
        assertEquals(0, expect(200, api.get("findings?unit=" + unit + "&asOf=2022-02-28")).json().getInt("total"));
        JsonObject then = expect(200, api.get("findings?unit=" + unit + "&asOf=2023-01-01")).json();
        assertEquals(1, then.getInt("total"));
        assertEquals("OPEN", then.getJsonArray("items").getJsonObject(0).getString("status"));

        assertEquals("ACKNOWLEDGED", expect(200, api.post("findings/" + id + "/acknowledge", Api.obj("note", "单位已认领"))).json()
                .getString("status"));
        expect(409, api.post("findings/" + id + "/acknowledge", Api.obj("note", "再次确认")));
        var noNote = expect(422, api.post("findings/" + id + "/resolve", Api.obj("note", " ")));
        assertEquals("note", noNote.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals("RESOLVED", expect(200, api.post("findings/" + id + "/resolve", Api.obj("note", "已调出一人"))).json()
                .getString("status"));

        // resolved while the cause is still there: the next evaluation reopens it and says so
        expect(200, api.post("audit/evaluations", "{}"));
        JsonObject reopened = expect(200, api.get("findings/" + id)).json();
        assertEquals("OPEN", reopened.getJsonObject("finding").getString("status"));
        assertEquals(1, reopened.getJsonObject("finding").getInt("reopened"));
        var steps = reopened.getJsonArray("history");
        assertEquals(List.of("DETECTED", "ACKNOWLEDGED", "RESOLVED", "REOPENED"),
                steps.stream().map(s -> s.asJsonObject().getString("action")).toList());
        assertTrue(steps.getJsonObject(3).getString("note").contains("标记为已整改，复查时问题仍然存在"), steps::toString);

        // the cause goes away: the finding leaves today's list and is resolved by the system
        expect(201, api.post("notices", Api.obj("kind", "DECREASE", "occupancyId", second, "exitDate", "2026-06-15", "reason", "调出")));
        eventually(() -> one(unit, "OVER_QUOTA"), x -> x == null);
        JsonObject cleared = expect(200, api.get("findings/" + id)).json().getJsonObject("finding");
        assertEquals(List.of("RESOLVED", "系统"), List.of(cleared.getString("status"), cleared.getString("statusChangedBy")));
        assertEquals(1, expect(200, api.get("findings?unit=" + unit + "&status=RESOLVED")).json().getInt("total"));
    }

    @Test
    void personalRulesFireOnTheirCasesAndNotOnTheirNearMisses() throws Exception {
        String organ = unit(true, "瑞安市民政局", null);
        String centre = unit(false, "瑞安市社会救助服务中心", organ);
        approveQuota(organ, "ADMINISTRATIVE", 10, "2020-01-01");
        approveQuota(centre, "PUBLIC_INSTITUTION", 10, "2020-01-01");
        String misused = Fixtures.idNumber(LocalDate.of(1990, 2, 2), true);
        String lawful = Fixtures.idNumber(LocalDate.of(1990, 3, 3), true);
        String noDocument = Fixtures.idNumber(LocalDate.of(1990, 4, 4), true);
        String seconded = Fixtures.idNumber(LocalDate.of(1990, 5, 5), true);
        String roster = ROSTER_HEADER
                // 行政编制 occupied in an institution: QUOTA_TYPE_MISUSE
                + misused + "," + Fixtures.uniqueName("冯") + ",男,1990-02-02,公务员," + centre + ",行政编制,2020-05-01,Z2020-0101,," + centre + ",管理岗位,在岗,,,\n"
                // near miss: 事业编制 in the institution, working there
                + lawful + "," + Fixtures.uniqueName("冯") + ",男,1990-03-03,事业人员," + centre + ",事业编制,2020-05-01,Z2020-0102,," + centre + ",管理岗位,在岗,,,\n"
                // seconded to the organ's 行政岗位 without an approval document: a mixed post
                + noDocument + "," + Fixtures.uniqueName("冯") + ",男,1990-04-04,事业人员," + centre + ",事业编制,2020-05-01,Z2020-0103,," + organ + ",行政岗位,借调,2026-01-01,2026-12-31,\n"
                // near miss: seconded with approval, in term, within 12 months
                + seconded + "," + Fixtures.uniqueName("冯") + ",男,1990-05-05,事业人员," + centre + ",事业编制,2020-05-01,Z2020-0104,," + organ + ",行政岗位,借调,2026-01-01,2026-12-31,瑞委办〔2026〕3号\n";
        expect(200, api.postBytes("imports/roster?wait=true", "text/csv", roster.getBytes(StandardCharsets.UTF_8)));

        // 行政编制 without any approval at the centre is also over quota: 核定 0 名，实有 1 名
        Set<String> expected = Set.of(key("QUOTA_TYPE_MISUSE", centre, List.of(misused)), key("OVER_QUOTA", centre, List.of(misused)),
                key("MIXED_INSTITUTION_IN_ADMIN_POST", organ, List.of(noDocument)));
        Set<String> found = eventually(() -> keys(findings("&unit=" + organ, f -> true)), expected::equals);
        assertEquals(expected, found);
        JsonObject mixed = one(organ, "MIXED_INSTITUTION_IN_ADMIN_POST");
        assertTrue(mixed.getString("message").endsWith("借调没有批准文号"), mixed::toString);
        JsonObject misuse = one(centre, "QUOTA_TYPE_MISUSE");
        assertEquals("在事业单位占用行政编制；行政编制只能在机关使用", misuse.getString("message"));

        // the seconded person stays lawful until the secondment ends; as of 2027-01-01 both secondments are overdue
        JsonObject later = expect(200, api.get("findings?unit=" + organ + "&asOf=2027-01-01&rule=SECONDMENT_OVERDUE")).json();
        assertEquals(2, later.getInt("total"), later::toString);

        // one person's findings (the person screen): today's stored ones, and a past date's computed ones
        long misusedId = misuse.getJsonNumber("personId").longValue();
        JsonObject own = expect(200, api.get("findings?status=ALL&person=" + misusedId)).json();
        assertEquals(1, own.getInt("total"), own::toString);
        assertEquals("QUOTA_TYPE_MISUSE", own.getJsonArray("items").getJsonObject(0).getString("rule"));
        long secondedId = later.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(f -> seconded.equals(f.getString("idNumber"))).findFirst().orElseThrow().getJsonNumber("personId").longValue();
        JsonObject pastOwn = expect(200, api.get("findings?asOf=2027-01-01&person=" + secondedId)).json();
        List<JsonObject> pastItems = pastOwn.getJsonArray("items").getValuesAs(JsonObject.class);
        assertTrue(pastItems.stream().allMatch(f -> f.getJsonNumber("personId").longValue() == secondedId), pastOwn::toString);
        assertTrue(pastItems.stream().anyMatch(f -> f.getString("rule").equals("SECONDMENT_OVERDUE")), pastOwn::toString);
        assertEquals("person", expect(422, api.get("findings?person=abc")).json().getJsonArray("errors").getJsonObject(0)
                .getString("field"));

        // the mixed-post roster lists the person, the rectification notice the unit's open problems with their basis
        JsonObject roll = expect(200, api.get("reports/mixed-posts?unit=" + organ)).json();
        assertEquals(1, roll.getInt("total"));
        var notice = expect(200, api.get("reports/rectification-notice?unit=" + centre));
        assertTrue(notice.contentType().startsWith("text/html"), notice.contentType());
        assertTrue(notice.raw().contains("整改通知书") && notice.raw().contains("编制类型与机构性质不符")
                && notice.raw().contains("第十五条"), notice.raw());
        var csv = new String(api.getBytes("reports/findings?unit=" + organ + "&format=csv"), StandardCharsets.UTF_8);
        assertTrue(csv.contains("单位代码,单位名称,超编,超职数配备"), csv);
    }

    @Test
    void aUnitClerkSeesOnlyTheFindingsOfTheirOwnUnits() throws Exception {
        String mine = unit(true, "瑞安市统计局", null);
        String other = unit(true, "瑞安市信访局", null);
        approveQuota(other, "ADMINISTRATIVE", 0, "2020-01-01");
        occupancy(other, person("钱一", "CIVIL_SERVANT", LocalDate.of(1982, 1, 1)), "2021-01-01", "Z2021-0009");
        JsonObject f = eventually(() -> one(other, "OVER_QUOTA"), x -> x != null);
        String user = "audit-clerk-" + Fixtures.unitCode(true).substring(10, 16).toLowerCase();
        expect(201, api.post("accounts", Api.obj("username", user, "displayName", "统计局人事", "password", "Secure2026pass",
                "role", "UNIT_CLERK", "unitCode", mine)));
        Api clerk = api.withToken(null).signIn(user, "Secure2026pass");
        assertEquals(404, clerk.get("findings/" + f.getJsonNumber("id").longValue()).status());
        assertEquals(404, clerk.get("findings?unit=" + other).status());
        JsonObject own = expect(200, clerk.get("findings?limit=500")).json();
        assertTrue(own.getJsonArray("items").stream().noneMatch(x -> x.asJsonObject().getString("unitCode").equals(other)));
        assertEquals(403, clerk.post("findings/" + f.getJsonNumber("id").longValue() + "/resolve", Api.obj("note", "x")).status());
        assertEquals("rule", expect(422, api.get("findings?rule=NO_SUCH_RULE")).json().getJsonArray("errors").getJsonObject(0)
                .getString("field"));
    }

    private long occupancy(String unit, JsonObject person, String from, String notice) {
        return expect(201, api.post("people/" + person.getJsonNumber("id").longValue() + "/occupancies", Api.obj("unitCode", unit,
                "quotaType", "ADMINISTRATIVE", "validFrom", from, "entryRoute", "EXAM", "increaseNoticeNumber", notice,
                "basisDocument", "存量登记"))).json().getJsonNumber("id").longValue();
    }

    private JsonObject one(String unit, String rule) {
        var items = expect(200, api.get("findings?unit=" + unit + "&rule=" + rule)).json().getJsonArray("items");
        return items.isEmpty() ? null : items.getJsonObject(0);
    }

    /** Today's findings (every page), those that {@code keep} accepts. */
    private List<JsonObject> findings(String query, Predicate<JsonObject> keep) {
        List<JsonObject> all = new ArrayList<>();
        for (int offset = 0; ; offset += 500) {
            JsonObject p = expect(200, api.get("findings?limit=500&offset=" + offset + query)).json();
            p.getJsonArray("items").forEach(v -> {
                if (keep.test(v.asJsonObject())) all.add(v.asJsonObject());
            });
            if (offset + 500 >= p.getInt("total")) return all;
        }
    }

    private static Set<String> keys(List<JsonObject> findings) {
        Set<String> keys = new TreeSet<>();
        for (JsonObject f : findings) {
            keys.add(key(f.getString("rule"), f.getString("unitCode"),
                    f.getJsonArray("persons").stream().map(p -> p.asJsonObject().getString("idNumber")).toList()));
        }
        return keys;
    }

    private static String key(String rule, String unit, List<String> idNumbers) {
        return rule + "|" + unit + "|" + idNumbers.stream().sorted().collect(Collectors.joining(","));
    }

    /** Findings follow a commit within a second; a generous deadline keeps a busy test machine from failing them. */
    private static <T> T eventually(java.util.function.Supplier<T> read, Predicate<T> done) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        T value = read.get();
        while (!done.test(value) && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            value = read.get();
        }
        return value;
    }
}
