package org.bianzhi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.bianzhi.travel.domain.TravelRule;
import org.junit.jupiter.api.Test;

/**
 * 出入境比对: the import of public security's crossings (row errors, the same file again, who may import), the trips
 * and their approvals in a clerk's scope, and the end-to-end check that finds exactly the planted problems of a
 * generated county ({@link TravelScenario}).
 */
class TravelReconciliationIT extends ApiTest {

    private static final String PASSWORD = "Chujing2026itest";
    private static final String HEADER = "身份证号,证件类型,证件号码,出入境方向,日期,口岸,前往地\n";
    private static int accounts;

    private Api account(String role, String unit) {
        String username = "crossing-" + role.toLowerCase().replace('_', '-') + "-" + (++accounts) + "-" + System.nanoTime() % 100000;
        expect(201, api.post("accounts", Api.obj("username", username, "displayName", "出入境测试", "password", PASSWORD,
                "role", role, "unitCode", unit)));
        return api.withToken(null).signIn(username, PASSWORD);
    }

    private static Api.Answer importCrossings(Api as, String csv) {
        return as.postBytes("imports/border-crossings?wait=true", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private String unitWithQuota(String name) {
        String unit = unit(true, name, null);
        approveQuota(unit, "ADMINISTRATIVE", 100, "2020-01-01");
        return unit;
    }

    /** A person with an occupancy at {@code unit} since 2020; answers the id. */
    private long personAt(String unit, String name, String idNumber) {
        long id = expect(201, api.post("people", Api.obj("idNumber", idNumber, "name", name, "identity", "CIVIL_SERVANT")))
                .json().getJsonNumber("id").longValue();
        expect(201, api.post("people/" + id + "/occupancies", Api.obj("unitCode", unit, "quotaType", "ADMINISTRATIVE",
                "validFrom", "2020-01-01", "entryRoute", "EXAM", "increaseNoticeNumber", "Z2020-00001", "basisDocument", "存量登记")));
        return id;
    }

    private static List<String> rowsAndColumns(Api.Answer refused) {
        return refused.json().getJsonArray("rejected").stream().map(v -> v.asJsonObject().getInt("row") + ":"
                + v.asJsonObject().getString("column")).sorted().toList();
    }

    @Test
    void badRowsAreRefusedWithTheirRowAndColumnAndNothingIsStored() {
        String id = Fixtures.idNumber(LocalDate.of(1970, 5, 5), true);
        String file = HEADER + id + ",普通护照,E11112222,出境,2025-03-01,上海浦东机场,日本\n"
                + id.substring(0, 17) + (id.charAt(17) == '1' ? "2" : "1") + ",普通护照,E11112222,入境,2025-03-05,上海浦东机场,\n"
                + id + ",公务护照,E11112222,入境,2025-03-05,上海浦东机场,\n"
                + id + ",往来港澳通行证,C11112222,出境,2026-07-01,深圳罗湖口岸,香港\n"
                + id + ",往来港澳通行证,C11112222,出境,2025-04-01,深圳罗湖口岸,\n"
                + id + ",往来港澳通行证,C11112222,过境,2025-04-01,,香港\n";
        Api.Answer refused = expect(422, importCrossings(api, file));
        assertEquals(List.of("3:身份证号", "4:证件类型", "5:日期", "6:前往地", "7:出入境方向", "7:口岸"), rowsAndColumns(refused), refused::toString);
        long stored = expect(200, api.postBytes("imports/border-crossings?wait=true&mode=valid-rows", "text/csv",
                file.getBytes(StandardCharsets.UTF_8))).json().getInt("created");
        assertEquals(1, stored, "only row 2 is good");
    }

    @Test
    void theSameFileAgainIsUnchangedAndUnknownPeopleAreKeptAndCounted() {
        String unit = unitWithQuota("瑞安市统计局");
        String known = Fixtures.idNumber(LocalDate.of(1972, 2, 2), true);
        long person = personAt(unit, Fixtures.uniqueName("许"), known);
        String unknown = Fixtures.idNumber(LocalDate.of(1973, 3, 3), false);
        String file = HEADER + known + ",因私护照,e12340001,出境,2025-05-01,温州龙湾机场,泰国\n"
                + known + ",因私护照,E12340001,入境,2025-05-08,温州龙湾机场,\n"
                + known + ",护照,E12340001,入境,2025-05-08,温州龙湾机场,\n"
                + unknown + ",往来台湾通行证,L12340001,出境,2025-06-01,厦门高崎机场,中国台湾\n";
        JsonObject first = expect(200, importCrossings(api, file)).json();
        assertEquals(List.of(4, 3, 1), List.of(first.getInt("rows"), first.getInt("created"), first.getInt("unchanged")), first::toString);
        String notes = first.getJsonArray("notes").toString();
        assertTrue(notes.contains("1 行的身份证号未在实名库") && notes.contains("只保存一次"), notes);
        JsonObject again = expect(200, importCrossings(api, file)).json();
        assertEquals(List.of(0, 0, 4), List.of(again.getInt("created"), again.getInt("updated"), again.getInt("unchanged")), again::toString);

        JsonObject trips = expect(200, api.get("travel/trips?person=" + person)).json();
        assertEquals(1, trips.getInt("total"), trips::toString);
        JsonObject trip = trips.getJsonArray("items").getJsonObject(0);
        assertEquals(List.of("2025-05-01", "2025-05-08", "泰国", "因私护照 E12340001", unit), List.of(trip.getString("departedOn"),
                trip.getString("returnedOn"), trip.getString("destination"), trip.getString("document"), trip.getString("unitCode")));
        assertTrue(!trip.containsKey("applicationNumber") || trip.isNull("applicationNumber"), trip::toString);
    }

    @Test
    void onlyTheOfficeAndCadreSupervisionImportAndAClerkSeesTheTripsOfTheirUnits() {
        String mine = unitWithQuota("瑞安市林业局");
        String other = unitWithQuota("瑞安市海洋局");
        String myId = Fixtures.idNumber(LocalDate.of(1976, 6, 6), true);
        String otherId = Fixtures.idNumber(LocalDate.of(1977, 7, 7), true);
        long me = personAt(mine, Fixtures.uniqueName("郑"), myId);
        long them = personAt(other, Fixtures.uniqueName("冯"), otherId);
        String file = HEADER + myId + ",因私护照,E55660001,出境,2025-07-01,杭州萧山机场,新加坡\n"
                + otherId + ",因私护照,E55660002,出境,2025-07-02,杭州萧山机场,新加坡\n";
        Api clerk = account("UNIT_CLERK", mine);
        Api.Answer refused = expect(403, importCrossings(clerk, file));
        assertTrue(refused.json().getString("detail").contains("出入境记录"), refused::toString);
        Api cadre = account("CADRE_SUPERVISION", null);
        expect(200, importCrossings(cadre, file));
        expect(403, cadre.postBytes("imports/roster?wait=true", "text/csv", "身份证号,姓名,人员身份\n".getBytes(StandardCharsets.UTF_8)));

        JsonObject seen = expect(200, clerk.get("travel/trips?from=2025-07-01&to=2025-07-31")).json();
        Set<Long> people = seen.getJsonArray("items").stream().map(v -> v.asJsonObject().getJsonNumber("personId").longValue())
                .collect(Collectors.toSet());
        assertEquals(Set.of(me), people, seen::toString);
        assertTrue(seen.getJsonArray("items").getJsonObject(0).getString("idNumber").contains("*"), "a clerk sees masked numbers");
        expect(404, clerk.get("travel/trips?person=" + them));
        JsonObject all = expect(200, cadre.get("travel/trips?unit=" + other + "&from=2025-07-01")).json();
        assertEquals(1, all.getInt("total"), all::toString);
        assertEquals("尚未入境", all.getJsonArray("items").getJsonObject(0).getString("note"));
        assertEquals(otherId, all.getJsonArray("items").getJsonObject(0).getString("idNumber"));
    }

    /**
     * issue 8, point 8: generated filings, appointments, documents with their hand-ins and check-outs, approvals and
     * crossings; the findings of every rule are exactly the planted ones, and every rule is planted.
     */
    @Test
    void theChecksFindExactlyThePlantedProblems() {
        List<String> units = List.of(unitWithQuota("瑞安市交通运输局"), unitWithQuota("瑞安市文化广电旅游局"), unitWithQuota("瑞安市卫生健康局"));
        String parent = units.get(0);
        TravelScenario s = new TravelScenario(20260630L, units, 60);
        Map<String, Long> personOf = new HashMap<>();
        for (TravelScenario.Person p : s.people) {
            long id = personAt(p.unit(), p.name(), p.idNumber());
            personOf.put(p.idNumber(), id);
            if (s.unfiled.contains(p.idNumber())) continue;
            LocalDate reported = s.filingReported.getOrDefault(p.idNumber(), TravelScenario.FILED.plusDays(9));
            expect(201, api.post("travel/filings", Api.obj("personId", id, "category", "COUNTY_LEVEL_CADRE", "department", "市委组织部",
                    "since", TravelScenario.FILED.toString(), "reportedOn", reported.toString(), "basisDocument", "瑞组〔2020〕1号")));
        }
        for (TravelScenario.Appointment a : s.appointments) {
            String unit = s.people.stream().filter(p -> p.idNumber().equals(a.idNumber())).findFirst().orElseThrow().unit();
            long appointment = expect(201, api.post("people/" + personOf.get(a.idNumber()) + "/appointments", Api.obj("unitCode", unit,
                    "category", a.category(), "validFrom", a.from().toString(), "basisDocument", "瑞委〔2020〕1号"))).json()
                    .getJsonNumber("id").longValue();
            if (a.to() != null) {
                expect(200, api.post("appointments/" + appointment + "/end", Api.obj("endDate", a.to().toString(), "basisDocument", "瑞委免〔2025〕1号")));
            }
        }
        Map<String, Long> documentOf = new HashMap<>();
        for (TravelScenario.Document d : s.documents) {
            long doc = expect(201, api.post("travel/documents", Api.obj("lateReason", "据原台账补录", "personId", personOf.get(d.idNumber()), "docType", d.type(),
                    "docNumber", d.number(), "issuedOn", d.issued().toString(), "expiresOn", d.issued().plusYears(10).toString(),
                    "declaredOn", d.declared().toString(), "basisDocument", "个人报告"))).json().getJsonObject("document")
                    .getJsonNumber("id").longValue();
            documentOf.put(d.number(), doc);
            LocalDate handIn = s.handIns.get(d.number());
            if (handIn != null) expect(200, api.post("travel/documents/" + doc + "/hand-in", Api.obj("lateReason", "据原台账补录", "date", handIn.toString())));
        }
        for (TravelScenario.Declaration d : s.declarations) {
            expect(201, api.post("travel/declarations", Api.obj("lateReason", "据原台账补录", "personId", personOf.get(d.idNumber()), "departsOn", d.departs().toString(),
                    "returnsOn", d.returns().toString(), "destinations", "[\"" + d.destination() + "\"]", "declaredOn", d.declared().toString(),
                    "note", "自查报告")));
        }
        JsonObject approvals = expect(200, api.postBytes("imports/travel-applications?wait=true", "text/csv",
                s.approvalsCsv().getBytes(StandardCharsets.UTF_8))).json();
        assertEquals(s.approvals.size(), approvals.getInt("created"), approvals::toString);
        JsonObject crossings = expect(200, importCrossings(api, s.crossingsCsv())).json();
        assertEquals(s.crossings.size(), crossings.getInt("created"), crossings::toString);
        for (TravelScenario.Checkout c : s.checkouts) {
            long application = expect(200, api.get("travel/applications?person=" + personOf.get(c.idNumber()) + "&limit=50")).json()
                    .getJsonArray("items").stream().map(v -> v.asJsonObject()).filter(a -> a.getString("departsOn").equals(c.departs().toString()))
                    .findFirst().orElseThrow().getJsonNumber("id").longValue();
            long doc = documentOf.get(c.number());
            expect(200, api.post("travel/documents/" + doc + "/check-out", Api.obj("lateReason", "据原台账补录", "date", c.out().toString(), "applicationId", application)));
            if (c.returned() != null) expect(200, api.post("travel/documents/" + doc + "/return", Api.obj("lateReason", "据原台账补录", "date", c.returned().toString())));
        }

        Map<Long, String> idOf = personOf.entrySet().stream().collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
        Set<String> found = new TreeSet<>();
        for (String unit : units) {
            JsonObject page = expect(200, api.get("travel/findings?unit=" + unit + "&limit=500")).json();
            // a filing version's id and an application's number are the database's: the manifest names their kind
            page.getJsonArray("items").stream().map(v -> v.asJsonObject())
                    .forEach(f -> found.add(f.getString("rule") + "|" + idOf.get(f.getJsonNumber("personId").longValue()) + "|"
                            + f.getString("subject").replaceAll("^FILING:\\d+$", "FILING").replaceAll("^CG\\d{4}-\\d+$", "CG")));
        }
        // the generated county's past is entered after the fact: its late entries (事后补录) are findings of their own
        found.removeIf(f -> f.startsWith("LATE_ENTRY_"));
        assertEquals(s.manifest, found);
        // the rules on public security's own records need its issuance and certificate files, which this county never
        // imports: that none of them is found here is the point (TravelPoliceIT plants them); late entries are the
        // generator's own back-dated history, not planted
        Set<TravelRule> police = Set.of(TravelRule.DOCUMENT_FORGED, TravelRule.CERTIFICATE_OUTSIDE_AUTHORITY);
        assertTrue(java.util.Arrays.stream(TravelRule.values()).filter(r -> !police.contains(r) && !r.name().startsWith("LATE_ENTRY_"))
                .allMatch(r -> s.manifest.stream().anyMatch(m -> m.startsWith(r.name() + "|"))), "every rule is planted at least once: " + s.manifest);
        JsonObject late = expect(200, api.get("travel/findings?rule=TRIP_LATE_RETURN&unit=" + parent)).json();
        assertTrue(late.getJsonArray("items").stream().allMatch(v -> v.asJsonObject().getString("message").contains("逾期")), late::toString);
    }
}
