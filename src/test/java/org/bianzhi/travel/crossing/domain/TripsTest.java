package org.bianzhi.travel.crossing.domain;

import static org.bianzhi.travel.crossing.domain.CrossingDirection.ENTRY;
import static org.bianzhi.travel.crossing.domain.CrossingDirection.EXIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.bianzhi.travel.filing.domain.DocumentType;

class TripsTest {

    static Crossing c(CrossingDirection dir, String day, String destination) {
        return new Crossing(DocumentType.PASSPORT, "E1", dir, LocalDate.parse(day), "上海浦东", destination);
    }

    @Test
    void anExitAndTheNextEntryAreOneTrip() {
        List<Trip> trips = Trips.of(List.of(c(ENTRY, "2025-03-10", null), c(EXIT, "2025-03-01", "日本")));
        assertEquals(1, trips.size());
        Trip t = trips.get(0);
        assertEquals(LocalDate.parse("2025-03-01"), t.departedOn());
        assertEquals(LocalDate.parse("2025-03-10"), t.returnedOn());
        assertEquals("日本", t.destination());
        assertEquals("PASSPORT:E1", t.document());
        assertEquals("2025-03-01", t.subject());
        assertFalse(t.away());
    }

    @Test
    void sameDayExitAndEntryIsOneTripWhateverTheFileOrder() {
        List<Trip> trips = Trips.of(List.of(c(ENTRY, "2025-05-01", null), c(EXIT, "2025-05-01", "香港")));
        assertEquals(1, trips.size());
        assertEquals(trips.get(0).departedOn(), trips.get(0).returnedOn());
    }

    @Test
    void twoExitsInARowTheFirstEndsAtTheSecondWithItsEntryMissing() {
        List<Trip> trips = Trips.of(List.of(c(EXIT, "2025-01-01", "日本"), c(EXIT, "2025-02-01", "韩国"),
                c(ENTRY, "2025-02-05", null)));
        assertEquals(2, trips.size());
        Trip gap = trips.get(0);
        assertNull(gap.returnedOn());
        assertEquals(LocalDate.parse("2025-02-01"), gap.nextExitOn());
        assertTrue(gap.entryMissing());
        assertFalse(gap.away(), "the next exit shows the person was back");
        assertEquals(LocalDate.parse("2025-02-05"), trips.get(1).returnedOn());
        assertEquals("韩国", trips.get(1).destination());
    }

    @Test
    void anEntryFirstIsATripWithUnknownDeparture() {
        List<Trip> trips = Trips.of(List.of(c(ENTRY, "2025-01-03", null), c(EXIT, "2025-04-01", "泰国")));
        assertEquals(2, trips.size());
        assertFalse(trips.get(0).departureKnown());
        assertEquals(LocalDate.parse("2025-01-03"), trips.get(0).returnedOn());
        assertEquals("", trips.get(0).subject());
        assertTrue(trips.get(1).away(), "the last exit has no entry yet");
    }
}
