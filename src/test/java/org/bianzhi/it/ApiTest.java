package org.bianzhi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the end-to-end tests: the built service ({@link SharedService}, one per database per run), driven over
 * HTTP as a client would. Every test class shares it and its database, so a test makes the units, people and
 * accounts it needs (see {@link Fixtures}) and never counts on what others left or did not leave.
 * "Today" is 2026-06-30 in these runs (BIANZHI_TODAY).
 */
@ExtendWith(TestDatabase.class)
public abstract class ApiTest {

    protected static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    /** The first administrator's password, which the forked server reads from the same environment. */
    protected static final String ADMIN_PASSWORD = System.getenv().getOrDefault("BIANZHI_ADMIN_INITIAL_PASSWORD", "Admin2026itest");
    private static String adminToken;

    protected Api api;

    /** Every test starts signed in as the administrator (one session per run). */
    @BeforeEach
    void client() {
        Api anonymous = new Api(deployment());
        if (adminToken == null) adminToken = anonymous.signIn("admin", ADMIN_PASSWORD).token();
        api = anonymous.withToken(adminToken);
    }

    /** The address the service is deployed at (the web interface is there, the API under api/v1). */
    protected URL deployment() {
        return SharedService.url();
    }

    protected Api.Answer expect(int status, Api.Answer answer) {
        assertEquals(status, answer.status(), () -> "unexpected answer: " + answer);
        return answer;
    }

    /** Establishes a county-level unit (organ or institution) from 2020-01-01 and returns its code. */
    protected String unit(boolean organ, String name, String parentCode) {
        String code = Fixtures.unitCode(organ);
        expect(201, api.post("units", Api.obj("code", code, "name", Fixtures.unitName(name), "kind", organ ? "ORGAN" : "INSTITUTION",
                "institutionClass", organ ? null : "PUBLIC_WELFARE_1", "parentCode", parentCode, "regionCode", "330381",
                "level", "COUNTY", "funding", "FULL", "validFrom", "2020-01-01", "basisDocument", "瑞编〔2020〕1号")));
        return code;
    }

    protected void approveQuota(String unit, String type, int count, String from) {
        expect(201, api.post("units/" + unit + "/quotas", Api.obj("quotaType", type, "approved", count,
                "validFrom", from, "basisDocument", "瑞编〔" + from.substring(0, 4) + "〕" + count + "号")));
    }

    protected JsonObject person(String name, String identity, LocalDate birth) {
        return expect(201, api.post("people", Api.obj("idNumber", Fixtures.idNumber(birth, true), "name", name,
                "identity", identity))).json();
    }

    /** The establishment line of one quota type, as of a date (null: today). */
    protected JsonObject line(String unit, String type, String asOf) {
        JsonObject e = expect(200, api.get("units/" + unit + "/establishment" + (asOf == null ? "" : "?asOf=" + asOf))).json();
        return e.getJsonArray("quotas").stream().map(v -> v.asJsonObject())
                .filter(q -> q.getString("quotaType").equals(type)).findFirst().orElseThrow();
    }

    protected String increase(String unit, String type, String name, String planId) {
        return Api.obj("kind", "INCREASE", "unitCode", unit, "quotaType", type, "entryDate", "2026-05-01",
                "entryRoute", "OPEN_RECRUITMENT", "staffingPlanId", planId == null ? null : Long.valueOf(planId),
                "person", Api.obj("idNumber", Fixtures.idNumber(LocalDate.of(1995, 3, 12), false), "name", name,
                        "identity", "CIVIL_SERVANT"));
    }
}
