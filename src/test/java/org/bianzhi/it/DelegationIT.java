package org.bianzhi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * 因公出国（境）团组: every rule checked at submission refused on its member with its near miss accepted, the re-check at
 * approval, two submissions racing for one person's third trip, the trip report's due day in working days and the
 * overdue list, a unit clerk's scope. The IT calendar has the 2026 May Day holidays (1–5 May) and Saturday 9 May worked.
 */
class DelegationIT extends ApiTest {

    private static final String PASSWORD = "Tuanzu2026itest";
    private static int accounts;

    private Api account(String role, String unit) {
        String username = "deleg-" + role.toLowerCase().replace('_', '-') + "-" + (++accounts) + "-" + System.nanoTime() % 100000;
        expect(201, api.post("accounts", Api.obj("username", username, "displayName", "团组测试", "password", PASSWORD,
                "role", role, "unitCode", unit)));
        return api.withToken(null).signIn(username, PASSWORD);
    }

    /** A person with an occupancy at {@code unit} since March 2020. */
    private long person(String surname, String unit) {
        long id = person(Fixtures.uniqueName(surname), "CIVIL_SERVANT", LocalDate.of(1975, 4, 4)).getJsonNumber("id").longValue();
        expect(201, api.post("people/" + id + "/occupancies", Api.obj("unitCode", unit, "quotaType", "ADMINISTRATIVE",
                "validFrom", "2020-03-01", "entryRoute", "EXAM", "increaseNoticeNumber", "Z2019-00001", "basisDocument", "存量登记")));
        return id;
    }

    private void appoint(long person, String unit, String category) {
        expect(201, api.post("people/" + person + "/appointments", Api.obj("unitCode", unit, "category", category,
                "validFrom", "2020-03-01", "basisDocument", "瑞委〔2020〕8号")));
    }

    private static String members(long... people) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (int i = 0; i < people.length; i++) {
            a.add(Json.createObjectBuilder().add("personId", people[i]).add("role", i == 0 ? "LEADER" : "MEMBER"));
        }
        return a.build().toString();
    }

    private String body(String organiser, String departs, String returns, String noticeFrom, String noticeTo, long... people) {
        return Api.obj("name", "赴德国考察水利团", "organiserUnitCode", organiser, "task", "考察水资源管理", "inviter", "德国水务协会",
                "destinations", "[\"德国\",\"荷兰\"]", "departsOn", departs, "returnsOn", returns, "fundingSource", "部门预算",
                "noticeFrom", noticeFrom, "noticeTo", noticeTo, "noticePlace", "单位政务公开栏", "members", members(people));
    }

    private long draft(Api as, String organiser, String departs, String returns, String noticeFrom, String noticeTo, long... people) {
        JsonObject d = expect(201, as.post("delegation/delegations", body(organiser, departs, returns, noticeFrom, noticeTo, people))).json();
        assertTrue(d.getString("number").matches("TZ2026-\\d{5}"), d::toString);
        assertEquals("DRAFT", d.getString("status"));
        return d.getJsonNumber("id").longValue();
    }

    private Api.Answer submit(Api as, long id) {
        return as.post("delegation/delegations/" + id + "/submit", "{}");
    }

    private long submitted(String organiser, String departs, String returns, long... people) {
        long id = draft(api, organiser, departs, returns, null, null, people);
        expect(200, submit(api, id));
        return id;
    }

    private static List<String> fields(Api.Answer a) {
        return a.json().getJsonArray("errors").stream().map(v -> v.asJsonObject().getString("field")).sorted().toList();
    }

    private static String reason(Api.Answer a, String field) {
        return a.json().getJsonArray("errors").stream().map(JsonValue::asJsonObject).filter(e -> e.getString("field").equals(field))
                .map(e -> e.getString("reason")).collect(Collectors.joining(" | "));
    }

    private String status(long id) {
        return expect(200, api.get("delegation/delegations/" + id)).json().getString("status");
    }

    private String name(long person) {
        return expect(200, api.get("people/" + person)).json().getJsonObject("person").getString("name");
    }

    /** Seed 003: no trip an enterprise pays for, and none a company invites officials to by name. */
    @Test
    void aTripPaidForOrInvitedByNameByACompanyIsRefusedAtSubmission() {
        String unit = unit(true, "瑞安市商务局", null);
        long member = person("商", unit);
        long id = draft(api, unit, "2026-09-10", "2026-09-15", null, null, member);
        String invited = body(unit, "2026-09-10", "2026-09-15", null, null, member)
                .replace("德国水务协会", "某株式会社（点名邀请）").replace("\"部门预算\"", "\"某株式会社承担\"");
        expect(200, api.edit("delegation/delegations/" + id, invited));
        Api.Answer refused = expect(422, submit(api, id));
        assertEquals(List.of("fundingSource", "inviter"), fields(refused));
        assertTrue(reason(refused, "inviter").contains("点名邀请"), refused::toString);
        assertEquals("DRAFT", status(id), "nothing changed");

        expect(200, api.edit("delegation/delegations/" + id, body(unit, "2026-09-10", "2026-09-15", null, null, member)
                .replace("德国水务协会", "某株式会社")));
        assertEquals(200, submit(api, id).status(), "an enterprise inviting the unit, paid from the budget, is not refused");
    }

    @Test
    void tenMembersAreAllowedAndTheEleventhIsRefusedByName() {
        String unit = unit(true, "瑞安市外事办", null);
        long[] eleven = new long[11];
        for (int i = 0; i < 11; i++) eleven[i] = person("任", unit);
        long id = draft(api, unit, "2026-08-10", "2026-08-15", null, null, eleven);
        Api.Answer refused = expect(422, submit(api, id));
        assertEquals(List.of("members[10]"), fields(refused));
        assertTrue(reason(refused, "members[10]").contains(name(eleven[10])), refused::toString);
        assertEquals("DRAFT", status(id), "nothing changed");

        long[] ten = java.util.Arrays.copyOf(eleven, 10);
        expect(200, api.edit("delegation/delegations/" + id, body(unit, "2026-08-10", "2026-08-15", null, null, ten)));
        JsonObject ok = expect(200, submit(api, id)).json();
        assertEquals("SUBMITTED", ok.getString("status"));
        assertEquals(10, ok.getJsonArray("members").size());
        assertEquals(unit, ok.getJsonArray("members").getJsonObject(0).getJsonObject("unit").getString("code"));
        Api.Answer edit = expect(409, api.edit("delegation/delegations/" + id, body(unit, "2026-08-10", "2026-08-15", null, null, eleven[0])));
        assertTrue(edit.json().getString("detail").contains("已报审"), edit::toString);
        expect(422, submit(api, draft(api, unit, "2026-08-10", "2026-08-15", null, null)));
    }

    @Test
    void theThirdTripOfAYearIsRefusedNamingTheOtherTwo() {
        String unit = unit(true, "瑞安市商务局", null);
        long traveller = person("钱", unit);
        long other = person("孙", unit);
        long first = submitted(unit, "2026-03-02", "2026-03-08", traveller);
        long cancelled = submitted(unit, "2026-04-02", "2026-04-08", traveller);
        expect(200, api.post("delegation/delegations/" + cancelled + "/cancel", Api.obj("reason", "邀请方取消")));
        long second = submitted(unit, "2026-07-20", "2026-07-25", other, traveller);
        long third = draft(api, unit, "2026-10-12", "2026-10-18", null, null, other, traveller);
        Api.Answer refused = expect(422, submit(api, third));
        assertEquals(List.of("members[1]"), fields(refused), "the other member has had one trip");
        String why = reason(refused, "members[1]");
        for (long d : List.of(first, second)) {
            assertTrue(why.contains(expect(200, api.get("delegation/delegations/" + d)).json().getString("number")), why);
        }
        assertFalse(why.contains(expect(200, api.get("delegation/delegations/" + cancelled)).json().getString("number")), why);
        expect(200, submit(api, draft(api, unit, "2027-01-12", "2027-01-18", null, null, traveller)));
    }

    @Test
    void twoPrincipalsOfOneUnitNeverTravelTogether() {
        String bureau = unit(true, "瑞安市交通运输局", null);
        String other = unit(true, "瑞安市农业农村局", null);
        long principal = person("周", bureau);
        long secondPrincipal = person("吴", bureau);
        long deputy = person("郑", bureau);
        long otherPrincipal = person("王", other);
        appoint(principal, bureau, "UNIT_PRINCIPAL");
        appoint(secondPrincipal, bureau, "UNIT_PRINCIPAL");
        appoint(deputy, bureau, "UNIT_DEPUTY");
        appoint(otherPrincipal, other, "UNIT_PRINCIPAL");
        Api.Answer refused = expect(422, submit(api, draft(api, bureau, "2026-09-10", "2026-09-16", "2026-09-01", "2026-09-09",
                deputy, principal, secondPrincipal)));
        assertEquals(List.of("members[2]"), fields(refused));
        String why = reason(refused, "members[2]");
        assertTrue(why.contains(name(principal)) && why.contains(name(secondPrincipal)) && why.contains("瑞安市交通运输局"), why);
        expect(200, submit(api, draft(api, bureau, "2026-09-10", "2026-09-16", "2026-09-01", "2026-09-09", principal, deputy)));
        expect(200, submit(api, draft(api, bureau, "2026-11-10", "2026-11-16", "2026-11-01", "2026-11-10", principal, otherPrincipal)));
    }

    private void appoint(long person, String unit, String role, String title) {
        expect(201, api.post("people/" + person + "/appointments", Api.obj("unitCode", unit, "category", "UNIT_PRINCIPAL",
                "validFrom", "2020-03-01", "basisDocument", "瑞委〔2020〕9号", "leadingRole", role, "postTitle", title)));
    }

    private String unitAt(String name, String region, String level, String parent) {
        String code = Fixtures.unitCode(true);
        expect(201, api.post("units", Api.obj("code", code, "name", Fixtures.unitName(name), "kind", "ORGAN", "parentCode", parent,
                "regionCode", region, "level", level, "funding", "FULL", "validFrom", "2020-01-01", "basisDocument", "瑞编〔2020〕1号")));
        return code;
    }

    /** Seed 003: 不得安排一个单位、地方的两个主要领导同团出访 — the party secretary beside the head, the county's secretary and head. */
    @Test
    void aPartySecretaryBesideTheHeadAndTheLeadersOfOneLocalityNeverTravelTogether() {
        String hospital = unit(false, "瑞安市人民医院", null);
        long head = person("院", hospital);
        long secretary = person("党", hospital);
        appoint(head, hospital, null, "院长");
        appoint(secretary, hospital, "PARTY_SECRETARY", "党委书记");
        Api.Answer refused = expect(422, submit(api, draft(api, hospital, "2026-09-10", "2026-09-16", "2026-09-01", "2026-09-09",
                head, secretary)));
        assertEquals(List.of("members[1]"), fields(refused));
        String why = reason(refused, "members[1]");
        assertTrue(why.contains(name(head)) && why.contains("院长") && why.contains(name(secretary)) && why.contains("党委书记"), why);
        expect(422, api.post("people/" + person("副", hospital) + "/appointments", Api.obj("unitCode", hospital, "category", "UNIT_DEPUTY",
                "validFrom", "2020-03-01", "leadingRole", "PARTY_SECRETARY")));

        String region = String.valueOf(340000 + (int) (System.nanoTime() % 9000) * 10 + 1).substring(0, 6);
        String partyOffice = unitAt("县委办公室", region, "COUNTY", null);
        String government = unitAt("县人民政府办公室", region, "COUNTY", null);
        String townA = unitAt("甲镇人民政府", region, "TOWNSHIP", null);
        String townB = unitAt("乙镇人民政府", region, "TOWNSHIP", null);
        long countySecretary = person("书", partyOffice);
        long countyHead = person("县", government);
        long townHead = person("镇", townA);
        long townSecretary = person("乡", townB);
        appoint(countySecretary, partyOffice, "LOCAL_PARTY_SECRETARY", "县委书记");
        appoint(countyHead, government, "LOCAL_GOVERNMENT_HEAD", "县长");
        appoint(townHead, townA, "LOCAL_GOVERNMENT_HEAD", "镇长");
        appoint(townSecretary, townB, "LOCAL_PARTY_SECRETARY", "镇党委书记");
        Api.Answer county = expect(422, submit(api, draft(api, partyOffice, "2026-09-10", "2026-09-16", "2026-09-01", "2026-09-09",
                countySecretary, countyHead)));
        String local = reason(county, "members[1]");
        assertTrue(local.contains("县委书记") && local.contains("县长") && local.contains(region) && local.contains(name(countyHead)), local);
        expect(200, submit(api, draft(api, partyOffice, "2026-10-10", "2026-10-16", "2026-10-01", "2026-10-09",
                countySecretary, townHead)));
        expect(200, submit(api, draft(api, government, "2026-11-10", "2026-11-16", "2026-11-01", "2026-11-09",
                townHead, townSecretary)));
    }

    /** The warning inbox at the unit, as "kind personId dueOn daysLeft". */
    private List<String> warnings(String unit, String within) {
        return expect(200, api.get("travel/warnings?unit=" + unit + "&within=" + within + "&limit=500")).json().getJsonArray("items")
                .stream().map(v -> v.asJsonObject()).map(w -> w.getString("kind") + " " + w.getJsonNumber("personId") + " "
                        + w.getString("dueOn") + " " + w.getInt("daysLeft")).toList();
    }

    /** Seed 000: 公示 — its contents, a week, objections during it, their re-examination, and the approval after it. */
    @Test
    void thePublicNoticeHoldsTheApprovalUntilItEndsAndEveryObjectionIsReExamined() {
        String unit = unit(true, "瑞安市经信局", null);
        long leader = person("韩", unit);
        long member = person("杨", unit);
        appoint(leader, unit, null, "局长");
        long running = draft(api, unit, "2026-07-06", "2026-07-12", "2026-06-26", "2026-07-02", leader, member);
        expect(200, submit(api, running));
        Api.Answer early = expect(422, api.post("delegation/delegations/" + running + "/approve", Api.obj("approvalDocument", "瑞外〔2026〕11号")));
        assertEquals(List.of("notice"), fields(early));
        assertTrue(reason(early, "notice").contains("2026-07-03"), early::toString);

        long ended = draft(api, unit, "2026-08-06", "2026-08-12", "2026-06-22", "2026-06-28", member);
        expect(200, submit(api, ended));
        JsonObject notice = expect(200, api.get("delegation/delegations/" + ended + "/notice")).json();
        assertEquals("ENDED", notice.getString("state"));
        assertEquals(7, notice.getInt("days"));
        JsonObject contents = notice.getJsonObject("contents");
        assertEquals("德国水务协会", contents.getString("inviter"));
        assertEquals("部门预算", contents.getString("fundingSource"));
        assertEquals("县委组织部", contents.getString("approvingUnit"));
        assertEquals(unit, contents.getJsonObject("organiser").getString("code"));
        assertEquals(unit, contents.getJsonArray("dispatchingUnits").getJsonObject(0).getString("code"));
        assertEquals(name(member), contents.getJsonArray("people").getJsonObject(0).getString("name"));
        assertTrue(contents.getJsonArray("people").getJsonObject(0).getString("identity").contains("工作人员"), contents::toString);

        expect(422, api.post("delegation/delegations/" + ended + "/objections", Api.obj("receivedOn", "2026-06-21", "channel", "PHONE",
                "personId", member, "content", "公示前的来电")));
        expect(422, api.post("delegation/delegations/" + ended + "/objections", Api.obj("receivedOn", "2026-06-24", "channel", "PHONE",
                "personId", leader, "content", "不是成员")));
        JsonObject objected = expect(200, api.post("delegation/delegations/" + ended + "/objections", Api.obj("receivedOn", "2026-06-24",
                "channel", "PHONE", "personId", member, "raisedBy", "匿名", "content", "反映其近期多次公款出国"))).json();
        long objection = objected.getJsonArray("objections").getJsonObject(0).getJsonNumber("id").longValue();
        assertTrue(absent(objected.getJsonArray("objections").getJsonObject(0), "outcome"), objected::toString);
        assertTrue(objected.getJsonArray("blockers").getString(0).contains("尚未复核"), objected::toString);
        Api.Answer unresolved = expect(422, api.post("delegation/delegations/" + ended + "/approve", Api.obj("approvalDocument", "瑞外〔2026〕12号")));
        assertEquals(List.of("objections"), fields(unresolved));
        assertEquals(List.of("PUBLIC_NOTICE_OBJECTION " + member + " 2026-08-05 36"), warnings(unit, "60"),
                "an objection not re-examined is due the day before departure");
        assertEquals(List.of(), warnings(unit, "30"), "not within 30 days");

        String reviews = "delegation/delegations/" + ended + "/objections/" + objection + "/reviews";
        expect(422, api.post(reviews, Api.obj("date", "2026-06-23", "outcome", "UPHELD", "finding", "早于收到日期")));
        Api clerk = account("UNIT_CLERK", unit);
        expect(403, clerk.post(reviews, Api.obj("date", "2026-06-29", "outcome", "DISMISSED", "finding", "本单位自查")));
        expect(200, api.post(reviews, Api.obj("date", "2026-06-29", "outcome", "UPHELD", "finding", "经核实存在违规出国记录")));
        assertEquals(List.of(), warnings(unit, "60"), "re-examined: no longer due");
        Api.Answer upheld = expect(422, api.post("delegation/delegations/" + ended + "/approve", Api.obj("approvalDocument", "瑞外〔2026〕12号")));
        assertTrue(reason(upheld, "objections").contains("经复核成立"), upheld::toString);
        JsonObject reExamined = expect(200, api.post(reviews, Api.obj("date", "2026-06-30", "outcome", "DISMISSED",
                "finding", "复查：所称出国为因私探亲，已经批准", "basisDocument", "瑞组〔2026〕30号"))).json();
        JsonObject o = reExamined.getJsonArray("objections").getJsonObject(0);
        assertEquals("DISMISSED", o.getString("outcome"));
        assertEquals(List.of("UPHELD", "DISMISSED"), o.getJsonArray("reviews").stream()
                .map(v -> v.asJsonObject().getString("outcome")).toList(), "the first review is kept");
        assertTrue(absent(clerk.get("delegation/delegations/" + ended + "/notice").json().getJsonArray("objections").getJsonObject(0),
                "raisedBy"), "who raised it is not shown to the unit");
        assertEquals("匿名", o.getString("raisedBy"), "but to the office");
        expect(200, api.post("delegation/delegations/" + ended + "/approve", Api.obj("approvalDocument", "瑞外〔2026〕12号")));
    }

    /** Seed 000: after the return each member's 出国人员鉴定表 and the financial audit; and the review statistics. */
    @Test
    void theReturnBringsEvaluationsAndAnAuditAndTheStatisticsCountTheTrip() {
        String unit = unit(true, "瑞安市投资促进局", null);
        long head = person("曹", unit);
        long member = person("严", unit);
        appoint(head, unit, "UNIT_DEPUTY");
        long id = draft(api, unit, "2026-06-01", "2026-06-05", "2026-05-20", "2026-05-27", head, member);
        JsonObject body = Json.createReader(new java.io.StringReader(body(unit, "2026-06-01", "2026-06-05", "2026-05-20", "2026-05-27",
                head, member))).readObject();
        expect(200, api.edit("delegation/delegations/" + id, Json.createObjectBuilder(body).add("purpose", "TRADE").build().toString()));
        expect(200, submit(api, id));
        expect(200, api.post("delegation/delegations/" + id + "/approve", Api.obj("approvalDocument", "瑞外〔2026〕13号")));
        expect(200, api.post("delegation/delegations/" + id + "/return", Api.obj("date", "2026-06-05")));

        JsonObject record = expect(200, api.get("delegation/delegations/" + id + "/return")).json();
        assertEquals(3, record.getJsonArray("missing").size(), record::toString);
        JsonObject evaluationDue = record.getJsonArray("missing").getJsonObject(0);
        assertEquals("2026-06-16", evaluationDue.getString("due"), "with the trip report: 7 working days after a Friday return");
        assertEquals(14, evaluationDue.getInt("daysOverdue"));
        assertEquals("2026-07-05", record.getJsonArray("missing").getJsonObject(2).getString("due"));
        // the inbox: the audit due in 5 days is a warning (under the first member); the overdue evaluations are not
        assertEquals(List.of("RETURN_AUDIT " + head + " 2026-07-05 5"), warnings(unit, "7"));

        String evaluations = "delegation/delegations/" + id + "/evaluations";
        expect(422, api.post(evaluations, Api.obj("personId", head, "filedOn", "2026-06-04", "conduct", "表现良好", "leaderOpinion", "同意",
                "reviewedByUnit", "瑞安市投资促进局")));
        expect(200, api.post(evaluations, Api.obj("personId", head, "filedOn", "2026-06-10", "conduct", "遵守外事纪律，表现良好",
                "leaderOpinion", "同意鉴定意见", "reviewedByUnit", "瑞安市投资促进局")));
        expect(409, api.post(evaluations, Api.obj("personId", head, "filedOn", "2026-06-11", "conduct", "改写", "leaderOpinion", "改写",
                "reviewedByUnit", "瑞安市投资促进局")));
        String audit = "delegation/delegations/" + id + "/audit";
        expect(422, api.post(audit, Api.obj("auditedOn", "2026-06-20", "auditor", "市财政局", "spentYuan", 52000, "disallowedYuan", 60000,
                "conclusion", "超支")));
        JsonObject audited = expect(200, api.post(audit, "{\"auditedOn\":\"2026-06-20\",\"auditor\":\"市财政局\",\"spentYuan\":52000.00,"
                + "\"disallowedYuan\":1200.50,\"conclusion\":\"购物支出不予报销\"}")).json();
        assertEquals(0, new java.math.BigDecimal("1200.50").compareTo(audited.getJsonObject("audit").getJsonNumber("disallowedYuan").bigDecimalValue()));
        expect(409, api.post(audit, Api.obj("auditedOn", "2026-06-21", "auditor", "市财政局", "spentYuan", 1, "disallowedYuan", 0,
                "conclusion", "再审")));
        JsonObject due = expect(200, api.get("delegation/reports/return-due?asOf=2026-06-30")).json().getJsonArray("delegations").stream()
                .map(JsonValue::asJsonObject).filter(d -> d.getJsonNumber("delegationId").longValue() == id).findFirst().orElseThrow();
        assertEquals(1, due.getJsonArray("missing").size());
        assertEquals(member, due.getJsonArray("missing").getJsonObject(0).getJsonNumber("personId").longValue());

        JsonObject stats = expect(200, api.get("delegation/reports/review-statistics?unit=" + unit + "&from=2026-06-01&to=2026-06-30")).json();
        assertEquals(1, stats.getInt("cases"));
        assertEquals(2, stats.getInt("people"));
        assertEquals(2, stats.getInt("official"));
        assertEquals(0, stats.getInt("privateTrips"));
        assertEquals(2, count(stats, "byPurpose", "TRADE"));
        assertEquals(1, count(stats, "byRank", "SECTION"), "a county bureau's deputy");
        assertEquals(1, count(stats, "byRank", "OTHER"));
        assertTrue(stats.getString("summary").contains("1件") && stats.getString("summary").contains("经贸活动2人次"), stats::toString);
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(
                api.getBytes("delegation/reports/review-statistics?unit=" + unit + "&from=2026-06-01&to=2026-06-30&format=xlsx")))) {
            var sheet = book.getSheetAt(0);
            assertEquals("涉及人次", sheet.getRow(0).getCell(4).getStringCellValue());
            assertEquals(2, (int) sheet.getRow(1).getCell(4).getNumericCellValue());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean absent(JsonObject o, String key) {
        return !o.containsKey(key) || o.isNull(key);
    }

    private static int count(JsonObject stats, String list, String code) {
        return stats.getJsonArray(list).stream().map(JsonValue::asJsonObject).filter(c -> c.getString("code").equals(code))
                .findFirst().orElseThrow().getInt("count");
    }

    @Test
    void aLeadersTripIsPostedFromAWeekBeforeDeparture() {
        String unit = unit(true, "瑞安市科技局", null);
        long leader = person("冯", unit);
        long staff = person("陈", unit);
        appoint(leader, unit, "DEPT_DEPUTY");
        Api.Answer missing = expect(422, submit(api, draft(api, unit, "2026-09-10", "2026-09-14", null, null, staff, leader)));
        assertEquals(List.of("members[1]"), fields(missing));
        assertTrue(reason(missing, "members[1]").contains("未公示"), missing::toString);
        Api.Answer shortNotice = expect(422, submit(api, draft(api, unit, "2026-09-10", "2026-09-14", "2026-09-04", "2026-09-10", staff, leader)));
        String why = reason(shortNotice, "members[1]");
        assertTrue(why.contains("2026-09-03") && why.contains("2026-09-04"), why);
        JsonObject ok = expect(200, submit(api, draft(api, unit, "2026-09-10", "2026-09-14", "2026-09-03", "2026-09-10", staff, leader))).json();
        assertEquals("2026-09-03", ok.getJsonObject("notice").getString("from"));
        assertEquals("单位政务公开栏", ok.getJsonObject("notice").getString("place"));
        expect(200, submit(api, draft(api, unit, "2026-09-20", "2026-09-24", null, null, staff)));
    }

    @Test
    void nobodyUnderDisciplinaryReviewIsSent() {
        String unit = unit(true, "瑞安市审计局", null);
        long underReview = person("褚", unit);
        long cleared = person("卫", unit);
        long colleague = person("蒋", unit);
        JsonObject open = expect(201, api.post("delegation/reviews", Api.obj("personId", underReview, "from", "2026-06-01",
                "basisDocument", "瑞纪〔2026〕11号"))).json();
        assertTrue(open.getBoolean("open"));
        long ended = expect(201, api.post("delegation/reviews", Api.obj("personId", cleared, "from", "2026-05-01",
                "basisDocument", "瑞纪〔2026〕5号"))).json().getJsonNumber("id").longValue();
        JsonObject end = expect(200, api.post("delegation/reviews/" + ended + "/end", Api.obj("date", "2026-06-30",
                "basisDocument", "瑞纪〔2026〕9号"))).json();
        assertEquals("2026-06-30", end.getString("to"));
        expect(409, api.post("delegation/reviews/" + ended + "/end", Api.obj("date", "2026-06-30", "basisDocument", "瑞纪〔2026〕9号")));
        assertEquals(1, expect(200, api.get("delegation/reviews?person=" + underReview)).json().getInt("total"));

        Api.Answer refused = expect(422, submit(api, draft(api, unit, "2026-07-01", "2026-07-05", null, null, colleague, underReview)));
        assertEquals(List.of("members[1]"), fields(refused));
        assertTrue(reason(refused, "members[1]").contains("纪律审查"), refused::toString);
        // the review ended the day before departure
        expect(200, submit(api, draft(api, unit, "2026-07-01", "2026-07-05", null, null, colleague, cleared)));
    }

    @Test
    void approvalChecksTheRulesAgainOnItsDay() {
        String unit = unit(true, "瑞安市文旅局", null);
        long member = person("沈", unit);
        long id = submitted(unit, "2026-08-20", "2026-08-26", member);
        Api cadre = account("CADRE_SUPERVISION", null);
        Api.Answer noDocument = expect(422, cadre.post("delegation/delegations/" + id + "/approve", "{}"));
        assertEquals(List.of("approvalDocument"), fields(noDocument));
        long review = expect(201, cadre.post("delegation/reviews", Api.obj("personId", member, "from", "2026-06-30",
                "basisDocument", "瑞纪〔2026〕21号"))).json().getJsonNumber("id").longValue();
        Api.Answer refused = expect(422, cadre.post("delegation/delegations/" + id + "/approve", Api.obj("approvalDocument", "瑞外〔2026〕3号")));
        assertEquals(List.of("members[0]"), fields(refused));
        assertEquals("SUBMITTED", status(id));
        expect(200, cadre.post("delegation/reviews/" + review + "/end", Api.obj("date", "2026-06-30", "basisDocument", "瑞纪〔2026〕22号")));
        JsonObject approved = expect(200, cadre.post("delegation/delegations/" + id + "/approve",
                Api.obj("approvalDocument", "瑞外〔2026〕3号"))).json();
        assertEquals("APPROVED", approved.getString("status"));
        assertEquals("2026-06-30", approved.getString("approvedOn"));
        expect(409, cadre.post("delegation/delegations/" + id + "/report", Api.obj("date", "2026-06-30", "summary", "未回国先报告")));
    }

    @Test
    void twoSubmissionsRacingForOnePersonsThirdTripLetExactlyOneThrough() {
        String unit = unit(true, "瑞安市发改局", null);
        for (int round = 0; round < 3; round++) {
            long traveller = person("韩", unit);
            submitted(unit, "2026-02-10", "2026-02-12", traveller);
            long a = draft(api, unit, "2026-08-01", "2026-08-05", null, null, traveller);
            long b = draft(api, unit, "2026-09-01", "2026-09-05", null, null, person("杨", unit), traveller);
            CompletableFuture<Api.Answer> fa = api.postAsync("delegation/delegations/" + a + "/submit", "{}");
            CompletableFuture<Api.Answer> fb = api.postAsync("delegation/delegations/" + b + "/submit", "{}");
            List<Integer> statuses = new ArrayList<>(List.of(fa.join().status(), fb.join().status()));
            statuses.sort(null);
            assertEquals(List.of(200, 422), statuses, () -> fa.join() + " / " + fb.join());
            long submittedTrips = expect(200, api.get("delegation/delegations?person=" + traveller + "&year=2026&status=SUBMITTED"))
                    .json().getInt("total");
            assertEquals(2, submittedTrips);
        }
    }

    @Test
    void theTripReportIsDueSevenWorkingDaysAfterTheReturn() {
        String unit = unit(true, "瑞安市教育局", null);
        long overMayDay = submitted(unit, "2026-04-25", "2026-04-30", person("朱", unit));
        long onTime = submitted(unit, "2026-06-01", "2026-06-05", person("秦", unit));
        for (long id : List.of(overMayDay, onTime)) {
            expect(409, api.post("delegation/delegations/" + id + "/return", Api.obj("date", "2026-04-30")));
            expect(200, api.post("delegation/delegations/" + id + "/approve", Api.obj("approvalDocument", "瑞外〔2026〕9号")));
        }
        JsonObject returned = expect(200, api.post("delegation/delegations/" + overMayDay + "/return", Api.obj("date", "2026-04-30"))).json();
        // 1–5 May are holidays, Saturday 9 May is worked: 6, 7, 8, 9, 11, 12, 13
        assertEquals("2026-05-13", returned.getString("reportDue"));
        JsonObject fridayReturn = expect(200, api.post("delegation/delegations/" + onTime + "/return", Api.obj("date", "2026-06-05"))).json();
        assertEquals("2026-06-16", fridayReturn.getString("reportDue"), "a Friday return: the next-but-one Tuesday");

        assertFalse(overdueIds("2026-05-13", "missing").contains(overMayDay), "due that day, not yet overdue");
        assertEquals(1, overdue("2026-05-14", "missing", overMayDay).getInt("daysOverdue"));
        expect(200, api.post("delegation/delegations/" + overMayDay + "/report", Api.obj("date", "2026-05-20", "summary", "考察报告")));
        expect(200, api.post("delegation/delegations/" + onTime + "/report", Api.obj("date", "2026-06-16", "summary", "按期报告")));
        assertEquals(2, overdue("2026-05-15", "missing", overMayDay).getInt("daysOverdue"), "filed after the day asked about");
        JsonObject late = overdue("2026-06-30", "late", overMayDay);
        assertEquals(7, late.getInt("daysOverdue"));
        assertEquals("2026-05-20", late.getString("reportedOn"));
        assertFalse(overdueIds("2026-06-30", "late").contains(onTime), "filed on its due day");
        assertFalse(overdueIds("2026-06-30", "missing").contains(onTime));
        JsonObject shown = expect(200, api.get("delegation/delegations/" + overMayDay)).json();
        assertEquals(7, shown.getInt("reportDaysLate"));
        assertEquals("REPORTED", shown.getString("status"));
        expect(409, api.post("delegation/delegations/" + overMayDay + "/cancel", Api.obj("reason", "已回国")));
    }

    private List<Long> overdueIds(String asOf, String list) {
        return expect(200, api.get("delegation/reports/overdue?asOf=" + asOf)).json().getJsonArray(list).stream()
                .map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    private JsonObject overdue(String asOf, String list, long id) {
        return expect(200, api.get("delegation/reports/overdue?asOf=" + asOf)).json().getJsonArray(list).stream()
                .map(JsonValue::asJsonObject).filter(o -> o.getJsonNumber("id").longValue() == id).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not in " + list + " as of " + asOf));
    }

    @Test
    void aUnitClerkWorksOnTheDelegationsOfTheirUnitsOnly() {
        String bureau = unit(true, "瑞安市水利局", null);
        String station = unit(false, "瑞安市水利工程管理站", bureau);
        String outside = unit(true, "瑞安市林业局", null);
        long own = person("许", station);
        long stranger = person("何", outside);
        Api clerk = account("UNIT_CLERK", bureau);
        long mine = draft(clerk, station, "2026-10-10", "2026-10-15", null, null, own);
        Api.Answer foreignUnit = expect(422, clerk.post("delegation/delegations", body(outside, "2026-10-10", "2026-10-15", null, null, own)));
        assertEquals(List.of("organiserUnitCode"), fields(foreignUnit));
        Api.Answer foreignPerson = expect(422, clerk.post("delegation/delegations", body(station, "2026-10-10", "2026-10-15", null, null, own, stranger)));
        assertEquals(List.of("members[1]"), fields(foreignPerson));
        long theirs = draft(api, outside, "2026-10-10", "2026-10-15", null, null, stranger);

        List<Long> listed = expect(200, clerk.get("delegation/delegations?limit=500")).json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
        assertTrue(listed.contains(mine) && !listed.contains(theirs), listed::toString);
        expect(404, clerk.get("delegation/delegations/" + theirs));
        expect(404, clerk.post("delegation/delegations/" + theirs + "/submit", "{}"));
        expect(200, submit(clerk, mine));
        Api.Answer approve = expect(403, clerk.post("delegation/delegations/" + mine + "/approve", Api.obj("approvalDocument", "x")));
        assertFalse(approve.json().getString("detail").isBlank());
        expect(403, clerk.get("delegation/reviews"));
        expect(403, clerk.post("delegation/reviews", Api.obj("personId", own, "from", "2026-06-01", "basisDocument", "x")));
        for (String role : List.of("INSPECTOR", "COMPLAINT_HANDLER")) {
            Api other = account(role, null);
            expect(403, other.get("delegation/delegations"));
            expect(403, other.get("delegation/reports/overdue"));
        }
    }
}
