package org.bianzhi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.util.HashMap;
import java.util.Map;

/**
 * The three hands an approval passes through (issue 21, item 5): a clerk of the person's unit gives the unit's opinion,
 * a discipline-inspection account the 纪检意见, and the decision is left to the caller (干部监督, or the administrator).
 * Accounts are made once per unit and reused.
 */
final class ApprovalChain {

    static final String PASSWORD = "Shenpi2026itest";

    private final Api admin;
    private final Map<String, Api> clerks = new HashMap<>();
    private Api discipline;
    private static int made;

    ApprovalChain(Api admin) {
        this.admin = admin;
    }

    Api account(String role, String unit) {
        String username = "chain-" + role.toLowerCase().replace('_', '-') + "-" + (++made) + "-" + System.nanoTime() % 100000;
        assertEquals(201, admin.post("accounts", Api.obj("username", username, "displayName", "审批测试", "password", PASSWORD,
                "role", role, "unitCode", unit)).status());
        return admin.withToken(null).signIn(username, PASSWORD);
    }

    /** The clerk of {@code unit}. */
    Api clerk(String unit) {
        return clerks.computeIfAbsent(unit, u -> account("UNIT_CLERK", u));
    }

    /** The discipline-inspection account (派驻纪检组). */
    Api discipline() {
        if (discipline == null) discipline = account("DISCIPLINE_INSPECTION", null);
        return discipline;
    }

    /** Both opinions 同意, each from its own account; answers the application as it then reads. */
    JsonObject agree(long application) {
        String unit = admin.get("travel/applications/" + application).json().getJsonObject("person").getString("unitCode");
        Api.Answer u = clerk(unit).post("travel/applications/" + application + "/unit-opinion", Api.obj("verdict", "AGREE", "text", "同意"));
        assertEquals(200, u.status(), u::toString);
        Api.Answer d = discipline().post("travel/applications/" + application + "/discipline-opinion",
                Api.obj("verdict", "AGREE", "text", "无违纪问题，同意"));
        assertEquals(200, d.status(), d::toString);
        return d.json();
    }
}
