package org.bianzhi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * 因私出国（境）审批, 个人报告 and 违规问题处理: the application's flow with its numbers, every refusal of the decision
 * rules, a clerk's scope, the import of past approvals, the check 审批把关不严, and cases with their handlings.
 */
class TravelApplicationIT extends ApiTest {

    private static final String PASSWORD = "Chujing2026itest";
    private static int accounts;

    private Api account(String role, String unit) {
        String username = "travel-" + role.toLowerCase().replace('_', '-') + "-" + (++accounts) + "-" + System.nanoTime() % 100000;
        expect(201, api.post("accounts", Api.obj("username", username, "displayName", "出国境测试", "password", PASSWORD,
                "role", role, "unitCode", unit)));
        return api.withToken(null).signIn(username, PASSWORD);
    }

    /** A person with an occupancy at {@code unit} since 2021. */
    private long personAt(String unit, String surname) {
        return id(personJson(unit, surname));
    }

    /** The person as registered (name, full ID number), with an occupancy at {@code unit} since 2021. */
    private JsonObject personJson(String unit, String surname) {
        JsonObject p = person(Fixtures.uniqueName(surname), "CIVIL_SERVANT", LocalDate.of(1975, 3, 3));
        expect(201, api.post("people/" + id(p) + "/occupancies", Api.obj("unitCode", unit, "quotaType", "ADMINISTRATIVE",
                "validFrom", "2021-01-01", "entryRoute", "EXAM", "increaseNoticeNumber", "Z2021-00001", "basisDocument", "存量登记")));
        return p;
    }

    private String unitWithQuota(String name) {
        String unit = unit(true, name, null);
        approveQuota(unit, "ADMINISTRATIVE", 20, "2020-01-01");
        return unit;
    }

    private static String apply(long person, String departs, String returns, String... destinations) {
        return Api.obj("personId", person, "destinations", "[" + java.util.Arrays.stream(destinations).map(d -> "\"" + d + "\"")
                .collect(Collectors.joining(",")) + "]", "purpose", "FAMILY_VISIT", "purposeNote", "探望子女",
                "departsOn", departs, "returnsOn", returns);
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    private static Set<String> fields(Api.Answer a) {
        return a.json().getJsonArray("errors").stream().map(v -> v.asJsonObject().getString("field")).collect(Collectors.toSet());
    }

    private ApprovalChain chain;

    /** Both opinions 同意, from a clerk of the person's unit and a discipline-inspection account. */
    private JsonObject opinions(long application) {
        if (chain == null) chain = new ApprovalChain(api);
        return chain.agree(application);
    }

    private static String decision(String document, String note) {
        return Api.obj("decisionDocument", document, "note", note);
    }

    @Test
    void anApplicationIsNumberedGivenItsOpinionsAndApproved() {
        String unit = unitWithQuota("瑞安市审计局");
        long person = personAt(unit, "周");
        Api office = account("CADRE_SUPERVISION", null);
        JsonObject a = expect(201, office.post("travel/applications", apply(person, "2026-07-10", "2026-07-20", "中国香港", "日本、香港特别行政区")))
                .json();
        assertTrue(a.getString("number").matches("CG2026-\\d{5}"), a::toString);
        assertEquals(List.of("日本", "香港"), a.getJsonArray("destinations").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).sorted().toList(), "normalised, each once");
        assertEquals(List.of("SUBMITTED", "DESK", "2026-06-30", unit), List.of(a.getString("status"),
                a.getString("source"), a.getString("appliedOn"), a.getJsonObject("person").getString("unitCode")));
        assertEquals(Set.of("OPINIONS"), a.getJsonArray("blockers").stream().map(b -> b.asJsonObject().getString("rule"))
                .collect(Collectors.toSet()), "without opinions it may not be approved yet");
        // the next application takes the next number: gapless
        JsonObject b = expect(201, office.post("travel/applications", apply(person, "2026-08-01", "2026-08-03", "泰国"))).json();
        int first = Integer.parseInt(a.getString("number").substring(7));
        assertEquals(String.format("CG2026-%05d", first + 1), b.getString("number"));

        Api clerk = account("UNIT_CLERK", unit);
        expect(200, clerk.post("travel/applications/" + id(a) + "/unit-opinion", Api.obj("verdict", "同意", "text", "同意", "by", "王主任")));
        JsonObject withOpinions = expect(200, account("DISCIPLINE_INSPECTION", null).post("travel/applications/" + id(a)
                + "/discipline-opinion", Api.obj("verdict", "AGREE", "text", "无违纪问题，同意"))).json();
        assertEquals(List.of("同意", "王主任", "2026-06-30", "无违纪问题，同意", "AGREE", "AGREE"), List.of(withOpinions.getString("unitOpinion"),
                withOpinions.getString("unitOpinionBy"), withOpinions.getString("unitOpinionOn"), withOpinions.getString("disciplineOpinion"),
                withOpinions.getString("unitVerdict"), withOpinions.getString("disciplineVerdict")));
        assertEquals(0, withOpinions.getJsonArray("blockers").size());
        JsonObject approved = expect(200, office.post("travel/applications/" + id(a) + "/approve", decision("瑞组干监〔2026〕8号", null)))
                .json();
        assertEquals(List.of("APPROVED", "2026-06-30", "瑞组干监〔2026〕8号"), List.of(approved.getString("status"),
                approved.getString("decidedOn"), approved.getString("decisionDocument")));
        assertTrue(!approved.containsKey("blockers"), "a decided application has nothing to block");
        // (d) decided once only
        Api.Answer again = expect(409, office.post("travel/applications/" + id(a) + "/reject", decision("瑞组干监〔2026〕9号", "重复")));
        assertTrue(again.json().getString("detail").contains("已批准"), again::toString);
        expect(409, office.post("travel/applications/" + id(a) + "/withdraw", "{}"));

        // reject needs a note; withdraw
        assertEquals(Set.of("note"), fields(expect(422, office.post("travel/applications/" + id(b) + "/reject", decision("文号", null)))));
        assertEquals(Set.of("decisionDocument"), fields(expect(422, office.post("travel/applications/" + id(b) + "/approve", "{}"))));
        JsonObject withdrawn = expect(200, office.post("travel/applications/" + id(b) + "/withdraw", Api.obj("note", "行程取消"))).json();
        assertEquals("WITHDRAWN", withdrawn.getString("status"));

        JsonObject list = expect(200, office.get("travel/applications?person=" + person)).json();
        assertEquals(2, list.getInt("total"));
        assertEquals(1, expect(200, office.get("travel/applications?unit=" + unit + "&status=APPROVED")).json().getInt("total"));
        assertEquals(1, expect(200, office.get("travel/applications?person=" + person + "&from=2026-07-15")).json().getInt("total"));
        assertEquals(1, expect(200, office.get("travel/applications?person=" + person + "&to=2026-07-10")).json().getInt("total"));
        var changes = expect(200, api.get("changes?person=" + person)).raw();
        assertTrue(changes.contains("批准因私出国（境）") && changes.contains("撤回因私出国（境）申请"), changes);
    }

    @Test
    void badApplicationsAreRefusedWithTheirFields() {
        String unit = unitWithQuota("瑞安市商务局");
        long person = personAt(unit, "吴");
        assertEquals(Set.of("returnsOn"), fields(expect(422, api.post("travel/applications", apply(person, "2026-07-10", "2026-07-09", "日本")))));
        assertEquals(Set.of("destinations"), fields(expect(422, api.post("travel/applications", apply(person, "2026-07-10", "2026-07-12")))));
        assertEquals(Set.of("destinations"), fields(expect(422, api.post("travel/applications", apply(person, "2026-07-10", "2026-07-12", " 、")))));
        assertEquals(Set.of("departsOn"), fields(expect(422, api.post("travel/applications", apply(person, "2026-06-29", "2026-07-12", "日本")))));
        assertEquals(Set.of("personId", "purpose", "destinations", "departsOn", "returnsOn"),
                fields(expect(422, api.post("travel/applications", "{}"))));
        expect(404, api.post("travel/applications", apply(999999999L, "2026-07-10", "2026-07-12", "日本")));
        // near miss: departing today is allowed
        expect(201, api.post("travel/applications", apply(person, "2026-06-30", "2026-06-30", "日本")));
    }

    @Test
    void theDecisionRulesRefuseWithTheirReasons() {
        String unit = unitWithQuota("瑞安市科技局");
        long person = personAt(unit, "郑");
        long a = id(expect(201, api.post("travel/applications", apply(person, "2026-07-10", "2026-07-12", "新加坡"))).json());
        // (b) the opinions, one by one
        Api.Answer none = expect(409, api.post("travel/applications/" + a + "/approve", decision("文号1", null)));
        assertTrue(none.json().getString("detail").contains("所在单位意见和纪检意见"), none::toString);
        Api clerk = account("UNIT_CLERK", unit);
        Api discipline = account("DISCIPLINE_INSPECTION", null);
        expect(200, clerk.post("travel/applications/" + a + "/unit-opinion", Api.obj("verdict", "AGREE", "text", "同意")));
        Api.Answer half = expect(409, api.post("travel/applications/" + a + "/approve", decision("文号1", null)));
        assertEquals(Set.of("disciplineOpinion"), fields(half));
        assertTrue(half.json().getString("detail").contains("纪检意见"), half::toString);
        expect(200, discipline.post("travel/applications/" + a + "/discipline-opinion", Api.obj("verdict", "AGREE", "text", "同意")));
        assertEquals("SUBMITTED", expect(200, api.get("travel/applications/" + a)).json().getString("status"),
                "a refused approval changes nothing");
        expect(200, api.post("travel/applications/" + a + "/approve", decision("文号1", null)));
    }

    @Test
    void aClerkWorksOnTheirOwnPeopleAndDecidesNothing() {
        String mine = unitWithQuota("瑞安市档案局");
        String other = unitWithQuota("瑞安市气象局");
        long own = personAt(mine, "冯");
        long stranger = personAt(other, "陈");
        Api clerk = account("UNIT_CLERK", mine);
        long a = id(expect(201, clerk.post("travel/applications", apply(own, "2026-07-10", "2026-07-12", "韩国"))).json());
        expect(404, clerk.post("travel/applications", apply(stranger, "2026-07-10", "2026-07-12", "韩国")));
        long theirs = id(expect(201, api.post("travel/applications", apply(stranger, "2026-07-10", "2026-07-12", "韩国"))).json());
        expect(404, clerk.get("travel/applications/" + theirs));
        expect(404, clerk.post("travel/applications/" + theirs + "/unit-opinion", Api.obj("verdict", "AGREE", "text", "同意")));
        expect(200, clerk.post("travel/applications/" + a + "/unit-opinion", Api.obj("verdict", "AGREE", "text", "同意")));
        expect(403, clerk.post("travel/applications/" + a + "/discipline-opinion", Api.obj("verdict", "AGREE", "text", "同意")));
        expect(200, api.post("travel/applications/" + a + "/discipline-opinion", Api.obj("verdict", "AGREE", "text", "同意")));
        Api.Answer forbidden = expect(403, clerk.post("travel/applications/" + a + "/approve", decision("文号", null)));
        assertTrue(forbidden.json().getString("detail").contains("无权"), forbidden::toString);
        JsonObject list = expect(200, clerk.get("travel/applications")).json();
        assertEquals(Set.of(a), list.getJsonArray("items").stream().map(v -> id(v.asJsonObject())).collect(Collectors.toSet()));
        expect(404, clerk.get("travel/applications?unit=" + other));
    }

    @Test
    void twoDecidersAtOnceExactlyOneSucceeds() {
        String unit = unitWithQuota("瑞安市水利局");
        long person = personAt(unit, "褚");
        long a = id(expect(201, api.post("travel/applications", apply(person, "2026-07-10", "2026-07-12", "法国"))).json());
        Api one = account("CADRE_SUPERVISION", null);
        Api two = account("CADRE_SUPERVISION", null);
        opinions(a);
        for (int round = 0; round < 1; round++) {
            CompletableFuture<Api.Answer> x = one.postAsync("travel/applications/" + a + "/approve", decision("文号甲", null));
            CompletableFuture<Api.Answer> y = two.postAsync("travel/applications/" + a + "/approve", decision("文号乙", null));
            List<Integer> statuses = List.of(x.join().status(), y.join().status()).stream().sorted().toList();
            assertEquals(List.of(200, 409), statuses, () -> x.join() + " / " + y.join());
        }
        JsonObject decided = expect(200, api.get("travel/applications/" + a)).json();
        assertTrue(Set.of("文号甲", "文号乙").contains(decided.getString("decisionDocument")));
    }

    /**
     * Issue 21, item 5: two 不同意 refuse the approval (saying which), rejecting stays possible; one account may not give
     * two of the three steps, whatever its role; the unit opinion only from the unit's clerk; the right three accounts approve.
     */
    @Test
    void opinionsHaveVerdictsADisagreementBlocksAndThreeAccountsDecide() {
        String unit = unitWithQuota("瑞安市医保局");
        long person = personAt(unit, "邹");
        Api clerk = account("UNIT_CLERK", unit);
        Api discipline = account("DISCIPLINE_INSPECTION", null);
        Api cadre = account("CADRE_SUPERVISION", null);
        long a = id(expect(201, clerk.post("travel/applications", apply(person, "2026-07-10", "2026-07-12", "日本"))).json());
        String opinion = "travel/applications/" + a + "/unit-opinion";
        assertEquals(Set.of("verdict"), fields(expect(422, clerk.post(opinion, Api.obj("text", "同意")))));
        assertEquals(Set.of("verdict"), fields(expect(422, clerk.post(opinion, Api.obj("verdict", "也许", "text", "再议")))));
        // the unit's opinion is the unit's: not 干部监督, not the office, not even the administrator
        expect(403, cadre.post(opinion, Api.obj("verdict", "AGREE")));
        expect(403, account("OFFICE", null).post(opinion, Api.obj("verdict", "AGREE")));
        Api.Answer notUnit = expect(403, api.post(opinion, Api.obj("verdict", "AGREE")));
        assertTrue(notUnit.json().getString("detail").contains("人事专员"), notUnit::toString);
        expect(403, clerk.post("travel/applications/" + a + "/discipline-opinion", Api.obj("verdict", "AGREE")));
        expect(403, discipline.post(opinion, Api.obj("verdict", "AGREE")));
        expect(403, discipline.post("travel/applications/" + a + "/approve", decision("文号", null)));
        expect(403, discipline.post("travel/applications", apply(person, "2026-07-10", "2026-07-12", "日本")));
        expect(403, discipline.get("people/" + person));
        // two 不同意: refused, naming both; the verdict shows
        expect(200, clerk.post(opinion, Api.obj("verdict", "DISAGREE", "text", "不同意，近期防汛任务重")));
        JsonObject read = expect(200, discipline.post("travel/applications/" + a + "/discipline-opinion",
                Api.obj("verdict", "不同意", "text", "该同志有待核实的信访件"))).json();
        assertEquals(List.of("DISAGREE", "DISAGREE"), List.of(read.getString("unitVerdict"),
                read.getString("disciplineVerdict")));
        assertEquals(List.of("DISAGREED", "DISAGREED"), codes(read, "blockers"));
        Api.Answer refused = expect(409, cadre.post("travel/applications/" + a + "/approve", decision("瑞组干监〔2026〕30号", null)));
        String why = refused.json().getString("detail");
        assertTrue(why.contains("所在单位意见为“不同意”（不同意，近期防汛任务重）") && why.contains("纪检意见（派驻纪检组意见）为“不同意”"), why);
        assertEquals(Set.of("unitOpinion", "disciplineOpinion"), fields(refused));
        assertEquals("REJECTED", expect(200, cadre.post("travel/applications/" + a + "/reject", decision("瑞组干监〔2026〕31号", "单位和纪检均不同意")))
                .json().getString("status"), "rejecting stays possible");

        // one account, two steps: the administrator signs the 纪检意见, then may not decide
        long b = id(expect(201, clerk.post("travel/applications", apply(person, "2026-08-10", "2026-08-12", "日本"))).json());
        expect(200, clerk.post("travel/applications/" + b + "/unit-opinion", Api.obj("verdict", "AGREE", "text", "同意")));
        expect(200, api.post("travel/applications/" + b + "/discipline-opinion", Api.obj("verdict", "AGREE")));
        Api.Answer twice = expect(409, api.post("travel/applications/" + b + "/approve", decision("文号", null)));
        assertTrue(twice.json().getString("detail").contains("已签署申请") && twice.json().getString("detail").contains("三个不同的账户"), twice::toString);
        expect(409, api.post("travel/applications/" + b + "/reject", decision("文号", "不同意")));
        // the right three accounts: the clerk, discipline inspection (signing again), 干部监督
        JsonObject resigned = expect(200, discipline.post("travel/applications/" + b + "/discipline-opinion", Api.obj("verdict", "AGREE"))).json();
        assertEquals("同意", resigned.getString("disciplineOpinion"), "a verdict without text reads as its label");
        JsonObject approved = expect(200, cadre.post("travel/applications/" + b + "/approve", decision("瑞组干监〔2026〕32号", null))).json();
        assertEquals("APPROVED", approved.getString("status"));
        assertEquals(3, Set.of(approved.getString("unitOpinionAccount"), approved.getString("disciplineOpinionAccount"),
                approved.getString("decidedBy")).size(), approved::toString);
        expect(200, discipline.get("travel/applications/" + b));
    }

    /**
     * Issue 21, item 4: an approval within three years of a handling, imported with its approving unit (审批单位代码), is
     * 审批把关不严 charged to that unit — in the finding (the traveller still named), in the case opened from it, and on the
     * statistics line of the approving unit, not the traveller's; the handling of it does not bar the traveller.
     */
    @Test
    void aLaxApprovalIsChargedToTheApprovingUnitInTheFindingTheCaseAndTheTable() {
        String county = unit(true, "瑞安市委", null);
        String travellers = unit(true, "瑞安市海洋局", county);
        approveQuota(travellers, "ADMINISTRATIVE", 20, "2020-01-01");
        String approving = unit(true, "瑞安市委组织部", county);
        approveQuota(approving, "ADMINISTRATIVE", 20, "2020-01-01");
        JsonObject p = personJson(travellers, "钱");
        long person = id(p);
        long approver = personAt(approving, "孙");
        handle(openCase(person, "UNAPPROVED_TRIP", "2024-06-01", null), "CRITICISM", "2024-06-30");
        String file = HEADER.strip() + ",审批单位代码\n"
                + row(p, "日本", "2025-03-10", "2025-03-15", "同意", "同意", "批准", "2025-03-01").strip() + "," + approving + "\n"
                + row(p, "韩国", "2027-08-10", "2027-08-12", "不同意", "不同意，有待核实", "批准", "2026-06-01").strip() + "," + approving + "\n";
        JsonObject report = expect(200, importCsv(account("CADRE_SUPERVISION", null), file)).json();
        assertEquals(2, report.getInt("created"), report::toString);
        List<JsonObject> found = findings(person);
        assertEquals(2, found.size(), found::toString);
        JsonObject sanction = found.stream().filter(f -> f.getString("date").equals("2025-03-01")).findFirst().orElseThrow();
        String approvingName = expect(200, api.get("units/" + approving)).json().getString("name");
        assertTrue(sanction.getString("message").contains("申请人 " + p.getString("name")) && sanction.getString("message").contains("审批单位：" + approvingName)
                && sanction.getString("message").contains("受处理未满限制期限"), sanction::toString);
        String against = found.stream().filter(f -> f.getString("date").equals("2026-06-01")).findFirst().orElseThrow().getString("message");
        assertTrue(against.contains("单位或纪检部门意见为不同意") && against.contains("纪检意见（派驻纪检组意见）为“不同意”（不同意，有待核实）"), against);

        JsonObject opened = expect(201, api.post("travel/cases", Api.obj("personId", person, "problemClass", "LAX_APPROVAL",
                "description", "受处理未满三年即批准", "foundOn", "2026-06-30", "cadreRank", "COUNTY", "findingKey", sanction.getString("key"),
                "responsiblePersonId", approver))).json();
        assertEquals(List.of(approving, String.valueOf(approver)), List.of(opened.getString("responsibleUnitCode"),
                String.valueOf(opened.getJsonObject("responsiblePerson").getJsonNumber("id").longValue())));
        handle(id(opened), "ADMONISHMENT", "2026-06-30");
        // a case of another class has no responsible unit
        assertEquals(Set.of("responsibleUnit"), fields(expect(422, api.post("travel/cases", Api.obj("personId", person,
                "problemClass", "UNDECLARED_TRIP", "description", "x", "foundOn", "2026-06-30", "cadreRank", "COUNTY",
                "responsibleUnit", approving)))));

        JsonObject table = expect(200, api.get("travel/statistics/GOVERNANCE?unit=" + county + "&from=2025-01-01&to=2026-06-30")).json();
        java.util.Map<String, JsonObject> lines = table.getJsonArray("lines").stream().map(v -> v.asJsonObject())
                .collect(Collectors.toMap(l -> l.getString("unitName"), l -> l.getJsonObject("values")));
        String travellersName = expect(200, api.get("units/" + travellers)).json().getString("name");
        assertEquals(List.of(1, 1, 0, 0), List.of(lines.get(approvingName).getInt("problemLAX_APPROVAL"),
                lines.get(approvingName).getInt("handledPeople"), lines.get(travellersName).getInt("problemLAX_APPROVAL"),
                lines.get(travellersName).getInt("handledPeople")), lines::toString);
        // the traveller was not handled for it: the 2024 handling alone bars them, until 2027-06-30
        long next = id(expect(201, api.post("travel/applications", apply(person, "2027-07-10", "2027-07-12", "日本"))).json());
        assertEquals(List.of("SANCTION", "OPINIONS"), codes(expect(200, api.get("travel/applications/" + next)).json(), "blockers"));
        assertTrue(expect(200, api.get("travel/applications/" + next)).json().getJsonArray("blockers").getJsonObject(0)
                .getString("message").contains("自 2027-06-30 起"));
    }

    private static List<String> codes(JsonObject application, String list) {
        return application.getJsonArray(list).stream().map(v -> v.asJsonObject().getString(list.equals("flags") ? "code" : "rule")).toList();
    }

    @Test
    void aPersonUnderDisciplinaryReviewIsNotApprovedAndTheClerkNeverLearnsWhy() {
        String unit = unitWithQuota("瑞安市统计局");
        long person = personAt(unit, "杨");
        Api clerk = account("UNIT_CLERK", unit);
        Api office = account("CADRE_SUPERVISION", null);
        expect(201, office.post("delegation/reviews", Api.obj("personId", person, "from", "2026-06-01", "basisDocument", "瑞纪〔2026〕21号")));
        // the clerk submits and reads as before: no word of the review
        Api.Answer submitted = expect(201, clerk.post("travel/applications", apply(person, "2026-07-10", "2026-07-12", "日本")));
        long a = id(submitted.json());
        expect(200, clerk.post("travel/applications/" + a + "/unit-opinion", Api.obj("verdict", "AGREE", "text", "同意")));
        expect(200, account("DISCIPLINE_INSPECTION", null).post("travel/applications/" + a + "/discipline-opinion",
                Api.obj("verdict", "AGREE", "text", "同意")));
        Api.Answer clerkView = expect(200, clerk.get("travel/applications/" + a));
        assertEquals(List.of(), codes(clerkView.json(), "blockers"));
        assertTrue(!submitted.raw().contains("审查") && !clerkView.raw().contains("审查"), clerkView::toString);
        // the approver sees it before deciding, and is refused
        assertEquals(List.of("DISCIPLINE_REVIEW"), codes(expect(200, office.get("travel/applications/" + a)).json(), "blockers"));
        Api.Answer refused = expect(409, office.post("travel/applications/" + a + "/approve", decision("瑞组干监〔2026〕21号", null)));
        String why = refused.json().getString("detail");
        assertTrue(why.contains("自 2026-06-01 起处于纪律审查期间") && why.contains("不能批准"), why);
        assertEquals(Set.of("person"), fields(refused));
        JsonObject after = expect(200, office.get("travel/applications/" + a)).json();
        assertEquals("SUBMITTED", after.getString("status"), "a refused approval changes nothing");
        assertTrue(!expect(200, api.get("changes?person=" + person)).raw().contains("批准因私出国（境）"));
        assertEquals(0, expect(200, office.get("travel/applications?person=" + person + "&status=APPROVED")).json().getInt("total"));
    }

    @Test
    void aLongStayAndAThirdTripForTheSameReasonAreFlaggedWithTheirFigures() {
        String unit = unitWithQuota("瑞安市民政局");
        long person = personAt(unit, "朱");
        List<String> earlier = new java.util.ArrayList<>();
        for (String[] dates : new String[][] {{"2026-07-10", "2026-07-12"}, {"2026-08-01", "2026-08-03"}}) {
            JsonObject e = expect(201, api.post("travel/applications", apply(person, dates[0], dates[1], "加拿大"))).json();
            // the second trip is within the limit, but its reason already repeats the first's
            assertEquals(earlier.isEmpty() ? List.of() : List.of("REPEATED_PURPOSE"), codes(e, "flags"));
            opinions(id(e));
            expect(200, api.post("travel/applications/" + id(e) + "/approve", decision("文号", null)));
            earlier.add(e.getString("number"));
        }
        JsonObject third = expect(201, api.post("travel/applications", apply(person, "2026-09-01", "2026-10-15", "加拿大"))).json();
        assertEquals(List.of("LONG_STAY", "FREQUENT_TRIPS", "REPEATED_PURPOSE"), codes(third, "flags"));
        var flags = third.getJsonArray("flags").getValuesAs(JsonObject.class);
        assertEquals(List.of(45, 30), List.of(flags.get(0).getJsonObject("figures").getInt("days"),
                flags.get(0).getJsonObject("figures").getInt("limit")));
        assertEquals(List.of(3, 2), List.of(flags.get(1).getJsonObject("figures").getInt("trips"),
                flags.get(1).getJsonObject("figures").getInt("limit")));
        assertEquals(earlier, flags.get(1).getJsonObject("figures").getJsonArray("applications").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals("探亲访友", flags.get(2).getJsonObject("figures").getString("purpose"));
        assertEquals(3, flags.get(2).getJsonObject("figures").getInt("times"));
        assertTrue(flags.get(0).getString("message").contains("在外停留 45 天") && flags.get(2).getString("label").equals("事由重复"),
                flags::toString);
        // flags are not refusals
        opinions(id(third));
        assertEquals("APPROVED", expect(200, api.post("travel/applications/" + id(third) + "/approve", decision("文号", null))).json()
                .getString("status"));
    }

    // ---- cases, the sanction rule, the import of past approvals and the check ----

    private long openCase(long person, String problemClass, String foundOn, String findingKey) {
        return id(expect(201, api.post("travel/cases", Api.obj("personId", person, "problemClass", problemClass,
                "description", "未经批准赴港", "foundOn", foundOn, "cadreRank", "TOWNSHIP", "findingKey", findingKey))).json());
    }

    private JsonObject handle(long caseId, String method, String decidedOn) {
        return expect(200, api.post("travel/cases/" + caseId + "/handlings", Api.obj("method", method, "decidedOn", decidedOn,
                "decisionDocument", "瑞纪〔" + decidedOn.substring(0, 4) + "〕" + caseId + "号"))).json();
    }

    @Test
    void noApprovalWithinThreeYearsOfAHandlingButThreeYearsAndADayAfterIsFine() {
        String unit = unitWithQuota("瑞安市交通局");
        long recent = personAt(unit, "卫");
        long old = personAt(unit, "蒋");
        long c = openCase(recent, "UNAPPROVED_TRIP", "2024-06-01", null);
        handle(c, "ADMONISHMENT", "2024-06-30");
        handle(openCase(old, "UNAPPROVED_TRIP", "2023-06-01", null), "CRITICISM", "2023-06-29");
        long a = id(expect(201, api.post("travel/applications", apply(recent, "2026-07-10", "2026-07-12", "日本"))).json());
        long b = id(expect(201, api.post("travel/applications", apply(old, "2026-07-10", "2026-07-12", "日本"))).json());
        opinions(a);
        opinions(b);
        Api.Answer refused = expect(409, api.post("travel/applications/" + a + "/approve", decision("文号", null)));
        String why = refused.json().getString("detail");
        assertTrue(why.contains("问题编号 " + c) && why.contains("诫勉") && why.contains("2024-06-30") && why.contains("自 2027-06-30 起"), why);
        assertEquals(Set.of("person"), fields(refused));
        expect(200, api.post("travel/applications/" + b + "/approve", decision("文号", null)));
    }

    @Test
    void theDecisionMayBeGivenOnTheDayOfDepartureNotAfter() {
        String unit = unitWithQuota("瑞安市林业局");
        long person = personAt(unit, "沈");
        long today = id(expect(201, api.post("travel/applications", apply(person, "2026-06-30", "2026-07-02", "越南"))).json());
        opinions(today);
        expect(200, api.post("travel/applications/" + today + "/approve", decision("文号", null)));
        // an application departing yesterday cannot be entered at the desk; an imported one decided late is history, found by the check
    }

    private Api.Answer importCsv(Api as, String csv) {
        return as.postBytes("imports/travel-applications", "text/csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static final String HEADER = "身份证号,姓名,前往国家（地区）,事由,出发日期,返回日期,单位意见,纪检意见,审批结果,审批日期,批准文号\n";

    private static String row(JsonObject p, String destinations, String departs, String returns, String unitOpinion,
                              String discipline, String result, String decided) {
        return String.join(",", p.getString("idNumber"), p.getString("name"), destinations, "探亲", departs, returns, unitOpinion,
                discipline, result, decided, "瑞组〔" + decided.substring(0, 4) + "〕1号") + "\n";
    }

    private List<JsonObject> findings(long person) {
        return expect(200, api.get("travel/findings?rule=APPROVAL_AGAINST_RULES&person=" + person)).json().getJsonArray("items")
                .stream().map(v -> v.asJsonObject()).toList();
    }

    @Test
    void pastApprovalsAreImportedAsDecidedAndTheCheckFindsThoseAgainstTheRules() {
        String unit = unitWithQuota("瑞安市农业农村局");
        JsonObject p = personJson(unit, "韩");
        long person = id(p);
        handle(openCase(person, "UNAPPROVED_TRIP", "2022-02-01", null), "CRITICISM", "2022-03-01");
        String file = HEADER
                + row(p, "中国香港", "2023-03-10", "2023-03-15", "同意", "同意", "批准", "2023-03-01")     // 1 year after: (a)
                + row(p, "日本、泰国", "2025-03-10", "2025-03-15", "同意", "同意", "批准", "2025-03-02")   // 3 years and a day: fine
                + row(p, "澳门特别行政区", "2025-05-10", "2025-05-12", "同意", "", "批准", "2025-05-01")     // (b)
                + row(p, "新加坡", "2025-08-10", "2025-08-12", "同意", "同意", "批准", "2025-08-11")        // (c)
                + row(p, "美国", "2025-10-10", "2025-10-12", "不同意", "", "不予批准", "2025-10-01");      // rejected: no finding
        Api cadre = account("CADRE_SUPERVISION", null);
        JsonObject report = expect(200, importCsv(cadre, file)).json();
        assertEquals(List.of(5, 5, 0), List.of(report.getInt("rows"), report.getInt("created"), report.getJsonArray("rejected").size()),
                report::toString);
        JsonObject again = expect(200, importCsv(cadre, file)).json();
        assertEquals(List.of(0, 5), List.of(again.getInt("created"), again.getInt("unchanged")), "the same file twice adds nothing");
        JsonObject list = expect(200, api.get("travel/applications?person=" + person + "&limit=50")).json();
        assertEquals(5, list.getInt("total"));
        JsonObject hk = list.getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(a -> a.getString("departsOn").equals("2023-03-10")).findFirst().orElseThrow();
        assertEquals(List.of("IMPORT", "APPROVED", "2023-03-01", "香港", "FAMILY_VISIT"), List.of(hk.getString("source"),
                hk.getString("status"), hk.getString("decidedOn"), hk.getJsonArray("destinations").getString(0),
                hk.getString("purpose")));
        assertTrue(hk.getString("number").startsWith("CG2023-"), hk::toString);

        List<JsonObject> found = findings(person);
        java.util.Map<String, String> byDay = found.stream().collect(Collectors.toMap(f -> f.getString("date"), f -> f.getString("message")));
        assertEquals(Set.of("2023-03-01", "2025-05-01", "2025-08-11"), byDay.keySet(), found::toString);
        assertTrue(byDay.get("2023-03-01").contains("受处理未满限制期限") && byDay.get("2023-03-01").contains("批评教育"), byDay::toString);
        assertTrue(byDay.get("2025-05-01").contains("纪检意见"), byDay::toString);
        assertTrue(byDay.get("2025-08-11").contains("先出后批"), byDay::toString);
        assertEquals(hk.getString("number"), found.stream().filter(f -> f.getString("date").equals("2023-03-01")).findFirst()
                .orElseThrow().getString("subject"));
        // as of a day before the late approval it was not yet given
        assertEquals(2, expect(200, api.get("travel/findings?rule=APPROVAL_AGAINST_RULES&person=" + person + "&asOf=2025-08-10"))
                .json().getInt("total"));

        // a case opened from the finding: its rule must belong to the class
        String key = found.get(0).getString("key");
        JsonObject wrong = expect(422, api.post("travel/cases", Api.obj("personId", person, "problemClass", "UNAPPROVED_TRIP",
                "description", "审批把关不严", "foundOn", "2026-06-30", "cadreRank", "COUNTY", "findingKey", key))).json();
        assertEquals("findingKey", wrong.getJsonArray("errors").getJsonObject(0).getString("field"));
        // imported without its approving unit: the case must name the responsible unit
        String laxCase = Api.obj("personId", person, "problemClass", "LAX_APPROVAL", "description", "审批把关不严", "foundOn", "2026-06-30",
                "cadreRank", "COUNTY", "findingKey", key);
        assertEquals(Set.of("responsibleUnit"), fields(expect(422, api.post("travel/cases", laxCase))));
        JsonObject lax = expect(201, api.post("travel/cases", laxCase.substring(0, laxCase.length() - 1) + ",\"responsibleUnit\":\"" + unit + "\"}"))
                .json();
        assertEquals(List.of(key, unit), List.of(lax.getString("findingKey"), lax.getString("responsibleUnitCode")));
    }

    @Test
    void aFileWithABadRowIsRefusedWithRowAndColumnAndAClerkMayNotImport() {
        String unit = unitWithQuota("瑞安市文广局");
        JsonObject p = personJson(unit, "杨");
        String unknown = Fixtures.idNumber(LocalDate.of(1970, 1, 1), true);
        String file = HEADER
                + row(p, "日本", "2024-03-10", "2024-03-15", "同意", "同意", "批准", "2024-03-01")
                + row(p, "日本", "2024-04-10", "2024-04-01", "同意", "同意", "批准", "2024-04-01")
                + unknown + ",某某,日本,探亲,2024-05-10,2024-05-12,同意,同意,批准,2024-05-01,文号\n"
                + row(p, "日本", "2024-06-10", "2024-06-12", "同意", "同意", "批准", "2024-13-01")
                + row(p, "日本", "2024-07-10", "2024-07-12", "同意", "同意", "待定", "2024-07-01");
        Api.Answer refused = expect(422, importCsv(api, file));
        assertEquals(List.of("3:返回日期", "4:身份证号", "5:审批日期", "6:审批结果"), refused.json().getJsonArray("rejected").stream()
                .map(v -> v.asJsonObject().getInt("row") + ":" + v.asJsonObject().getString("column")).toList(), refused::toString);
        assertEquals(0, expect(200, api.get("travel/applications?person=" + id(p))).json().getInt("total"), "nothing was stored");
        Api clerk = account("UNIT_CLERK", unit);
        expect(403, importCsv(clerk, HEADER + row(p, "日本", "2024-03-10", "2024-03-15", "同意", "同意", "批准", "2024-03-01")));
        // 干部监督 passes the gate of the imports for this kind only
        expect(403, account("CADRE_SUPERVISION", null).postBytes("imports/roster", "text/csv",
                "身份证号,姓名,人员身份\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void casesAreHandledByOneOrMoreMethodsEachOnce() {
        String unit = unitWithQuota("瑞安市住建局");
        String other = unitWithQuota("瑞安市城管局");
        long person = personAt(unit, "朱");
        long stranger = personAt(other, "秦");
        long c = openCase(person, "UNDECLARED_TRIP", "2026-05-01", null);
        JsonObject opened = expect(200, api.get("travel/cases/" + c)).json();
        assertEquals(List.of("OPEN", "UNDECLARED_TRIP", "TOWNSHIP"), List.of(opened.getString("status"),
                opened.getString("problemClass"), opened.getString("cadreRank")));
        handle(c, "CRITICISM", "2026-05-20");
        JsonObject twice = handle(c, "ADMONISHMENT", "2026-06-01");
        assertEquals(List.of("HANDLED", "2", "2029-06-01"), List.of(twice.getString("status"),
                String.valueOf(twice.getJsonArray("handlings").size()), twice.getString("approvalPossibleFrom")));
        Api.Answer repeated = expect(409, api.post("travel/cases/" + c + "/handlings", Api.obj("method", "批评教育",
                "decidedOn", "2026-06-10", "decisionDocument", "又一文号")));
        assertTrue(repeated.json().getString("detail").contains("2026-05-20"), repeated::toString);
        assertEquals(Set.of("method", "decidedOn", "decisionDocument"), fields(expect(422, api.post("travel/cases/" + c + "/handlings", "{}"))));
        assertEquals(Set.of("decidedOn"), fields(expect(422, api.post("travel/cases/" + c + "/handlings", Api.obj("method", "DISMISSAL",
                "decidedOn", "2026-04-01", "decisionDocument", "文号")))));
        assertEquals(Set.of("personId", "problemClass", "description", "foundOn", "cadreRank"), fields(expect(422, api.post("travel/cases", "{}"))));
        long theirs = openCase(stranger, "UNAPPROVED_TRIP", "2026-05-01", null);

        JsonObject byClass = expect(200, api.get("travel/cases?unit=" + unit + "&problemClass=UNDECLARED_TRIP&status=HANDLED")).json();
        assertEquals(Set.of(c), byClass.getJsonArray("items").stream().map(v -> id(v.asJsonObject())).collect(Collectors.toSet()));
        assertEquals(0, expect(200, api.get("travel/cases?unit=" + unit + "&from=2026-05-02")).json().getInt("total"));
        String csv = new String(api.getBytes("travel/cases?unit=" + unit + "&format=csv"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(csv.contains("批评教育（2026-05-20") && csv.contains("诫勉（2026-06-01"), csv);

        Api clerk = account("UNIT_CLERK", unit);
        expect(200, clerk.get("travel/cases/" + c));
        expect(404, clerk.get("travel/cases/" + theirs));
        assertEquals(Set.of(c), expect(200, clerk.get("travel/cases")).json().getJsonArray("items").stream()
                .map(v -> id(v.asJsonObject())).collect(Collectors.toSet()));
        expect(403, clerk.post("travel/cases/" + c + "/handlings", Api.obj("method", "DEMOTION", "decidedOn", "2026-06-10",
                "decisionDocument", "文号")));
        expect(403, clerk.post("travel/cases", Api.obj("personId", person)));
    }

    @Test
    void declarationsAreRecordedForOnesOwnPeople() {
        String unit = unitWithQuota("瑞安市卫健委");
        String other = unitWithQuota("瑞安市医保局");
        long person = personAt(unit, "尤");
        long stranger = personAt(other, "许");
        Api clerk = account("UNIT_CLERK", unit);
        JsonObject d = expect(201, clerk.post("travel/declarations", Api.obj("lateReason", "据原台账补录", "personId", person, "departsOn", "2025-02-01",
                "returnsOn", "2025-02-05", "destinations", "[\"中国台湾\", \"日本\"]", "declaredOn", "2026-01-15", "note", "年度报告"))).json();
        assertEquals(List.of("台湾", "日本"), d.getJsonArray("destinations").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList());
        expect(404, clerk.post("travel/declarations", Api.obj("lateReason", "据原台账补录", "personId", stranger, "departsOn", "2025-02-01",
                "destinations", "[\"日本\"]")));
        assertEquals(Set.of("departsOn", "destinations"), fields(expect(422, clerk.post("travel/declarations", Api.obj("lateReason", "据原台账补录", "personId", person,
                "departsOn", "2026-07-01", "destinations", "[]")))));
        assertEquals(Set.of("returnsOn"), fields(expect(422, clerk.post("travel/declarations", Api.obj("lateReason", "据原台账补录", "personId", person,
                "departsOn", "2026-03-01", "returnsOn", "2026-02-01", "destinations", "[\"日本\"]")))));
        // not back yet: no return date
        expect(201, api.post("travel/declarations", Api.obj("lateReason", "据原台账补录", "personId", stranger, "departsOn", "2026-06-20", "destinations", "[\"泰国\"]")));
        assertEquals(1, expect(200, clerk.get("travel/declarations?person=" + person)).json().getInt("total"));
        expect(404, clerk.get("travel/declarations?person=" + stranger));
        assertEquals(1, expect(200, api.get("travel/declarations?person=" + stranger)).json().getInt("total"));
    }
}
