package org.bianzhi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** 控编: staffing plans, increase and decrease notices, and the race for the last vacant slot. */
class QuotaControlIT extends ApiTest {

    @Test
    void increaseNoticesFillVacanciesWithSequentialNumbersThenRefuseWithTheNumbers() {
        String unit = unit(true, "瑞安市审计局", null);
        approveQuota(unit, "ADMINISTRATIVE", 2, "2020-01-01");
        JsonObject first = expect(201, api.post("notices", increase(unit, "ADMINISTRATIVE", "孙一", null))).json();
        JsonObject second = expect(201, api.post("notices", increase(unit, "行政编制", "孙二", null))).json();
        assertTrue(first.getString("number").matches("Z2026-\\d{5}"), first::toString);
        assertEquals(first.getInt("serial") + 1, second.getInt("serial"), "numbers run without gaps");
        assertEquals(2026, second.getInt("year"));

        var refused = expect(409, api.post("notices", increase(unit, "ADMINISTRATIVE", "孙三", null)));
        assertEquals("no-vacancy", refused.json().getString("code"));
        String detail = refused.json().getString("detail");
        assertTrue(detail.contains("核定 2 名，实有 2 名") && detail.contains("空编 0 名"), detail);
        assertEquals(List.of(2, 2, 0), counts(line(unit, "ADMINISTRATIVE", null)));

        JsonObject occupancy = expect(200, api.get("occupancies/" + first.getJsonNumber("occupancyId").longValue())).json();
        assertEquals(first.getString("number"), occupancy.getString("increaseNoticeNumber"));
        assertEquals("2026-05-01", occupancy.getString("validFrom"));
    }

    private static List<Integer> counts(JsonObject line) {
        return List.of(line.getInt("approved"), line.getInt("occupied"), line.getInt("vacant"));
    }

    @Test
    void anAdministratorOverrideIsRecordedWithItsReason() {
        String unit = unit(true, "瑞安市退役军人事务局", null);
        approveQuota(unit, "ADMINISTRATIVE", 1, "2020-01-01");
        expect(201, api.post("notices", increase(unit, "ADMINISTRATIVE", "周一", null)));
        String body = increase(unit, "ADMINISTRATIVE", "周二", null).replaceFirst("\\}$",
                ",\"overrideReason\":\"军转干部指令性安置（浙军转〔2026〕3号）\"}");
        JsonObject n = expect(201, api.post("notices", body)).json();
        assertEquals("军转干部指令性安置（浙军转〔2026〕3号）", n.getString("overrideReason"));
        JsonObject line = line(unit, "ADMINISTRATIVE", null);
        assertEquals(1, line.getInt("over"));
        JsonObject dossier = expect(200, api.get("people/" + n.getJsonNumber("personId").longValue())).json();
        assertEquals("军转干部指令性安置（浙军转〔2026〕3号）", dossier.getJsonArray("occupancies").getJsonObject(0).getString("overrideReason"));
    }

    @Test
    void anApprovedPlanReservesSlotsThatItsNoticesThenUse() {
        String unit = unit(false, "瑞安市第二人民医院", null);
        approveQuota(unit, "PUBLIC_INSTITUTION", 3, "2020-01-01");
        JsonObject plan = expect(201, api.post("staffing-plans", Api.obj("unitCode", unit, "quotaType", "事业编制", "count", 2,
                "reason", "2026年公开招聘护理人员"))).json();
        assertEquals("APPLIED", plan.getString("status"));
        String planId = String.valueOf(plan.getJsonNumber("id").longValue());
        JsonObject approved = expect(200, api.post("staffing-plans/" + planId + "/approve",
                Api.obj("basisDocument", "瑞编〔2026〕21号", "validUntil", "2026-12-31"))).json();
        assertEquals("APPROVED", approved.getString("status"));
        JsonObject line = line(unit, "PUBLIC_INSTITUTION", null);
        assertEquals(List.of(3, 0, 2, 1), List.of(line.getInt("approved"), line.getInt("occupied"), line.getInt("reserved"), line.getInt("vacant")));

        JsonObject tooMany = expect(201, api.post("staffing-plans", Api.obj("unitCode", unit, "quotaType", "PUBLIC_INSTITUTION", "count", 2))).json();
        var refused = expect(409, api.post("staffing-plans/" + tooMany.getJsonNumber("id").longValue() + "/approve",
                Api.obj("basisDocument", "瑞编〔2026〕22号")));
        assertTrue(refused.json().getString("detail").contains("空编 1 名，不足申请的 2 名"), refused::toString);

        String body = increase(unit, "PUBLIC_INSTITUTION", "吴护士", planId).replace("CIVIL_SERVANT", "INSTITUTION_STAFF");
        JsonObject notice = expect(201, api.post("notices", body)).json();
        assertEquals(Long.parseLong(planId), notice.getJsonNumber("staffingPlanId").longValue());
        line = line(unit, "PUBLIC_INSTITUTION", null);
        assertEquals(List.of(3, 1, 1, 1), List.of(line.getInt("approved"), line.getInt("occupied"), line.getInt("reserved"), line.getInt("vacant")));
        assertEquals(1, expect(200, api.get("staffing-plans/" + planId)).json().getInt("remaining"));
    }

    @Test
    void aDecreaseNoticeEndsTheOccupancyAndFreesTheSlot() {
        String unit = unit(true, "瑞安市档案局", null);
        approveQuota(unit, "ADMINISTRATIVE", 1, "2020-01-01");
        JsonObject in = expect(201, api.post("notices", increase(unit, "ADMINISTRATIVE", "郑一", null))).json();
        long occupancyId = in.getJsonNumber("occupancyId").longValue();
        var missing = expect(422, api.post("notices", Api.obj("kind", "DECREASE", "occupancyId", occupancyId)));
        var fields = missing.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")).sorted().toList();
        assertEquals(List.of("exitDate", "reason"), fields);
        JsonObject out = expect(201, api.post("notices", Api.obj("kind", "DECREASE", "occupancyId", occupancyId,
                "exitDate", "2026-06-01", "reason", "调出"))).json();
        assertTrue(out.getString("number").startsWith("J2026-"), out::toString);
        assertEquals("TRANSFER_OUT", out.getString("exitReason"));
        assertEquals(List.of(1, 0, 1), counts(line(unit, "ADMINISTRATIVE", null)));
        assertEquals(List.of(1, 1, 0), counts(line(unit, "ADMINISTRATIVE", "2026-05-31")), "history keeps the person until the exit date");
        assertEquals("already-ended", expect(409, api.post("notices", Api.obj("kind", "DECREASE", "occupancyId", occupancyId,
                "exitDate", "2026-06-02", "reason", "调出"))).json().getString("code"));
    }

    @Test
    void aPersonWhoStillOccupiesAQuotaCannotEnterAnother() {
        String a = unit(true, "瑞安市民政局", null);
        String b = unit(true, "瑞安市应急管理局", null);
        approveQuota(a, "ADMINISTRATIVE", 3, "2020-01-01");
        approveQuota(b, "ADMINISTRATIVE", 3, "2020-01-01");
        String id = Fixtures.idNumber(LocalDate.of(1992, 2, 2), true);
        String person = Api.obj("idNumber", id, "name", "冯一", "identity", "CIVIL_SERVANT");
        expect(201, api.post("notices", Api.obj("kind", "INCREASE", "unitCode", a, "quotaType", "ADMINISTRATIVE",
                "entryDate", "2026-01-01", "entryRoute", "EXAM", "person", person)));
        var refused = expect(409, api.post("notices", Api.obj("kind", "INCREASE", "unitCode", b, "quotaType", "ADMINISTRATIVE",
                "entryDate", "2026-06-01", "entryRoute", "LATERAL_TRANSFER", "person", person)));
        assertEquals("already-occupying", refused.json().getString("code"));
        assertEquals(List.of(3, 0, 3), counts(line(b, "ADMINISTRATIVE", null)), "nothing of the refused notice is stored");
    }

    @Test
    void twentyClerksRacingForFiveVacantSlotsFillExactlyFive() {
        String unit = unit(true, "瑞安市综合行政执法局", null);
        approveQuota(unit, "ADMINISTRATIVE", 5, "2020-01-01");
        List<CompletableFuture<Api.Answer>> requests = new ArrayList<>();
        for (int i = 0; i < 20; i++) requests.add(api.postAsync("notices", increase(unit, "ADMINISTRATIVE", "并发" + (char) ('甲' + i), null)));
        List<Api.Answer> answers = requests.stream().map(CompletableFuture::join).toList();
        long created = answers.stream().filter(a -> a.status() == 201).count();
        List<Api.Answer> refused = answers.stream().filter(a -> a.status() != 201).toList();
        assertEquals(5, created, () -> answers.toString());
        assertTrue(refused.stream().allMatch(a -> a.status() == 409 && a.json().getString("code").equals("no-vacancy")), refused::toString);
        assertEquals(List.of(5, 5, 0), counts(line(unit, "ADMINISTRATIVE", null)));
        List<Integer> serials = answers.stream().filter(a -> a.status() == 201).map(a -> a.json().getInt("serial")).sorted().toList();
        assertEquals(4, serials.get(4) - serials.get(0), "the five numbers are consecutive: " + serials);
        assertEquals(5, expect(200, api.get("units/" + unit + "/people")).json().getInt("total"));
    }
}
