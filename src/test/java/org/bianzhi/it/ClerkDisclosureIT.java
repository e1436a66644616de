package org.bianzhi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A unit clerk who types an ID number of someone outside their units learns nothing of that person: not the stored
 * name, the person number or the unit, whatever name they try. A transfer in (调入) still works: the old unit ends the
 * occupancy, the office's increase notice takes the registered person in, and the clerk then sees them. Someone
 * registered and not yet placed is seen by the clerk who registered them and by nobody else among the clerks.
 */
class ClerkDisclosureIT extends ApiTest {

    private static final String PASSWORD = "Disclose2026pass";

    @Test
    void aClerkTurnsNoIdNumberIntoANameAndATransferInWorksOnceTheOldUnitLetsGo() {
        String own = unit(true, "瑞安市水利局", null);
        String other = unit(true, "瑞安市农业农村局", null);
        approveQuota(own, "ADMINISTRATIVE", 3, "2020-01-01");
        approveQuota(other, "ADMINISTRATIVE", 3, "2020-01-01");
        String storedName = Fixtures.uniqueName("王");
        String idNumber = Fixtures.idNumber(LocalDate.of(1982, 10, 26), false);
        var placed = expect(201, api.post("notices", notice(other, idNumber, storedName, "2026-01-10"))).json();
        long occupancy = placed.getJsonNumber("occupancyId").longValue();
        long personId = placed.getJsonNumber("personId").longValue();

        Api clerk = clerkOf(own);

        // registering the number: one answer for a wrong and for the right name, naming nobody
        List<Api.Answer> tries = List.of(
                clerk.post("people", Api.obj("idNumber", idNumber, "name", "张三", "identity", "CIVIL_SERVANT")),
                clerk.post("people", Api.obj("idNumber", idNumber, "name", storedName, "identity", "CIVIL_SERVANT")));
        for (Api.Answer a : tries) {
            assertEquals(409, a.status(), a::toString);
            assertEquals("person-registered", a.json().getString("code"), a::toString);
            assertTrue(a.contentType().startsWith("application/problem+json"), a.contentType());
            assertHidesThePerson(a.raw(), storedName, personId, "农业农村局");
        }
        assertEquals(tries.get(0).json().getString("detail"), tries.get(1).json().getString("detail"), "the right name tells nothing more");

        // a roster file: the row is refused without the stored name, and the right name gets the same refusal
        List<String> reasons = new java.util.ArrayList<>();
        for (String name : List.of("张三", storedName)) {
            String roster = "身份证号,姓名,人员身份,编制单位代码,编制类型,入编日期,工作单位代码,岗位类型\n" + idNumber + "," + name + ",公务员," + own
                    + ",行政编制,2021-01-01," + own + ",行政岗位\n";
            Api.Answer refused = expect(422, clerk.postBytes("imports/roster?wait=true", "text/csv", roster.getBytes(StandardCharsets.UTF_8)));
            assertHidesThePerson(refused.raw(), name.equals(storedName) ? "农业农村局" : storedName, personId, "农业农村局");
            reasons.add(refused.json().getJsonArray("errors").getJsonObject(0).getString("reason"));
        }
        assertEquals(reasons.get(0), reasons.get(1), "a guessed right name is not let in");
        assertEquals(0, expect(200, api.get("units/" + own + "/establishment")).json().getJsonArray("quotas").stream()
                .mapToInt(q -> q.asJsonObject().getInt("occupied")).sum(), "nothing stored in the clerk's unit");

        // the office sees who it is
        assertTrue(expect(409, api.post("people", Api.obj("idNumber", idNumber, "name", "张三", "identity", "CIVIL_SERVANT"))).raw()
                .contains(storedName));

        // 调入: the old unit's decrease notice, then the office's increase notice with the same number and name; the clerk
        // then sees the person and records the post
        expect(201, api.post("notices", Api.obj("kind", "DECREASE", "occupancyId", occupancy, "exitDate", "2026-06-01", "reason", "调出")));
        var in = expect(201, api.post("notices", notice(own, idNumber, storedName, "2026-06-15"))).json();
        assertEquals(personId, in.getJsonNumber("personId").longValue(), "the registered person, not a second one");
        assertEquals(storedName, expect(200, clerk.get("people/" + personId)).json().getJsonObject("person").getString("name"));
        expect(201, clerk.post("people/" + personId + "/postings", Api.obj("unitCode", own, "postType", "ADMINISTRATIVE_POST",
                "arrangement", "REGULAR", "validFrom", "2026-06-15", "basisDocument", "瑞水人〔2026〕5号")));
    }

    @Test
    void someoneRegisteredAndNotYetPlacedIsTheRegisteringClerksAloneAmongClerks() {
        String first = unit(true, "瑞安市住建局", null);
        String second = unit(true, "瑞安市交通运输局", null);
        Api registering = clerkOf(first);
        Api other = clerkOf(second);
        String name = Fixtures.uniqueName("钱");
        long id = expect(201, registering.post("people", Api.obj("idNumber", Fixtures.idNumber(LocalDate.of(1996, 6, 6), true),
                "name", name, "identity", "CIVIL_SERVANT"))).json().getJsonNumber("id").longValue();
        String rename = Api.obj("name", Fixtures.uniqueName("孙"), "identity", "CIVIL_SERVANT", "basisDocument", "更正姓名");

        expect(404, other.get("people/" + id));
        expect(404, other.edit("people/" + id, rename));
        assertEquals(name, expect(200, registering.get("people/" + id)).json().getJsonObject("person").getString("name"), "nobody renamed");
        expect(200, registering.edit("people/" + id, rename));
        expect(200, api.get("people/" + id));
    }

    private Api clerkOf(String unit) {
        String username = "clerk-" + unit.substring(8, 17).toLowerCase();
        expect(201, api.post("accounts", Api.obj("username", username, "displayName", "人事专员", "password", PASSWORD,
                "role", "UNIT_CLERK", "unitCode", unit)));
        return new Api(deployment()).signIn(username, PASSWORD);
    }

    private static void assertHidesThePerson(String answer, String storedName, long personId, String otherUnit) {
        assertFalse(answer.contains(storedName), () -> "the stored name leaked: " + answer);
        assertFalse(answer.contains(otherUnit), () -> "the other unit leaked: " + answer);
        assertFalse(answer.contains("\"personId\":" + personId) || answer.contains("人员编号 " + personId) || answer.contains("people/" + personId),
                () -> "the person number leaked: " + answer);
    }

    private static String notice(String unit, String idNumber, String name, String entryDate) {
        return Api.obj("kind", "INCREASE", "unitCode", unit, "quotaType", "ADMINISTRATIVE", "entryDate", entryDate,
                "entryRoute", "LATERAL_TRANSFER", "person", Api.obj("idNumber", idNumber, "name", name, "identity", "CIVIL_SERVANT"));
    }
}
