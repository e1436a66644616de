package org.bianzhi.travel.crossing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.bianzhi.travel.domain.Facts;
import org.bianzhi.travel.domain.PersonTravel;
import org.bianzhi.travel.domain.TravelFinding;
import org.bianzhi.travel.domain.TravelRule;
import org.bianzhi.travel.filing.domain.DocumentType;

class TripRulesTest {

    private static final LocalDate AS_OF = Facts.d("2026-06-30");

    private static Facts approved() {
        return new Facts().approval("S2025-001", "2025-04-20", "2025-05-01", "2025-05-10", "日本", "香港");
    }

    @Test
    void aTripNoApprovalCoversIsWithoutApproval() {
        PersonTravel p = new Facts().trip("E1", "2025-05-01", "2025-05-05", "日本").person();
        List<TravelFinding> f = TripRules.withoutApproval(p);
        assertEquals(1, f.size());
        assertEquals("2025-05-01", f.get(0).subject());
        assertEquals(TravelRule.TRIP_WITHOUT_APPROVAL, f.get(0).rule());
    }

    @Test
    void coverNeedsTheDecisionByTheDepartureAndTheDepartureWithinTheDates() {
        assertEquals(List.of(), TripRules.withoutApproval(approved().trip("E1", "2025-05-01", "2025-05-05", "日本").person()));
        assertEquals(List.of(), TripRules.withoutApproval(approved().trip("E1", "2025-05-10", "2025-05-10", "日本").person()),
                "departing on the approved return day is covered");
        assertEquals(1, TripRules.withoutApproval(approved().trip("E1", "2025-04-30", "2025-05-05", "日本").person()).size());
        assertEquals(1, TripRules.withoutApproval(approved().trip("E1", "2025-05-11", "2025-05-12", "日本").person()).size());
        PersonTravel decidedLate = new Facts().approval("S1", "2025-05-02", "2025-05-01", "2025-05-10", "日本")
                .trip("E1", "2025-05-01", "2025-05-05", "日本").person();
        assertEquals(1, TripRules.withoutApproval(decidedLate).size(), "approved after the departure");
    }

    @Test
    void tripsBeforeTheFilingAndWithUnknownDepartureAreNotJudged() {
        PersonTravel before = new Facts().filed("2025-06-01", null).trip("E1", "2025-05-01", "2025-06-05", "日本").person();
        assertEquals(List.of(), TripRules.withoutApproval(before));
        assertEquals(List.of(), TripRules.undeclared(before, AS_OF));
        Facts entryOnly = new Facts();
        entryOnly.crossings.add(new Crossing(DocumentType.PASSPORT, "E1", CrossingDirection.ENTRY, Facts.d("2025-05-05"), "罗湖", null));
        assertEquals(List.of(), TripRules.withoutApproval(entryOnly.person()));
    }

    @Test
    void returningAfterTheApprovedDateIsLateByTheDays() {
        List<TravelFinding> f = TripRules.lateReturn(approved().trip("E1", "2025-05-01", "2025-05-13", "日本").person(), AS_OF);
        assertEquals(1, f.size());
        assertTrue(f.get(0).message().contains("逾期 3 天"), f.get(0).message());
        assertEquals(List.of(), TripRules.lateReturn(approved().trip("E1", "2025-05-01", "2025-05-10", "日本").person(), AS_OF),
                "back on the approved return day");
    }

    @Test
    void stillAwayAfterTheApprovedDateIsLateUntilToday() {
        PersonTravel p = new Facts().approval("S1", "2026-06-01", "2026-06-10", "2026-06-25", "日本")
                .trip("E1", "2026-06-10", null, "日本").person();
        List<TravelFinding> f = TripRules.lateReturn(p, AS_OF);
        assertEquals(1, f.size());
        assertTrue(f.get(0).message().contains("尚未入境") && f.get(0).message().contains("逾期 5 天"), f.get(0).message());
        assertEquals(List.of(), TripRules.lateReturn(p, Facts.d("2026-06-25")), "away, but not past the date yet");
    }

    @Test
    void aTripWhoseEntryIsMissingIsNotLate() {
        PersonTravel p = approved().trip("E1", "2025-05-01", null, "日本").trip("E1", "2025-08-01", "2025-08-03", "日本").person();
        assertEquals(List.of(), TripRules.lateReturn(p, AS_OF));
    }

    @Test
    void aDestinationTheApprovalDoesNotNameIsAnotherDestination() {
        List<TravelFinding> f = TripRules.otherDestination(approved().trip("E1", "2025-05-01", "2025-05-05", "韩国").person());
        assertEquals(1, f.size());
        assertTrue(f.get(0).message().contains("韩国") && f.get(0).message().contains("S2025-001"), f.get(0).message());
        assertEquals(List.of(), TripRules.otherDestination(approved().trip("E1", "2025-05-01", "2025-05-05", "中国香港").person()),
                "中国香港 is 香港");
    }

    @Test
    void anotherApprovalCoveringTheDepartureWithTheDestinationIsUsed() {
        PersonTravel p = approved().approval("S2025-002", "2025-04-20", "2025-05-01", "2025-05-03", "韩国")
                .trip("E1", "2025-05-01", "2025-05-05", "韩国").person();
        assertEquals(List.of(), TripRules.otherDestination(p));
        assertEquals(1, TripRules.lateReturn(p, AS_OF).size(), "measured against S2025-002, which returns on 05-03");
    }

    @Test
    void aTripNeitherApprovedNorReportedIsUndeclared() {
        List<TravelFinding> f = TripRules.undeclared(new Facts().trip("E1", "2025-05-01", "2025-05-05", "日本").person(), AS_OF);
        assertEquals(1, f.size());
        assertEquals(TravelRule.TRIP_UNDECLARED, f.get(0).rule());
        assertEquals(List.of(), TripRules.undeclared(approved().trip("E1", "2025-05-01", "2025-05-05", "日本").person(), AS_OF));
    }

    @Test
    void aReportedTripIsNotUndeclaredButAReportMadeAfterAsOfOrOfOtherDaysIs() {
        Facts reported = new Facts().trip("E1", "2025-05-01", "2025-05-05", "日本").declaration("2025-05-05", "2025-05-06", "2025-06-01");
        assertEquals(List.of(), TripRules.undeclared(reported.person(), AS_OF), "overlaps on the return day");
        assertEquals(1, TripRules.undeclared(reported.person(), Facts.d("2025-05-31")).size(), "reported after asOf");
        Facts other = new Facts().trip("E1", "2025-05-01", "2025-05-05", "日本").declaration("2025-05-06", "2025-05-09", "2025-06-01");
        assertEquals(1, TripRules.undeclared(other.person(), AS_OF).size());
    }
}
