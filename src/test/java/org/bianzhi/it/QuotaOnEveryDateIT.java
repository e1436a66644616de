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

    @Test
    void aQuotaCutIsRecordedAndItsAnswerNamesTheLatestEntrantsWhoWillBeBeyondIt() {
        String unit = unit(true, "瑞安市机构改革局", null);
        approveQuota(unit, "ADMINISTRATIVE", 3, "2020-01-01");
        List<String> names = new ArrayList<>();
        for (String entry : List.of("2026-01-10", "2026-03-10", "2026-02-10")) {
            String notice = increaseOn(unit, "ADMINISTRATIVE", entry);
            names.add(jakarta.json.Json.createReader(new java.io.StringReader(notice)).readObject().getJsonObject("person").getString("name"));
            expect(201, api.post("notices", notice));
        }
        JsonObject cut = expect(201, api.post("units/" + unit + "/quotas", Api.obj("quotaType", "ADMINISTRATIVE", "approved", 1,
                "validFrom", "2026-07-01", "basisDocument", "瑞编〔2026〕改革1号"))).json();
        assertEquals(1, cut.getInt("approved"), "a reform's cut is recorded, not refused");
        JsonObject over = cut.getJsonObject("overQuota");
        assertEquals(List.of("2026-07-01", 1, 3), List.of(over.getString("from"), over.getInt("approved"), over.getInt("occupied")));
        assertEquals(List.of(names.get(1), names.get(2)), over.getJsonArray("beyond").stream()
                .map(b -> b.asJsonObject().getString("name")).toList(), "the latest entrants, newest first: " + over);
        assertEquals(0, line(unit, "ADMINISTRATIVE", "2026-06-30").getInt("over"));
        assertEquals(2, line(unit, "ADMINISTRATIVE", "2026-07-01").getInt("over"));
        // the audit names the same people, from that date on
        assertEquals(List.of(), overQuotaPeople(unit, "2026-06-30"));
        List<Long> beyond = over.getJsonArray("beyond").stream().map(b -> b.asJsonObject().getJsonNumber("personId").longValue()).toList();
        assertEquals(new TreeSet<>(beyond), new TreeSet<>(overQuotaPeople(unit, "2026-07-01")));

        JsonObject raise = expect(201, api.post("units/" + unit + "/quotas", Api.obj("quotaType", "ADMINISTRATIVE", "approved", 3,
                "validFrom", "2026-09-01", "basisDocument", "瑞编〔2026〕改革2号"))).json();
        assertTrue(!raise.containsKey("overQuota") || raise.isNull("overQuota"), "no one is beyond a quota of 3 from then: " + raise);
    }

    /**
     * Random sequences of increase notices (some in parallel batches), decrease notices, staffing plans and quota raises
     * and cuts with random dates (seed in the message; {@code -Dquota.seed} repeats one). Afterwards, on every date where
     * something changed: nothing is taken beyond the quota before the first cut; and a unit is over quota only from a date
     * that a cut's answer announced, since no override was used.
     */
    @Test
    void randomSequencesNeverLeaveAUnitOverQuotaOnADateNoCutAnnounced() {
        long seed = Long.getLong("quota.seed", System.nanoTime());
        Random random = new Random(seed);
        for (int sequence = 0; sequence < 6; sequence++) {
            String unit = unit(true, "瑞安市序列测试局", null);
            int approved = 2 + random.nextInt(3);
            approveQuota(unit, "ADMINISTRATIVE", approved, "2020-01-01");
            TreeSet<LocalDate> dates = new TreeSet<>();
            LocalDate firstCut = LocalDate.MAX;
            LocalDate announcedOver = LocalDate.MAX;
            List<long[]> open = new ArrayList<>(); // occupancy id, entry day
            for (int step = 0; step < 14; step++) {
                LocalDate on = FIRST.plusDays(random.nextInt(DAYS));
                int op = random.nextInt(12);
                if (op < 5) {
                    List<LocalDate> batch = new ArrayList<>();
                    for (int i = op < 3 ? 1 : 4; i > 0; i--) batch.add(FIRST.plusDays(random.nextInt(DAYS)));
                    var racing = batch.stream().map(d -> api.postAsync("notices", increaseOn(unit, "ADMINISTRATIVE", d.toString()))).toList();
                    for (int i = 0; i < batch.size(); i++) {
                        Api.Answer a = racing.get(i).join();
                        assertTrue(a.status() == 201 || a.status() == 409, () -> "seed " + seed + ": " + a);
                        if (a.status() == 201) open.add(new long[] {a.json().getJsonNumber("occupancyId").longValue(), batch.get(i).toEpochDay()});
                        dates.add(batch.get(i));
                        dates.add(batch.get(i).minusDays(1));
                    }
                } else if (op < 7 && !open.isEmpty()) {
                    long[] o = open.remove(random.nextInt(open.size()));
                    on = LocalDate.ofEpochDay(o[1] + 1 + random.nextInt(400));
                    expect(201, api.post("notices", Api.obj("kind", "DECREASE", "occupancyId", o[0], "exitDate", on.toString(),
                            "reason", "调出")));
                } else if (op < 9) {
                    int inForce = line(unit, "ADMINISTRATIVE", on.toString()).getInt("approved");
                    approved = Math.max(approved + (op == 7 ? 1 : -1 - random.nextInt(2)), 0);
                    JsonObject answer = expect(201, api.post("units/" + unit + "/quotas", Api.obj("quotaType", "ADMINISTRATIVE",
                            "approved", approved, "validFrom", on.toString(), "basisDocument", "瑞编〔2026〕序" + step + "号"))).json();
                    // a cut is less than what was in force that day (a "raise" dated before a later, lower approval is one too)
                    if (approved < inForce && on.isBefore(firstCut)) firstCut = on;
                    if (answer.containsKey("overQuota") && !answer.isNull("overQuota")) {
                        JsonObject over = answer.getJsonObject("overQuota");
                        LocalDate from = LocalDate.parse(over.getString("from"));
                        assertEquals(over.getInt("occupied") - over.getInt("approved"), over.getJsonArray("beyond").size(), "seed " + seed);
                        assertEquals(over.getInt("occupied") - over.getInt("approved"), line(unit, "ADMINISTRATIVE", from.toString()).getInt("over"),
                                "seed " + seed + ": the announced figure is the establishment's on " + from);
                        if (from.isBefore(announcedOver)) announcedOver = from;
                    }
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
                String where = "seed " + seed + ", sequence " + sequence + ", on " + d + ": " + line;
                if (d.isBefore(announcedOver)) assertEquals(0, line.getInt("over"), "over quota without a cut announcing it, " + where);
                if (d.isBefore(firstCut)) {
                    assertTrue(line.getInt("occupied") + line.getInt("reserved") <= line.getInt("approved"), "more taken than approved, " + where);
                }
            }
        }
    }

    /** The people the audit names as over quota in the unit, as of a date. */
    private List<Long> overQuotaPeople(String unit, String asOf) {
        return expect(200, api.get("findings?rule=OVER_QUOTA&unit=" + unit + "&asOf=" + asOf)).json().getJsonArray("items").stream()
                .flatMap(f -> f.asJsonObject().getJsonArray("persons").stream())
                .map(p -> p.asJsonObject().getJsonNumber("personId").longValue()).toList();
    }

    private String increaseOn(String unit, String type, String entryDate) {
        String identity = type.equals("PUBLIC_INSTITUTION") ? "INSTITUTION_STAFF" : "CIVIL_SERVANT";
        return Api.obj("kind", "INCREASE", "unitCode", unit, "quotaType", type, "entryDate", entryDate, "entryRoute", "OPEN_RECRUITMENT",
                "person", Api.obj("idNumber", Fixtures.idNumber(LocalDate.of(1994, 4, 4), false), "name", Fixtures.uniqueName("林"),
                        "identity", identity));
    }
}
