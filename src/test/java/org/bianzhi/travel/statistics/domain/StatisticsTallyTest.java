package org.bianzhi.travel.statistics.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.bianzhi.shared.domain.UnitPath;
import org.bianzhi.travel.domain.PersonUnits.UnitRef;
import org.bianzhi.travel.statistics.domain.StatisticsFacts.Case;
import org.bianzhi.travel.statistics.domain.StatisticsFacts.Document;
import org.bianzhi.travel.statistics.domain.StatisticsFacts.Filed;
import org.bianzhi.travel.statistics.domain.StatisticsFacts.Handling;
import org.junit.jupiter.api.Test;
import org.bianzhi.travel.domain.TravelFinding;
import org.bianzhi.travel.domain.TravelRule;

class StatisticsTallyTest {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 6, 30);
    /** A caller who sees every unit. */
    private static final Predicate<String> SEES_ALL = path -> true;
    private static final UnitRef WATER = new UnitRef(10, "W", "水利局", "/1/10/");
    private static final UnitRef WATER_STATION = new UnitRef(11, "S", "水利站", "/1/10/11/");
    private static final UnitRef HEALTH = new UnitRef(20, "H", "卫健局", "/1/20/");
    private static final UnitRef COUNTY = new UnitRef(1, "C", "县委", "/1/");
    private static final UnitRef ELSEWHERE = new UnitRef(99, "E", "外县单位", "/9/99/");

    private static StatisticsTally tally(StatisticsForm form) {
        StatisticsTally t = new StatisticsTally(form, FROM, TO, "/1/");
        t.row("/1/10/", "W", "水利局");
        t.row("/1/20/", "H", "卫健局");
        t.row("/1/", "C", "县委（本级）");
        return t;
    }

    private static final Map<Long, UnitRef> UNITS = Map.of(1L, WATER, 2L, WATER_STATION, 3L, HEALTH, 4L, COUNTY, 5L, ELSEWHERE, 6L, HEALTH);

    private static Map<String, Long> line(StatisticsTally t, String code) {
        return t.rows().stream().filter(r -> code.equals(r.code())).findFirst().orElseThrow().values();
    }

    /**
     * A passport due in an earlier year and still not handed in is 违规持有 in this period too; a trip of an earlier year is
     * not an unapproved trip of this one.
     */
    @Test
    void aLastingViolationCountsInEveryPeriodItPersistsAnEventOnlyInItsOwn() {
        StatisticsTally t = tally(StatisticsForm.GOVERNANCE);
        t.count(Map.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(new TravelFinding(TravelRule.DOCUMENT_NOT_IN_CUSTODY, 1, "PASSPORT:E1", LocalDate.of(2022, 3, 1), "2022 年起未交"),
                        new TravelFinding(TravelRule.TRIP_WITHOUT_APPROVAL, 3, "2022-05-01", LocalDate.of(2022, 5, 1), "2022 年的出境"),
                        new TravelFinding(TravelRule.DOCUMENT_NOT_RETURNED, 3, "PASSPORT:E3", TO.plusDays(1), "期末之后才到期")),
                UNITS, SEES_ALL);
        assertEquals(1L, line(t, "W").get("problemIRREGULARLY_HELD"), "still held in this period");
        assertEquals(0L, line(t, "H").get("problemUNAPPROVED_TRIP"), "the 2022 trip belongs to 2022's tables");
        assertEquals(0L, line(t, "H").get("problemIRREGULARLY_HELD"), "not yet due within the period");
        assertEquals(true, TravelRule.DOCUMENT_NOT_IN_CUSTODY.continuing());
        assertEquals(false, TravelRule.DOCUMENT_HANDED_IN_LATE.continuing());
    }

    /** Seed 001's column E looks back to a day of its own (2016-01-01 in the seed); the problem columns keep the period. */
    @Test
    void theCampaignFormsLookBackCountsUnapprovedTripsSinceItsOwnDay() {
        LocalDate since = LocalDate.of(2016, 1, 1);
        StatisticsTally t = new StatisticsTally(StatisticsForm.CAMPAIGN, FROM, TO, since, "/1/");
        t.row("/1/10/", "W", "水利局");
        t.count(Map.of(), List.of(), List.of(), List.of(), List.of(new Case(1, "UNAPPROVED_TRIP", LocalDate.of(2018, 3, 1))),
                List.of(new TravelFinding(TravelRule.TRIP_WITHOUT_APPROVAL, 1, "2019-08-01", LocalDate.of(2019, 8, 1), "2019 年"),
                        new TravelFinding(TravelRule.TRIP_WITHOUT_APPROVAL, 2, "2015-08-01", LocalDate.of(2015, 8, 1), "2016 年前")),
                UNITS, SEES_ALL);
        assertEquals(1L, line(t, "W").get("unapprovedTravellers"), "the 2019 trip, not the 2015 one");
        assertEquals(0L, line(t, "W").get("problemUNAPPROVED_TRIP"), "the problem columns count the period");
        String label = StatisticsForm.CAMPAIGN.columns(since).get(0).children().get(2).label();
        assertEquals("2016年1月1日以来未经审批出国（境）人数", label);
    }

    @Test
    void managementCountsFiledPeopleAndDocumentsOnTheirUnitsLines() {
        StatisticsTally t = tally(StatisticsForm.MANAGEMENT);
        t.count(Map.of("/1/10/", 30L, "/1/10/11/", 5L, "/1/20/", 40L, "/9/99/", 7L),
                List.of(new Filed(1, "TOWNSHIP_LEADER", "FILED", FROM.minusYears(1)),
                        new Filed(2, "SENSITIVE_POST", "NOT_FILED", FROM.plusDays(3)),
                        new Filed(3, "TOWNSHIP_LEADER", "CHANGE_FILED", FROM.minusYears(2)),
                        new Filed(5, "TOWNSHIP_LEADER", "FILED", FROM)),
                List.of(new Document(1, "PASSPORT", true, true, FROM.minusYears(1)),
                        new Document(1, "HK_MACAO_PERMIT", true, false, FROM.minusYears(1)),
                        new Document(2, "PASSPORT", false, false, null),
                        new Document(6, "PASSPORT", false, false, null)),
                List.of(), List.of(),
                List.of(new TravelFinding(TravelRule.FILING_MISSING, 6, "", FROM, "应备未备"),
                        new TravelFinding(TravelRule.FILING_MISSING, 4, "", FROM, "应备未备")),
                UNITS, SEES_ALL);
        Map<String, Long> water = line(t, "W");
        // the station is under the water bureau: its 5 staff and its filed person count on the bureau's line
        assertEquals(35L, water.get("staff"));
        assertEquals(2L, water.get("required"));
        assertEquals(1L, water.get("filed"), "not yet reported (未备案) is not 实备");
        assertEquals(3L, water.get("toCollect"));
        assertEquals(2L, water.get("collected"));
        assertEquals(1L, water.get("heldPASSPORT"));
        assertEquals(0L, water.get("heldHK_MACAO_PERMIT"), "checked out for a trip: collected, not in the safe");
        Map<String, Long> health = line(t, "H");
        assertEquals(2L, health.get("required"), "one filed, one should be");
        assertEquals(1L, health.get("filed"));
        assertEquals(0L, health.get("toCollect"), "a document of a person not filed is not to be collected");
        assertEquals(1L, line(t, "C").get("required"));
        Map<String, Long> total = t.total();
        assertEquals(75L, total.get("staff"), "the other county's 7 staff and its filed person are outside the form");
        assertEquals(5L, total.get("required"));
    }

    @Test
    void campaignCountsProblemsByPersonAndHandlingsByTimes() {
        StatisticsTally t = tally(StatisticsForm.CAMPAIGN);
        t.count(Map.of(), List.of(new Filed(1, "TOWNSHIP_LEADER", "FILED", FROM.plusDays(1)),
                        new Filed(3, "TOWNSHIP_LEADER", "FILED", FROM.minusDays(1))),
                List.of(new Document(1, "PASSPORT", true, true, TO), new Document(3, "PASSPORT", true, true, FROM.minusDays(1))),
                List.of(new Handling(1, "CRITICISM", "TOWNSHIP", "UNAPPROVED_TRIP", FROM.plusDays(40)),
                        new Handling(1, "REASSIGNMENT", "TOWNSHIP", "UNAPPROVED_TRIP", FROM.plusDays(40)),
                        new Handling(3, "CRITICISM", "COUNTY", "IRREGULARLY_HELD", FROM.plusDays(50))),
                List.of(new Case(3, "IRREGULARLY_HELD", FROM.plusDays(45))),
                List.of(new TravelFinding(TravelRule.TRIP_WITHOUT_APPROVAL, 1, "2026-02-01", LocalDate.of(2026, 2, 1), "x"),
                        new TravelFinding(TravelRule.TRIP_UNDECLARED, 1, "2026-02-01", LocalDate.of(2026, 2, 1), "x"),
                        new TravelFinding(TravelRule.TRIP_WITHOUT_APPROVAL, 1, "2026-03-01", LocalDate.of(2026, 3, 1), "x"),
                        new TravelFinding(TravelRule.TRIP_WITHOUT_APPROVAL, 3, "2025-12-01", LocalDate.of(2025, 12, 1), "before the period"),
                        new TravelFinding(TravelRule.DOCUMENT_NOT_IN_CUSTODY, 3, "PASSPORT:E1", LocalDate.of(2026, 2, 1), "x")),
                UNITS, SEES_ALL);
        Map<String, Long> water = line(t, "W");
        assertEquals(1L, water.get("newlyFiled"));
        assertEquals(1L, water.get("newlyCollected"));
        assertEquals(1L, water.get("unapprovedTravellers"), "two trips, one person");
        assertEquals(1L, water.get("problemUNAPPROVED_TRIP"));
        assertEquals(1L, water.get("problemUNDECLARED_TRIP"));
        assertEquals(1L, water.get("handledPeople"));
        assertEquals(1L, water.get("methodCRITICISM"));
        assertEquals(1L, water.get("methodREASSIGNMENT"));
        Map<String, Long> health = line(t, "H");
        assertEquals(0L, health.get("newlyFiled"));
        assertEquals(0L, health.get("unapprovedTravellers"), "the trip before the period does not count");
        assertEquals(1L, health.get("problemIRREGULARLY_HELD"), "the finding and the case are one person");
        assertEquals(2L, t.total().get("methodCRITICISM"));
    }

    @Test
    void governanceCountsFiledByCategoryUnitsAndHandledPeopleByRank() {
        StatisticsTally t = tally(StatisticsForm.GOVERNANCE);
        t.count(Map.of(), List.of(new Filed(1, "TOWNSHIP_LEADER", "FILED", FROM), new Filed(2, "SENSITIVE_POST", "FILED", FROM),
                        new Filed(3, "COUNTY_LEVEL_CADRE", "FILED", FROM)),
                List.of(),
                List.of(new Handling(1, "CRITICISM", "OTHER", "UNAPPROVED_TRIP", FROM.plusDays(1)),
                        new Handling(1, "CRITICISM", "TOWNSHIP", "UNDECLARED_TRIP", FROM.plusDays(9)),
                        new Handling(2, "ADMONISHMENT", "OTHER", "UNAPPROVED_TRIP", FROM.plusDays(2))),
                List.of(), List.of(), UNITS, SEES_ALL);
        Map<String, Long> water = line(t, "W");
        assertEquals(2L, water.get("governedUnits"), "the bureau and its station");
        assertEquals(2L, water.get("filedTotal"));
        assertEquals(1L, water.get("filedTOWNSHIP_LEADER"));
        assertEquals(1L, water.get("filedSENSITIVE_POST"));
        assertEquals(2L, water.get("handledUnits"));
        assertEquals(2L, water.get("handledPeople"));
        assertEquals(1L, water.get("rankTOWNSHIP"), "the rank of the person's latest handling");
        assertEquals(1L, water.get("rankOTHER"));
        assertEquals(1L, water.get("methodCRITICISM"), "seed 002 counts people per method, not times");
        assertEquals(1L, line(t, "H").get("filedCOUNTY_LEVEL_CADRE"));
    }

    @Test
    void aClerksScopeKeepsOtherUnitsPeopleOff() {
        StatisticsTally t = tally(StatisticsForm.GOVERNANCE);
        t.count(Map.of(), List.of(new Filed(1, "TOWNSHIP_LEADER", "FILED", FROM), new Filed(3, "TOWNSHIP_LEADER", "FILED", FROM)),
                List.of(), List.of(), List.of(), List.of(), UNITS, path -> UnitPath.within(path, "/1/10/"));
        assertEquals(1L, t.total().get("filedTotal"));
    }

    /**
     * 审批把关不严 in the application of a 卫健局 cadre (person 3), approved by the 水利局 (the approving unit): the finding,
     * the case and its handlings count on the 水利局's line; the traveller's line shows none of it.
     */
    @Test
    void laxApprovalCountsUnderTheApprovingUnitNotTheTravellersUnit() {
        StatisticsTally t = tally(StatisticsForm.GOVERNANCE);
        var charge = new TravelFinding.Charge("ganbu", WATER);
        t.count(Map.of(), List.of(), List.of(),
                List.of(new Handling(3, "CRITICISM", "TOWNSHIP", "LAX_APPROVAL", FROM.plusDays(40), WATER.path(), 1L),
                        new Handling(3, "ADMONISHMENT", "TOWNSHIP", "LAX_APPROVAL", FROM.plusDays(41), WATER.path(), 1L)),
                List.of(new Case(3, "LAX_APPROVAL", FROM.plusDays(30), WATER.path(), 1L)),
                List.of(new TravelFinding(TravelRule.APPROVAL_AGAINST_RULES, 3, "CG2026-00001", FROM.plusDays(10), "申请人 卫健局某", charge),
                        new TravelFinding(TravelRule.APPROVAL_AGAINST_RULES, 6, "CG2026-00002", FROM.plusDays(12), "x",
                                new TravelFinding.Charge("admin", null))),
                UNITS, SEES_ALL);
        Map<String, Long> water = line(t, "W");
        assertEquals(1L, water.get("problemLAX_APPROVAL"), "the finding and its case are one approval against the rules");
        assertEquals(1L, water.get("handledPeople"), "the responsible approver");
        assertEquals(1L, water.get("handledUnits"));
        assertEquals(1L, water.get("methodCRITICISM"));
        Map<String, Long> health = line(t, "H");
        assertEquals(0L, health.get("problemLAX_APPROVAL"), "not the traveller's unit");
        assertEquals(0L, health.get("handledPeople"));
        assertEquals(1L, t.total().get("problemLAX_APPROVAL"), "an approval with no approving unit on record is on no unit's line, as a person without a unit");
    }
}
