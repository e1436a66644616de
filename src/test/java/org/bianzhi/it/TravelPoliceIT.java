package org.bianzhi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Public security's records beside the crossings (seed 002's three classes for the police): the imports of 证件签发记录
 * and 出国（境）证明 (row errors, the same file again), and the three findings they give, the forged document handed to
 * the police as a case. And the warning inbox (预警, seed 002 part 5): what falls due before it becomes a finding.
 */
class TravelPoliceIT extends ApiTest {

    private static final long RUN = System.currentTimeMillis() % 1_000_000L;
    private static final String DEPARTMENT = "瑞安市委组织部";

    private static Api.Answer importFile(Api as, String kind, String csv) {
        return as.postBytes("imports/" + kind + "?wait=true", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    /** A person with an occupancy at a unit of their own since 2020, filed since 2025-01-01 with {@link #DEPARTMENT}. */
    private long filedPerson(String idNumber) {
        String unit = unit(true, "瑞安市审计局", null);
        approveQuota(unit, "ADMINISTRATIVE", 10, "2020-01-01");
        long id = personAt(unit, idNumber);
        file(id, "2025-01-01", "2025-01-05");
        return id;
    }

    private long personAt(String unit, String idNumber) {
        long id = expect(201, api.post("people", Api.obj("idNumber", idNumber, "name", Fixtures.uniqueName("欧阳"), "identity",
                "CIVIL_SERVANT"))).json().getJsonNumber("id").longValue();
        expect(201, api.post("people/" + id + "/occupancies", Api.obj("unitCode", unit, "quotaType", "ADMINISTRATIVE",
                "validFrom", "2020-01-01", "entryRoute", "EXAM", "increaseNoticeNumber", "Z2020-00001", "basisDocument", "存量登记")));
        return id;
    }

    private void file(long person, String since, String reportedOn) {
        expect(201, api.post("travel/filings", Api.obj("personId", person, "category", "TOWNSHIP_LEADER", "department", DEPARTMENT,
                "since", since, "reportedOn", reportedOn, "basisDocument", "瑞组〔2025〕1号")));
    }

    private List<JsonObject> findings(long person) {
        return expect(200, api.get("travel/findings?person=" + person + "&limit=500")).json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).toList();
    }

    private static List<String> rowsAndColumns(Api.Answer refused) {
        return refused.json().getJsonArray("rejected").stream().map(v -> v.asJsonObject().getInt("row") + ":"
                + v.asJsonObject().getString("column")).sorted().toList();
    }

    @Test
    void issuanceRecordsCertificatesAndCrossingsGiveTheThreePoliceFindingsAndTheForgeryGoesToThePolice() {
        String id = Fixtures.idNumber(LocalDate.of(1971, 1, 1), true);
        long person = filedPerson(id);
        String issued = String.format("E%08d", RUN * 10 + 1);
        String permit = String.format("C%08d", RUN * 10 + 2);
        String forged = String.format("G%08d", RUN * 10 + 3);

        String issuances = "填报单位：瑞安市公安局出入境管理大队\n身份证号,姓名,证件类型,证件号码,签发日期,签发机关\n"
                + id + ",欧阳某,普通护照,e" + issued.substring(1) + ",2025-03-01,温州市公安局出入境管理支队\n"
                + id + ",欧阳某,往来港澳通行证," + permit + ",2025-03-02,温州市公安局出入境管理支队\n";
        String bad = "身份证号,姓名,证件类型,证件号码,签发日期,签发机关\n"
                + id + ",欧阳某,公务护照,E00000001,2025-03-01,某局\n"
                + id + ",欧阳某,因私护照,E1,2025-03-01,某局\n"
                + id + ",欧阳某,因私护照,E00000002,2026-07-01,某局\n"
                + id + ",欧阳某,因私护照,E00000003,2025-03-01,\n";
        Api.Answer refused = expect(422, importFile(api, "document-issuances", bad));
        assertEquals(List.of("2:证件类型", "3:证件号码", "4:签发日期", "5:签发机关"), rowsAndColumns(refused), refused::toString);

        JsonObject first = expect(200, importFile(api, "document-issuances", issuances)).json();
        assertEquals(List.of(2, 0), List.of(first.getInt("created"), first.getInt("unchanged")), first::toString);
        JsonObject again = expect(200, importFile(api, "document-issuances", issuances)).json();
        assertEquals(List.of(0, 2), List.of(again.getInt("created"), again.getInt("unchanged")), again::toString);

        String certificates = "身份证号,姓名,证明编号,出具日期,出具单位\n"
                + id + ",欧阳某,瑞教证〔2025〕" + RUN + "号,2025-02-20,瑞安市教育局\n"
                + id + ",欧阳某,瑞组证〔2025〕" + RUN + "号,2025-02-21," + DEPARTMENT + "\n";
        assertEquals(2, expect(200, importFile(api, "exit-certificates", certificates)).json().getInt("created"));

        String crossings = "身份证号,证件类型,证件号码,出入境方向,日期,口岸,前往地\n"
                + id + ",因私护照," + issued + ",出境,2025-05-01,温州龙湾机场,泰国\n"
                + id + ",因私护照," + issued + ",入境,2025-05-08,温州龙湾机场,\n"
                + id + ",因私护照," + forged + ",出境,2026-02-01,上海浦东机场,日本\n"
                + id + ",因私护照," + forged + ",入境,2026-02-06,上海浦东机场,\n";
        expect(200, importFile(api, "border-crossings", crossings));

        List<JsonObject> found = findings(person);
        Set<String> police = found.stream().filter(f -> Set.of("DOCUMENT_OBTAINED_WITHOUT_APPROVAL", "CERTIFICATE_OUTSIDE_AUTHORITY",
                "DOCUMENT_FORGED").contains(f.getString("rule"))).map(f -> f.getString("key") + "@" + f.getString("date"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(Set.of("DOCUMENT_OBTAINED_WITHOUT_APPROVAL|" + person + "|PASSPORT:" + issued + "@2025-03-01",
                "DOCUMENT_OBTAINED_WITHOUT_APPROVAL|" + person + "|HK_MACAO_PERMIT:" + permit + "@2025-03-02",
                "CERTIFICATE_OUTSIDE_AUTHORITY|" + person + "|CERTIFICATE:瑞教证〔2025〕" + RUN + "号@2025-02-20",
                "DOCUMENT_FORGED|" + person + "|PASSPORT:" + forged + "@2026-02-01")), police, found::toString);
        JsonObject forgery = found.stream().filter(f -> f.getString("rule").equals("DOCUMENT_FORGED")).findFirst().orElseThrow();
        assertEquals("FORGED_DOCUMENT", forgery.getString("problemClass"));
        assertTrue(forgery.getString("message").contains("移交公安机关"), forgery::toString);

        long travelCase = expect(201, api.post("travel/cases", Api.obj("personId", person, "problemClass", "FORGED_DOCUMENT",
                "description", "持来源不明护照出入境", "foundOn", "2026-06-30", "cadreRank", "TOWNSHIP", "findingKey",
                forgery.getString("key")))).json().getJsonNumber("id").longValue();
        JsonObject handled = expect(200, api.post("travel/cases/" + travelCase + "/handlings", Api.obj("method", "POLICE_REFERRAL",
                "decidedOn", "2026-06-30", "decisionDocument", "瑞组移〔2026〕" + RUN + "号"))).json();
        assertEquals("移交公安机关", handled.getJsonArray("handlings").getJsonObject(0).getString("methodLabel"), handled::toString);
    }

    // ---- 预警 ----

    private Api clerk(String unit) {
        String username = "warning-clerk-" + RUN + "-" + System.nanoTime() % 100_000;
        expect(201, api.post("accounts", Api.obj("username", username, "displayName", "预警测试", "password", "Yujing2026itest",
                "role", "UNIT_CLERK", "unitCode", unit)));
        return api.withToken(null).signIn(username, "Yujing2026itest");
    }

    /** The warnings the caller sees at the unit, as "kind personId dueOn daysLeft". */
    private static List<String> warnings(Api as, String unit, String within) {
        return as.get("travel/warnings?unit=" + unit + (within == null ? "" : "&within=" + within) + "&limit=500").json()
                .getJsonArray("items").stream().map(JsonValue::asJsonObject).map(w -> w.getString("kind") + " " + w.getJsonNumber("personId")
                        + " " + w.getString("dueOn") + " " + w.getInt("daysLeft")).toList();
    }

    @Test
    void whatFallsDueIsAWarningUntilItsDayMostUrgentFirstWithinTheCallersScope() {
        String unit = unit(true, "瑞安市档案馆", null);
        approveQuota(unit, "ADMINISTRATIVE", 10, "2020-01-01");
        long dueInFive = personAt(unit, Fixtures.idNumber(LocalDate.of(1972, 2, 2), true));
        file(dueInFive, "2026-06-05", null);
        long dueToday = personAt(unit, Fixtures.idNumber(LocalDate.of(1973, 3, 3), false));
        file(dueToday, "2026-05-31", null);
        long overdue = personAt(unit, Fixtures.idNumber(LocalDate.of(1974, 4, 4), true));
        file(overdue, "2026-05-30", null);
        long reported = personAt(unit, Fixtures.idNumber(LocalDate.of(1975, 5, 5), true));
        file(reported, "2026-06-20", "2026-06-21");

        assertEquals(List.of("FILING_REPORT " + dueToday + " 2026-06-30 0", "FILING_REPORT " + dueInFive + " 2026-07-05 5"),
                warnings(api, unit, null), "the default 7 days; the one due yesterday is a finding, not a warning");
        assertEquals(1, expect(200, api.get("travel/findings?rule=FILING_REPORT_OVERDUE&person=" + overdue)).json().getInt("total"));
        assertEquals(0, expect(200, api.get("travel/findings?rule=FILING_REPORT_OVERDUE&person=" + dueToday)).json().getInt("total"),
                "due today: not yet a finding");
        assertEquals(List.of("FILING_REPORT " + dueToday + " 2026-06-30 0"), warnings(api, unit, "0"));

        JsonObject page = expect(200, api.get("travel/warnings?unit=" + unit + "&limit=1&offset=1")).json();
        assertEquals(List.of(2, 1, 1), List.of(page.getInt("total"), page.getInt("offset"), page.getInt("limit")), page::toString);
        JsonObject item = page.getJsonArray("items").getJsonObject(0);
        assertEquals(List.of("备案待报备公安机关", "FILING_REPORT_OVERDUE", unit), List.of(item.getString("kindLabel"), item.getString("becomes"),
                item.getString("unitCode")), item::toString);

        Api ownClerk = clerk(unit);
        JsonObject seen = ownClerk.get("travel/warnings?within=7").json();
        assertTrue(seen.getJsonArray("items").stream().map(JsonValue::asJsonObject).allMatch(w -> w.getString("idNumber").contains("********")),
                seen::toString);
        assertEquals(2, seen.getInt("total"), seen::toString);
        Api otherClerk = clerk(unit(true, "瑞安市方志办", null));
        assertEquals(0, otherClerk.get("travel/warnings?within=30").json().getInt("total"), "other units' people are not listed");

        Api.Answer wrong = expect(422, api.get("travel/warnings?within=-1&kind=SOMETHING"));
        assertEquals(Set.of("within", "kind"), wrong.json().getJsonArray("errors").stream().map(v -> v.asJsonObject().getString("field"))
                .collect(Collectors.toSet()), wrong::toString);
        expect(422, api.get("travel/warnings?within=abc"));
    }
}
