package org.bianzhi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * 控编 on every date: a slot taken from an entry date is taken on every later date, so an entry must fit under the
 * entries, exits and plans after it too, not only on its own date (a back-dated notice once overfilled a later date).
 */
class QuotaOnEveryDateIT extends ApiTest {

    private static final LocalDate FIRST = LocalDate.of(2025, 1, 1);
    private static final int DAYS = 3 * 365;

    @Test
    void aBackDatedEntryMustFitUnderALaterOneAndAnExitFreesTheSlotOnlyFromItsDate() {
        String hospital = unit(false, "瑞安市第三人民医院", null);
        approveQuota(hospital, "PUBLIC_INSTITUTION", 1, "2020-01-01");
        expect(201, api.post("notices", increaseOn(hospital, "PUBLIC_INSTITUTION", "2026-12-20")));
        var refused = expect(409, api.post("notices", increaseOn(hospital, "PUBLIC_INSTITUTION", "2026-12-10")));
        assertEquals("no-vacancy", refused.json().getString("code"));
        assertTrue(refused.json().getString("detail").contains("2026-12-20 已无空编"), refused::toString);
        JsonObject yearEnd = line(hospital, "PUBLIC_INSTITUTION", "2026-12-31");
        assertEquals(List.of(1, 1, 0), List.of(yearEnd.getInt("approved"), yearEnd.getInt("occupied"), yearEnd.getInt("over")));

        String bureau = unit(true, "瑞安市林业局", null);
        approveQuota(bureau, "ADMINISTRATIVE", 1, "2020-01-01");
        long holder = expect(201, api.post("notices", increaseOn(bureau, "ADMINISTRATIVE", "2026-01-01"))).json()
                .getJsonNumber("occupancyId").longValue();
        expect(201, api.post("notices", Api.obj("kind", "DECREASE", "occupancyId", holder, "exitDate", "2026-06-30", "reason", "调出")));
        assertEquals("no-vacancy", expect(409, api.post("notices", increaseOn(bureau, "ADMINISTRATIVE", "2026-05-04"))).json()
                .getString("code"), "the holder is there until 2026-06-30");
        expect(201, api.post("notices", increaseOn(bureau, "ADMINISTRATIVE", "2026-06-30")));
    }

    @Test
    void aPlanIsNotApprovedWhenALaterEntryLeavesNoRoomForItWhileItIsValidAndIsWhenItEndsBefore() {
        String school = unit(false, "瑞安市第九中学", null);
        approveQuota(school, "PUBLIC_INSTITUTION", 2, "2020-01-01");
        expect(201, api.post("notices", increaseOn(school, "PUBLIC_INSTITUTION", "2026-09-01")));
        expect(201, api.post("notices", increaseOn(school, "PUBLIC_INSTITUTION", "2026-10-01")));
        long plan = expect(201, api.post("staffing-plans", Api.obj("unitCode", school, "quotaType", "PUBLIC_INSTITUTION", "count", 1)))
                .json().getJsonNumber("id").longValue();
        var refused = expect(409, api.post("staffing-plans/" + plan + "/approve", Api.obj("basisDocument", "瑞编〔2026〕31号",
                "validUntil", "2026-12-31")));
        assertTrue(refused.json().getString("detail").contains("在 2026-10-01 核定 2 名，实有 2 名"), refused::toString);
        expect(200, api.post("staffing-plans/" + plan + "/approve", Api.obj("basisDocument", "瑞编〔2026〕31号",
                "validUntil", "2026-09-30")));
    }

    @Test
    void twentyNoticesWithTwentyDatesRacingForFiveSlotsLetExactlyFiveInAndNoDateIsOverQuota() {
        String unit = unit(true, "瑞安市数据局", null);
        approveQuota(unit, "ADMINISTRATIVE", 5, "2020-01-01");
        List<String> dates = new ArrayList<>();
        for (int i = 0; i < 20; i++) dates.add(LocalDate.of(2026, 1, 5).plusDays(17L * i).toString());
        Collections.shuffle(dates, new Random(dates.hashCode()));
        List<CompletableFuture<Api.Answer>> racing = dates.stream().map(d -> api.postAsync("notices", increaseOn(unit, "ADMINISTRATIVE", d))).toList();
        List<Api.Answer> answers = racing.stream().map(CompletableFuture::join).toList();
        assertEquals(5, answers.stream().filter(a -> a.status() == 201).count(), answers::toString);
        assertTrue(answers.stream().filter(a -> a.status() != 201).allMatch(a -> a.status() == 409), answers::toString);
        for (String d : dates) assertEquals(0, line(unit, "ADMINISTRATIVE", d).getInt("over"), "over quota on " + d);
    }

    /**
     * Random sequences of increase and decrease notices, staffing plans and quota raises with random dates (seed in
     * the message; {@code -Dquota.seed} repeats one): afterwards no date of the unit is over quota, since no override
     * was used.
     */
    @Test
    void randomSequencesNeverLeaveAUnitOverQuotaOnAnyDate() {
        long seed = Long.getLong("quota.seed", System.nanoTime());
        Random random = new Random(seed);
        for (int sequence = 0; sequence < 6; sequence++) {
            String unit = unit(true, "瑞安市序列测试局", null);
            int approved = 2 + random.nextInt(3);
            approveQuota(unit, "ADMINISTRATIVE", approved, "2020-01-01");
            TreeSet<LocalDate> dates = new TreeSet<>();
            List<long[]> open = new ArrayList<>(); // occupancy id, entry day
            for (int step = 0; step < 14; step++) {
                LocalDate on = FIRST.plusDays(random.nextInt(DAYS));
                int op = random.nextInt(10);
                if (op < 6) {
                    Api.Answer a = api.post("notices", increaseOn(unit, "ADMINISTRATIVE", on.toString()));
                    assertTrue(a.status() == 201 || a.status() == 409, () -> "seed " + seed + ": " + a);
                    if (a.status() == 201) open.add(new long[] {a.json().getJsonNumber("occupancyId").longValue(), on.toEpochDay()});
                } else if (op < 8 && !open.isEmpty()) {
                    long[] o = open.remove(random.nextInt(open.size()));
                    on = LocalDate.ofEpochDay(o[1] + 1 + random.nextInt(400));
                    expect(201, api.post("notices", Api.obj("kind", "DECREASE", "occupancyId", o[0], "exitDate", on.toString(),
                            "reason", "调出")));
                } else if (op < 9) {
                    approved += 1; // from a date on: a raise, never a cut, so every earlier entry still fits
                    approveQuota(unit, "ADMINISTRATIVE", approved, on.toString());
                } else {
                    JsonObject plan = expect(201, api.post("staffing-plans", Api.obj("unitCode", unit, "quotaType", "ADMINISTRATIVE",
                            "count", 1))).json();
                    Api.Answer a = api.post("staffing-plans/" + plan.getJsonNumber("id").longValue() + "/approve",
                            Api.obj("basisDocument", "瑞编〔2026〕9号", "validUntil", TODAY.plusDays(random.nextInt(200)).toString()));
                    assertTrue(a.status() == 200 || a.status() == 409, () -> "seed " + seed + ": " + a);
                    on = TODAY;
                }
                dates.add(on);
                dates.add(on.minusDays(1));
            }
            for (LocalDate d : dates) {
                JsonObject line = line(unit, "ADMINISTRATIVE", d.toString());
                assertEquals(0, line.getInt("over"), "seed " + seed + ", sequence " + sequence + ": over quota on " + d + ": " + line);
                assertTrue(line.getInt("occupied") + line.getInt("reserved") <= line.getInt("approved"),
                        "seed " + seed + ", sequence " + sequence + ": more taken than approved on " + d + ": " + line);
            }
        }
    }

    private String increaseOn(String unit, String type, String entryDate) {
        String identity = type.equals("PUBLIC_INSTITUTION") ? "INSTITUTION_STAFF" : "CIVIL_SERVANT";
        return Api.obj("kind", "INCREASE", "unitCode", unit, "quotaType", type, "entryDate", entryDate, "entryRoute", "OPEN_RECRUITMENT",
                "person", Api.obj("idNumber", Fixtures.idNumber(LocalDate.of(1994, 4, 4), false), "name", Fixtures.uniqueName("林"),
                        "identity", identity));
    }
}
