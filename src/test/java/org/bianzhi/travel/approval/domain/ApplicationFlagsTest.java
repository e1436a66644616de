package org.bianzhi.travel.approval.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.bianzhi.travel.approval.domain.ApplicationFlags.Flag;
import org.bianzhi.travel.approval.domain.ApplicationFlags.Kind;
import org.bianzhi.travel.approval.domain.ApplicationFlags.Limits;
import org.bianzhi.travel.approval.domain.ApplicationFlags.Trip;
import org.junit.jupiter.api.Test;

class ApplicationFlagsTest {

    private static final Limits LIMITS = new Limits(30, 2);
    private static final LocalDate DEPART = LocalDate.of(2026, 9, 1);

    private static List<Flag> flags(TravelPurpose purpose, LocalDate returns, Trip... others) {
        return ApplicationFlags.of(LIMITS, purpose, DEPART, returns, List.of(others));
    }

    private static List<Kind> kinds(List<Flag> flags) {
        return flags.stream().map(Flag::kind).toList();
    }

    private static Trip trip(String number, TravelPurpose purpose, LocalDate departs) {
        return new Trip(number, purpose, departs, departs.plusDays(5));
    }

    @Test
    void aStayOfThirtyDaysIsNotFlaggedThirtyOneIs() {
        assertEquals(List.of(), flags(TravelPurpose.TOURISM, DEPART.plusDays(29)), "30 days, departure and return included");
        Flag f = flags(TravelPurpose.TOURISM, DEPART.plusDays(44)).get(0);
        assertEquals(Kind.LONG_STAY, f.kind());
        assertEquals(Map.of("days", 45L, "limit", 30), f.figures());
        assertTrue(f.message().contains("在外停留 45 天") && f.message().contains("超过 30 天"), f::message);
        assertEquals(List.of(Kind.LONG_STAY), kinds(flags(TravelPurpose.TOURISM, DEPART.plusDays(30))), "31 days");
    }

    @Test
    void theThirdTripInTwelveMonthsIsFlaggedWithTheEarlierOnes() {
        Trip a = trip("CG2026-00001", TravelPurpose.TOURISM, LocalDate.of(2026, 3, 1));
        Trip b = trip("CG2026-00002", TravelPurpose.MEDICAL, LocalDate.of(2026, 6, 1));
        assertEquals(List.of(), flags(TravelPurpose.FAMILY_VISIT, DEPART.plusDays(3), a), "the second trip: within the limit");
        Flag f = flags(TravelPurpose.FAMILY_VISIT, DEPART.plusDays(3), b, a).get(0);
        assertEquals(Kind.FREQUENT_TRIPS, f.kind());
        assertEquals(Map.of("trips", 3, "limit", 2, "since", "2025-09-02", "applications", List.of("CG2026-00001", "CG2026-00002")),
                f.figures());
        assertTrue(f.message().contains("第 3 次") && f.message().contains("CG2026-00001（2026-03-01 出发，旅游）"), f::message);
    }

    @Test
    void onlyTripsOfTheTwelveMonthsUpToTheDepartureCount() {
        Trip yearAndADay = trip("CG2025-00001", TravelPurpose.TOURISM, DEPART.minusYears(1));
        Trip lastDay = trip("CG2025-00002", TravelPurpose.TOURISM, DEPART.minusYears(1).plusDays(1));
        Trip later = trip("CG2026-00009", TravelPurpose.TOURISM, DEPART.plusDays(1));
        Trip sameDay = trip("CG2026-00003", TravelPurpose.MEDICAL, DEPART);
        assertEquals(List.of(), flags(TravelPurpose.STUDY, DEPART, yearAndADay, later, sameDay), "one earlier trip in the window");
        assertEquals(List.of(Kind.FREQUENT_TRIPS), kinds(flags(TravelPurpose.STUDY, DEPART, yearAndADay, lastDay, later, sameDay)));
    }

    @Test
    void aPurposeSeenInTheTwelveMonthsRepeats() {
        Trip a = trip("CG2026-00001", TravelPurpose.FAMILY_VISIT, LocalDate.of(2026, 3, 1));
        Trip b = trip("CG2026-00002", TravelPurpose.FAMILY_VISIT, LocalDate.of(2026, 6, 1));
        Trip old = trip("CG2025-00001", TravelPurpose.FAMILY_VISIT, LocalDate.of(2025, 8, 1));
        assertEquals(List.of(), flags(TravelPurpose.TOURISM, DEPART, a), "another purpose");
        assertEquals(List.of(), flags(TravelPurpose.FAMILY_VISIT, DEPART, old), "the same purpose over a year before");
        Flag once = flags(TravelPurpose.FAMILY_VISIT, DEPART, a).get(0);
        assertEquals(Kind.REPEATED_PURPOSE, once.kind());
        assertEquals(2, once.figures().get("times"));
        List<Flag> all = flags(TravelPurpose.FAMILY_VISIT, DEPART.plusDays(44), a, b);
        assertEquals(List.of(Kind.LONG_STAY, Kind.FREQUENT_TRIPS, Kind.REPEATED_PURPOSE), kinds(all));
        Flag repeated = all.get(2);
        assertEquals(Map.of("purpose", "探亲访友", "times", 3, "since", "2025-09-02", "applications", List.of("CG2026-00001", "CG2026-00002")),
                repeated.figures());
        assertTrue(repeated.message().contains("事由“探亲访友”在 12 个月内重复，含本次共 3 次"), repeated::message);
    }
}
