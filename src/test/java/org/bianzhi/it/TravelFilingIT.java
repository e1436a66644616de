package org.bianzhi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * 登记备案, 证件 and 集中保管台账 through the API: the rules of each step, a unit clerk's scope, and the checks
 * 应备尽备 / 应交尽交 as GET /travel/findings reports them on a date, each with its near miss.
 */
class TravelFilingIT extends ApiTest {

    private static final String PASSWORD = "Beian2026itest";
    private static final long RUN = System.currentTimeMillis() % 1_000_000L;
    private static final AtomicInteger SEQ = new AtomicInteger();

    // ---- helpers ----

    private Api account(String role, String unit) {
        String username = "filing-" + role.toLowerCase().replace('_', '-') + "-" + SEQ.incrementAndGet() + "-" + RUN;
        expect(201, api.post("accounts", Api.obj("username", username, "displayName", "备案测试", "password", PASSWORD,
                "role", role, "unitCode", unit)));
        return api.withToken(null).signIn(username, PASSWORD);
    }

    private long personAt(String unit, String category, String from) {
        long id = person(Fixtures.uniqueName("司马"), "CIVIL_SERVANT", LocalDate.of(1975, 4, 3)).getJsonNumber("id").longValue();
        if (category != null) appoint(id, unit, category, from);
        else expect(201, api.post("people/" + id + "/postings", Api.obj("unitCode", unit, "postType", "ADMINISTRATIVE_POST",
                "validFrom", from, "basisDocument", "存量登记")));
        return id;
    }

    private long appoint(long person, String unit, String category, String from) {
        return expect(201, api.post("people/" + person + "/appointments", Api.obj("unitCode", unit, "category", category,
                "validFrom", from, "basisDocument", "瑞委〔" + from.substring(0, 4) + "〕9号"))).json().getJsonNumber("id").longValue();
    }

    private JsonObject file(long person, String category, String since, String reportedOn) {
        return expect(201, api.post("travel/filings", Api.obj("personId", person, "category", category, "department", "瑞安市委组织部",
                "since", since, "reportedOn", reportedOn, "basisDocument", "瑞组〔2026〕1号"))).json().getJsonObject("filing");
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    private static String passport() {
        return String.format("E%08d", (RUN * 100 + SEQ.incrementAndGet()) % 100_000_000L);
    }

    private long document(long person, String number, String declaredOn) {
        return id(expect(201, api.post("travel/documents", Api.obj("lateReason", "据原台账补录", "personId", person, "docType", "PASSPORT", "docNumber", number,
                "issuedOn", "2024-01-01", "expiresOn", "2034-01-01", "declaredOn", declaredOn, "basisDocument", "个人报告")))
                .json().getJsonObject("document"));
    }

    /** A move of the ledger; dated entries of the past carry the reason of a late entry (issue 21, item 1). */
    private Api.Answer move(long doc, String step, Object... fields) {
        Object[] all = java.util.Arrays.copyOf(fields, fields.length + 2);
        all[fields.length] = "lateReason";
        all[fields.length + 1] = "据原台账补录";
        return api.post("travel/documents/" + doc + "/" + step, Api.obj(all));
    }

    private List<JsonObject> findings(String rule, long person, String asOf) {
        return expect(200, api.get("travel/findings?rule=" + rule + "&person=" + person + "&asOf=" + asOf + "&limit=500")).json()
                .getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
    }

    private static Set<String> fields(Api.Answer a) {
        return a.json().getJsonArray("errors").stream().map(v -> v.asJsonObject().getString("field")).collect(Collectors.toSet());
    }


    private ApprovalChain chain;

    /** A private-travel application of the person, submitted (and approved when {@code approve}) through the approval desk's API. */
    private long application(long person, String departs, String returns, boolean approve) {
        long a = id(expect(201, api.post("travel/applications", Api.obj("personId", person, "destinations", "[\"日本\"]",
                "purpose", "TOURISM", "departsOn", departs, "returnsOn", returns))).json());
        if (approve) {
            if (chain == null) chain = new ApprovalChain(api);
            chain.agree(a);
            expect(200, api.post("travel/applications/" + a + "/approve", Api.obj("decisionDocument", "瑞组干监〔2026〕9号")));
        }
        return a;
    }

    /** A filed person with a passport in custody since 2026-06-01. */
    private long[] filedWithDocumentHeld(String unit) {
        long person = personAt(unit, "UNIT_PRINCIPAL", "2026-01-01");
        file(person, "TOWNSHIP_LEADER", "2026-01-01", "2026-01-05");
        long doc = document(person, passport(), "2026-05-28");
        expect(200, move(doc, "hand-in", "date", "2026-06-01"));
        return new long[] {person, doc};
    }

    // ---- filing ----

    private JsonObject requiredOf(String unit, long person, String asOf) {
        return expect(200, api.get("travel/filings/required?unit=" + unit + (asOf == null ? "" : "&asOf=" + asOf))).items().stream()
                .map(JsonValue::asJsonObject).filter(r -> r.getJsonObject("person").getJsonNumber("id").longValue() == person)
                .findFirst().orElse(null);
    }

    @Test
    void theCategoryComesFromTheRankAndACadreWhoLeftThePostIsStillRequiredUntilRetirement() {
        String court = unit(true, "瑞安市人民法院", null);
        long president = personAt(court, "UNIT_PRINCIPAL", "2024-01-01");
        expect(200, api.edit("people/" + president, Api.obj("rank", "COUNTY", "household", "浙江省瑞安市安阳街道",
                "factsFrom", "2024-01-01", "basisDocument", "瑞委〔2024〕1号")));
        assertEquals("COUNTY_LEVEL_CADRE", requiredOf(court, president, null).getString("suggestedCategory"),
                "a county-level unit's principal of 县处级 rank is not 乡科级");
        JsonObject dossier = expect(200, api.get("people/" + president)).json();
        assertEquals("COUNTY", dossier.getJsonObject("person").getString("rank"));
        assertEquals("浙江省瑞安市安阳街道", dossier.getJsonObject("person").getString("household"));
        assertEquals(2, dossier.getJsonArray("facts").size());
        // promoted on 2026-03-01: the old rank stays in the record, closed
        expect(200, api.edit("people/" + president, Api.obj("rank", "BUREAU", "factsFrom", "2026-03-01", "basisDocument", "浙委〔2026〕2号")));
        List<JsonObject> ranks = expect(200, api.get("people/" + president)).json().getJsonArray("facts").stream()
                .map(JsonValue::asJsonObject).filter(f -> f.getString("kind").equals("RANK")).toList();
        assertEquals(List.of("COUNTY 2024-01-01 2026-03-01", "BUREAU 2026-03-01 null"), ranks.stream().map(f -> f.getString("value") + " "
                + f.getString("validFrom") + " " + (f.containsKey("validTo") ? f.getString("validTo") : "null")).toList());
        Api.Answer backdated = expect(409, api.edit("people/" + president, Api.obj("rank", "COUNTY", "factsFrom", "2025-01-01",
                "basisDocument", "x")));
        assertTrue(backdated.raw().contains("2026-03-01"), "history is appended, not rewritten: " + backdated.raw());
        assertEquals(Set.of("rank"), fields(expect(422, api.edit("people/" + president, Api.obj("rank", "正处", "basisDocument", "x")))));
        // a case left without 干部级别 takes the rank on record on the day it was found
        JsonObject earlier = expect(201, api.post("travel/cases", Api.obj("personId", president, "problemClass", "UNDECLARED_TRIP",
                "description", "自查发现未报告出国情况", "foundOn", "2025-06-01"))).json();
        assertEquals("COUNTY", earlier.getString("cadreRank"), "县处级 on 2025-06-01");
        JsonObject later = expect(201, api.post("travel/cases", Api.obj("personId", president, "problemClass", "UNDECLARED_TRIP",
                "description", "自查发现未报告出国情况", "foundOn", "2026-04-01"))).json();
        assertEquals("BUREAU", later.getString("cadreRank"), "厅局级 from 2026-03-01");
        assertEquals(Set.of("cadreRank"), fields(expect(422, api.post("travel/cases", Api.obj("personId", president,
                "problemClass", "UNDECLARED_TRIP", "description", "x", "foundOn", "2023-06-01")))), "no rank on record then");

        // a 乡科级 deputy with an occupancy leaves the post (已退出现职) and stays required under the same category
        String bureau = unit(true, "瑞安市档案局", null);
        long deputy = personAt(bureau, null, "2020-01-01");
        long appointment = appoint(deputy, bureau, "UNIT_DEPUTY", "2020-01-01");
        expect(200, api.edit("people/" + deputy, Api.obj("rank", "TOWNSHIP", "factsFrom", "2020-01-01", "basisDocument", "x")));
        expect(200, api.post("appointments/" + appointment + "/end", Api.obj("endDate", "2026-03-01", "basisDocument", "瑞委〔2026〕5号")));
        JsonObject left = requiredOf(bureau, deputy, "2026-06-30");
        assertEquals("TOWNSHIP_LEADER", left.getString("suggestedCategory"));
        assertTrue(left.getString("post").startsWith("已退出现职"), left::toString);
        assertEquals("2020-01-01", left.getString("since"));
    }

    @Test
    void aCountyUnitHeadMustBeFiledAndTheFilingReportedWithinThirtyDays() {
        String unit = unit(true, "瑞安市统计局", null);
        long head = personAt(unit, "UNIT_PRINCIPAL", "2026-01-10");
        assertTrue(findings("FILING_MISSING", head, "2026-01-09").isEmpty(), "not yet appointed");
        List<JsonObject> missing = findings("FILING_MISSING", head, "2026-06-30");
        assertEquals(1, missing.size(), missing::toString);
        assertEquals("2026-01-10", missing.get(0).getString("date"));
        assertTrue(missing.get(0).getString("message").contains("单位正职"), missing.get(0)::toString);

        JsonObject required = expect(200, api.get("travel/filings/required?unit=" + unit)).items().stream()
                .map(JsonValue::asJsonObject).filter(r -> r.getJsonObject("person").getJsonNumber("id").longValue() == head)
                .findFirst().orElseThrow();
        assertTrue(!required.containsKey("suggestedCategory") || required.isNull("suggestedCategory"),
                "no rank recorded: no guessed category");
        assertEquals("职级未登记", required.getString("suggestedCategoryLabel"));
        assertEquals("2026-01-10", required.getString("since"));
        assertEquals(false, required.getBoolean("filed"));
        // the rank recorded from the appointment day: the category follows it
        expect(200, api.edit("people/" + head, Api.obj("rank", "乡科级", "factsFrom", "2026-01-10", "basisDocument", "瑞委〔2026〕9号")));
        required = requiredOf(unit, head, null);
        assertEquals("TOWNSHIP_LEADER", required.getString("suggestedCategory"));
        assertEquals("乡科级", required.getString("rankLabel"));

        var beforeBirth = expect(422, api.post("travel/filings", Api.obj("personId", head, "category", "TOWNSHIP_LEADER",
                "department", "瑞安市委组织部", "since", "1970-01-01", "basisDocument", "瑞组〔2026〕1号")));
        assertEquals(Set.of("since"), fields(beforeBirth), "the person was born in 1975");
        assertTrue(beforeBirth.json().getString("detail").contains("早于出生日期 1975-04-03"), beforeBirth::toString);
        JsonObject filing = file(head, "TOWNSHIP_LEADER", "2026-05-01", null);
        assertEquals("NOT_FILED", filing.getString("status"));
        assertTrue(findings("FILING_MISSING", head, "2026-06-30").isEmpty(), "filed now");
        var again = expect(409, api.post("travel/filings", Api.obj("personId", head, "category", "OTHER", "department", "组织部",
                "since", "2026-06-01", "basisDocument", "x")));
        assertEquals(Set.of("personId"), fields(again));

        assertTrue(findings("FILING_REPORT_OVERDUE", head, "2026-05-31").isEmpty(), "day 30: still in time");
        List<JsonObject> overdue = findings("FILING_REPORT_OVERDUE", head, "2026-06-01");
        assertEquals(1, overdue.size());
        assertTrue(overdue.get(0).getString("message").contains("新增") && overdue.get(0).getString("message").contains("逾期 1 天"),
                overdue.get(0)::toString);

        long fid = id(filing);
        assertEquals(Set.of("reportedOn"), fields(expect(422, api.post("travel/filings/" + fid + "/report",
                Api.obj("reportedOn", "2026-04-30")))));
        assertEquals(Set.of("reportedOn"), fields(expect(422, api.post("travel/filings/" + fid + "/report",
                Api.obj("reportedOn", "2026-07-01")))));
        JsonObject reported = expect(200, api.post("travel/filings/" + fid + "/report", Api.obj("reportedOn", "2026-06-05",
                "basisDocument", "报备回执"))).json().getJsonObject("filing");
        assertEquals("FILED", reported.getString("status"));
        expect(409, api.post("travel/filings/" + fid + "/report", Api.obj("reportedOn", "2026-06-06")));
        assertTrue(findings("FILING_REPORT_OVERDUE", head, "2026-06-30").get(0).getString("message").contains("逾期 5 天"),
                "reported five days late");

        JsonObject changed = expect(200, api.post("travel/filings/" + fid + "/change", Api.obj("department", "瑞安市委组织部干部监督科",
                "effectiveOn", "2026-06-20", "basisDocument", "瑞组〔2026〕2号"))).json().getJsonObject("filing");
        assertEquals(fid, changed.getJsonNumber("changeOf").longValue());
        assertEquals("NOT_FILED", changed.getString("status"));
        expect(409, api.post("travel/filings/" + fid + "/change", Api.obj("category", "OTHER", "effectiveOn", "2026-06-21",
                "basisDocument", "x")));
        assertEquals(Set.of("effectiveOn"), fields(expect(422, api.post("travel/filings/" + id(changed) + "/change",
                Api.obj("category", "OTHER", "effectiveOn", "2026-06-19", "basisDocument", "x")))));
        JsonObject changeFiled = expect(200, api.post("travel/filings/" + id(changed) + "/report", Api.obj("reportedOn", "2026-06-25")))
                .json().getJsonObject("filing");
        assertEquals("CHANGE_FILED", changeFiled.getString("status"));

        var history = expect(200, api.get("travel/people/" + head + "/filing")).array();
        assertEquals(2, history.size());
        assertEquals("2026-06-20", history.getJsonObject(0).getString("validTo"));
        assertEquals(2, expect(200, api.get("travel/filings/" + fid)).json().getJsonArray("history").size());
        assertTrue(expect(200, api.get("changes?person=" + head)).json().toString().contains("变更登记备案"), "in the change log");
    }

    @Test
    void aFilingOutlivingItsPostIsOutdatedAfterThirtyDaysUntilEnded() {
        String unit = unit(true, "瑞安市档案局", null);
        long deputy = personAt(unit, null, "2020-01-01");
        long appointment = appoint(deputy, unit, "UNIT_DEPUTY", "2020-01-01");
        JsonObject filing = file(deputy, "TOWNSHIP_LEADER", "2020-01-01", "2020-01-05");
        expect(200, api.post("appointments/" + appointment + "/end", Api.obj("endDate", "2026-05-01", "basisDocument", "瑞委〔2026〕3号")));
        assertTrue(findings("FILING_OUTDATED", deputy, "2026-05-31").isEmpty(), "day 30 after leaving the post");
        List<JsonObject> outdated = findings("FILING_OUTDATED", deputy, "2026-06-01");
        assertEquals(1, outdated.size());
        assertEquals("2026-05-01", outdated.get(0).getString("date"));

        assertEquals(Set.of("reason"), fields(expect(422, api.post("travel/filings/" + id(filing) + "/end",
                Api.obj("endDate", "2026-05-15", "basisDocument", "x")))));
        expect(200, api.post("travel/filings/" + id(filing) + "/end", Api.obj("endDate", "2026-05-15", "reason", "不再担任领导职务",
                "basisDocument", "瑞组〔2026〕5号")));
        assertTrue(findings("FILING_OUTDATED", deputy, "2026-06-30").isEmpty(), "ended");
        expect(409, api.post("travel/filings/" + id(filing) + "/end", Api.obj("endDate", "2026-05-20", "reason", "x", "basisDocument", "x")));
    }

    @Test
    void aUnitClerkSeesOnlyTheFilingsAndDocumentsOfTheirUnit() {
        String own = unit(true, "瑞安市民政局", null);
        String other = unit(true, "瑞安市水利局", null);
        long mine = personAt(own, "UNIT_DEPUTY", "2025-01-01");
        long theirs = personAt(other, "UNIT_DEPUTY", "2025-01-01");
        long mineFiling = id(file(mine, "TOWNSHIP_LEADER", "2025-01-01", "2025-01-10"));
        long theirFiling = id(file(theirs, "TOWNSHIP_LEADER", "2025-01-01", "2025-01-10"));
        long theirDoc = document(theirs, passport(), "2025-01-01");
        Api clerk = account("UNIT_CLERK", own);

        var listed = expect(200, clerk.get("travel/filings?limit=500")).json().getJsonArray("items").stream()
                .map(v -> id(v.asJsonObject())).collect(Collectors.toSet());
        assertTrue(listed.contains(mineFiling) && !listed.contains(theirFiling), listed::toString);
        expect(404, clerk.get("travel/filings/" + theirFiling));
        expect(404, clerk.get("travel/people/" + theirs + "/filing"));
        expect(404, clerk.post("travel/filings", Api.obj("personId", theirs, "category", "OTHER", "department", "x",
                "since", "2026-01-01", "basisDocument", "x")));
        expect(404, clerk.get("travel/documents/" + theirDoc));
        expect(404, clerk.post("travel/documents/" + theirDoc + "/hand-in", Api.obj("lateReason", "据原台账补录", "date", "2026-06-01")));
        assertTrue(expect(200, clerk.get("travel/documents?limit=500")).json().getJsonArray("items").stream()
                .noneMatch(v -> id(v.asJsonObject()) == theirDoc));
        assertTrue(expect(200, clerk.get("travel/filings/required")).items().stream()
                .noneMatch(v -> v.asJsonObject().getJsonObject("person").getJsonNumber("id").longValue() == theirs));
        long mineDoc = document(mine, passport(), "2025-01-01");
        expect(200, clerk.post("travel/documents/" + mineDoc + "/hand-in", Api.obj("lateReason", "据原台账补录", "date", "2025-01-05")));
    }

    @Test
    void theQueryTableOfSeedTwoListsFiledPeopleWithTheirDocuments() {
        String unit = unit(true, "瑞安市科技局", null);
        long withDoc = personAt(unit, "UNIT_PRINCIPAL", "2024-01-01");
        long without = personAt(unit, "UNIT_DEPUTY", "2024-01-01");
        file(withDoc, "TOWNSHIP_LEADER", "2024-01-01", "2024-01-10");
        file(without, "TOWNSHIP_LEADER", "2024-01-01", null);
        String number = passport();
        long doc = document(withDoc, number, "2024-01-01");
        expect(200, move(doc, "hand-in", "date", "2024-01-03"));
        Api.Answer csv = expect(200, api.get("travel/filings?unit=" + unit + "&format=csv"));
        String[] lines = csv.raw().replace("\uFEFF", "").split("\r?\n");
        assertTrue(lines[0].startsWith("序号,姓,名,性别,身份证号,出生日期（8位）,现任职务（职级）,户口所在地,登记备案人员类型,人事主管部门,"
                + "是否持有因私出国（境）证件,因私出国（境）证件号,证件是否交由组织集中保管,登记备案状态"), lines[0]);
        assertEquals(3, lines.length, csv.raw());
        String withRow = List.of(lines).stream().filter(l -> l.contains(number)).findFirst().orElseThrow();
        assertTrue(withRow.contains("19750403") && withRow.contains("单位正职") && withRow.contains(",是,") && withRow.endsWith("已备案"), withRow);
        String withoutRow = List.of(lines).stream().filter(l -> l.contains(",无,")).findFirst().orElseThrow();
        assertTrue(withoutRow.endsWith("未备案") && withoutRow.contains(",否,无,"), withoutRow);
        Api.Answer xlsx = expect(200, api.get("travel/filings?unit=" + unit + "&status=FILED&format=xlsx"));
        assertTrue(xlsx.contentType().startsWith("application/vnd.openxmlformats"), xlsx.contentType());
    }

    // ---- documents and custody ----

    @Test
    void documentsAreRefusedWithTheFieldAtFault() {
        String unit = unit(true, "瑞安市商务局", null);
        long person = personAt(unit, "UNIT_DEPUTY", "2024-01-01");
        var malformed = expect(422, api.post("travel/documents", Api.obj("lateReason", "据原台账补录", "personId", person, "docType", "PASSPORT",
                "docNumber", "E1234", "declaredOn", "2026-01-01")));
        assertEquals(Set.of("docNumber"), fields(malformed));
        assertEquals(Set.of("docNumber"), fields(expect(422, api.post("travel/documents", Api.obj("lateReason", "据原台账补录", "personId", person,
                "docType", "TAIWAN_PERMIT", "docNumber", "T12345678", "declaredOn", "2026-01-01")))));
        assertEquals(Set.of("expiresOn"), fields(expect(422, api.post("travel/documents", Api.obj("lateReason", "据原台账补录", "personId", person,
                "docType", "PASSPORT", "docNumber", passport(), "issuedOn", "2024-01-01", "expiresOn", "2023-12-31",
                "declaredOn", "2026-01-01")))));
        String number = passport();
        long doc = document(person, number, "2026-01-01");
        assertEquals(Set.of("docNumber"), fields(expect(409, api.post("travel/documents", Api.obj("lateReason", "据原台账补录", "personId", person,
                "docType", "因私护照", "docNumber", number.toLowerCase(), "declaredOn", "2026-01-01")))));
        expect(409, api.put("travel/documents/" + doc, Api.obj("expiresOn", "2035-01-01", "version", 99)));
        long version = expect(200, api.get("travel/documents/" + doc)).json().getJsonObject("document").getJsonNumber("version").longValue();
        JsonObject corrected = expect(200, api.put("travel/documents/" + doc, Api.obj("expiresOn", "2035-01-01", "version", version)))
                .json().getJsonObject("document");
        assertEquals("2035-01-01", corrected.getString("expiresOn"));

        expect(200, move(doc, "hand-in", "date", "2026-01-03"));
        var twice = expect(409, move(doc, "hand-in", "date", "2026-01-04"));
        assertTrue(twice.json().getString("detail").contains("集中保管"), twice::toString);
        assertTrue(expect(409, move(doc, "return", "date", "2026-01-04")).json().getString("detail").contains("集中保管"));
        assertEquals(Set.of("applicationId"), fields(expect(422, move(doc, "check-out", "date", "2026-01-04"))));
        assertEquals(Set.of("applicationId"), fields(expect(422, move(doc, "check-out", "date", "2026-01-04", "applicationId", 999999999L))));
        assertEquals(Set.of("date"), fields(expect(422, move(doc, "release", "date", "2026-01-02", "reason", "调离"))));
        expect(200, api.post("travel/documents/" + doc + "/cancel", Api.obj("lateReason", "据原台账补录", "date", "2026-02-01", "reason", "遗失")));
        assertTrue(expect(409, move(doc, "check-out", "date", "2026-02-02", "applicationId", 1L)).json().getString("detail").contains("注销"));
        JsonObject released = expect(200, move(doc, "release", "date", "2026-02-02", "reason", "证件注销")).json();
        assertEquals("RELEASED", released.getJsonObject("document").getString("custody"));
        assertEquals(2, released.getJsonArray("ledger").size());
    }

    @Test
    void documentsOfFiledPeopleMustBeHandedInWithinSevenDays() {
        String unit = unit(true, "瑞安市交通运输局", null);
        long late = personAt(unit, "UNIT_PRINCIPAL", "2026-06-01");
        long onTime = personAt(unit, "UNIT_DEPUTY", "2026-06-01");
        file(late, "TOWNSHIP_LEADER", "2026-06-01", "2026-06-02");
        file(onTime, "TOWNSHIP_LEADER", "2026-06-01", "2026-06-02");
        String number = passport();
        long lateDoc = document(late, number, "2026-05-01");
        long onTimeDoc = document(onTime, passport(), "2026-05-01");
        assertTrue(findings("DOCUMENT_NOT_IN_CUSTODY", late, "2026-06-08").isEmpty(), "day 7");
        List<JsonObject> notHeld = findings("DOCUMENT_NOT_IN_CUSTODY", late, "2026-06-09");
        assertEquals(1, notHeld.size());
        assertEquals("PASSPORT:" + number, notHeld.get(0).getString("subject"));

        expect(200, move(lateDoc, "hand-in", "date", "2026-06-10"));
        expect(200, move(onTimeDoc, "hand-in", "date", "2026-06-08"));
        assertTrue(findings("DOCUMENT_NOT_IN_CUSTODY", late, "2026-06-30").isEmpty(), "held now");
        List<JsonObject> handedInLate = findings("DOCUMENT_HANDED_IN_LATE", late, "2026-06-30");
        assertEquals(1, handedInLate.size());
        assertTrue(handedInLate.get(0).getString("message").contains("逾期 2 天"), handedInLate.get(0)::toString);
        assertTrue(findings("DOCUMENT_HANDED_IN_LATE", onTime, "2026-06-30").isEmpty(), "handed in on day 7");

        JsonObject summary = expect(200, api.get("travel/custody?unit=" + unit + "&asOf=2026-06-09")).json();
        JsonObject passports = summary.getJsonArray("lines").stream().map(JsonValue::asJsonObject)
                .filter(l -> l.getString("type").equals("PASSPORT")).findFirst().orElseThrow();
        assertEquals(2, passports.getInt("expected"));
        assertEquals(1, passports.getInt("held"), "one handed in by the 9th");
        assertEquals(1, summary.getJsonObject("movements").getJsonArray("items").size());
    }
    @Test
    void aCheckOutNeedsAnApprovedApplicationOfTheHolderAndTheReturnIsWatched() {
        String unit = unit(true, "瑞安市文化旅游局", null);
        long[] held = filedWithDocumentHeld(unit);
        long person = held[0];
        long doc = held[1];
        long submitted = application(person, "2026-07-01", "2026-07-05", false);
        assertEquals(Set.of("applicationId"), fields(expect(422, move(doc, "check-out", "date", "2026-06-30", "applicationId", submitted))));
        long stranger = personAt(unit, "UNIT_DEPUTY", "2026-01-01");
        long theirs = application(stranger, "2026-07-01", "2026-07-05", true);
        assertEquals(Set.of("applicationId"), fields(expect(422, move(doc, "check-out", "date", "2026-06-30", "applicationId", theirs))));

        long approved = application(person, "2026-07-01", "2026-07-05", true);
        JsonObject out = expect(200, move(doc, "check-out", "date", "2026-06-30", "applicationId", approved)).json();
        assertEquals("CHECKED_OUT", out.getJsonObject("document").getString("custody"));
        assertTrue(expect(409, move(doc, "check-out", "date", "2026-06-30", "applicationId", approved)).json().getString("detail")
                .contains("已领用"));

        assertTrue(findings("DOCUMENT_NOT_RETURNED", person, "2026-07-15").isEmpty(), "day 10 after the approved return");
        List<JsonObject> notReturned = findings("DOCUMENT_NOT_RETURNED", person, "2026-07-16");
        assertEquals(1, notReturned.size());
        assertTrue(notReturned.get(0).getString("message").contains("逾期 1 天"), notReturned.get(0)::toString);
        assertTrue(findings("DOCUMENT_NOT_IN_CUSTODY", person, "2026-07-15").isEmpty(), "out on an approved trip, not yet due");
        assertEquals(1, findings("DOCUMENT_NOT_IN_CUSTODY", person, "2026-07-16").size());

        expect(200, move(doc, "return", "date", "2026-06-30"));
        assertTrue(findings("DOCUMENT_NOT_RETURNED", person, "2026-07-16").isEmpty(), "returned");
        assertTrue(findings("DOCUMENT_NOT_IN_CUSTODY", person, "2026-07-16").isEmpty());
    }

    @Test
    void twoClerksCheckingOutOneDocumentAtOnceOnlyOneSucceeds() {
        String unit = unit(true, "瑞安市外事办公室", null);
        long[] held = filedWithDocumentHeld(unit);
        long approved = application(held[0], "2026-07-01", "2026-07-05", true);
        List<CompletableFuture<Api.Answer>> requests = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            requests.add(api.postAsync("travel/documents/" + held[1] + "/check-out", Api.obj("lateReason", "据原台账补录", "date", "2026-06-30", "applicationId", approved)));
        }
        List<Api.Answer> answers = requests.stream().map(CompletableFuture::join).toList();
        assertEquals(1, answers.stream().filter(a -> a.status() == 200).count(), answers::toString);
        assertTrue(answers.stream().filter(a -> a.status() != 200).allMatch(a -> a.status() == 409
                && a.json().getString("code").equals("custody-state")), answers::toString);
        JsonObject detail = expect(200, api.get("travel/documents/" + held[1])).json();
        assertEquals(2, detail.getJsonArray("ledger").size(), "one hand-in, one check-out");
    }
}
