package org.bianzhi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A number a field cannot hold is refused naming the field, never wrapped, cut or read as 0 and stored. */
class WholeNumbersIT extends ApiTest {

    private static final List<String> NOT_AN_INT = List.of("-2147483649", "4294967299", "1.5", "9223372036854775808", "1e308", "-0.5");

    @Test
    void countsBeyondAnIntegerOrWithAFractionAre422NamingTheFieldAndStoreNothing() {
        String unit = unit(true, "瑞安市数字测试局", null);
        for (String n : NOT_AN_INT) {
            var refused = expect(422, api.post("units/" + unit + "/quotas", "{\"quotaType\":\"ADMINISTRATIVE\",\"approved\":" + n
                    + ",\"validFrom\":\"2021-01-01\",\"basisDocument\":\"瑞编〔2021〕1号\"}"));
            assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
            assertEquals("approved", refused.json().getJsonArray("errors").getJsonObject(0).getString("field"), refused::toString);
            var plan = expect(422, api.post("staffing-plans", "{\"unitCode\":\"" + unit + "\",\"quotaType\":\"ADMINISTRATIVE\",\"count\":" + n + "}"));
            assertEquals("count", plan.json().getJsonArray("errors").getJsonObject(0).getString("field"), plan::toString);
        }
        JsonObject e = expect(200, api.get("units/" + unit + "/establishment")).json();
        assertEquals(0, e.getJsonArray("quotas").size(), "nothing of the refused approvals was stored: " + e);
        expect(201, api.post("units/" + unit + "/quotas", "{\"quotaType\":\"ADMINISTRATIVE\",\"approved\":3.0,"
                + "\"validFrom\":\"2021-01-01\",\"basisDocument\":\"瑞编〔2021〕1号\"}"));
        assertEquals(3, line(unit, "ADMINISTRATIVE", null).getInt("approved"), "3.0 is the whole number 3");
    }

    @Test
    void anIdBeyondALongIsRefusedAndSoIsAFractionInANestedObject() {
        var refused = expect(422, api.post("notices", "{\"kind\":\"DECREASE\",\"occupancyId\":9223372036854775808,\"exitDate\":\"2026-06-01\","
                + "\"reason\":\"调出\"}"));
        assertEquals("occupancyId", refused.json().getJsonArray("errors").getJsonObject(0).getString("field"), refused::toString);
        var nested = expect(422, api.post("notices", "{\"kind\":\"INCREASE\",\"unitCode\":\"" + Fixtures.unitCode(true)
                + "\",\"quotaType\":\"ADMINISTRATIVE\",\"entryDate\":\"2026-06-01\",\"entryRoute\":\"EXAM\","
                + "\"person\":{\"idNumber\":\"x\",\"name\":\"y\",\"identity\":\"CIVIL_SERVANT\",\"version\":1.5}}"));
        assertEquals("person.version", nested.json().getJsonArray("errors").getJsonObject(0).getString("field"), nested::toString);
    }
}
