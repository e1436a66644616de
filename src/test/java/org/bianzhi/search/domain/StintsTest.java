package org.bianzhi.search.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StintsTest {

    private static final UnitFacts A = new UnitFacts(1, "A", "/1/", "甲局", null, List.of(), List.of(), "ORGAN", "331121", false);
    private static final UnitFacts B = new UnitFacts(2, "B", "/2/", "乙局", null, List.of(), List.of(), "ORGAN", "331121", false);

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void aTransferMakesTwoPeriodsAndAGapNone() {
        var seatA = new Stints.Dated<>(new PersonEntry.Seat(A, "ADMINISTRATIVE"), d("2010-01-01"), d("2015-01-01"));
        var seatB = new Stints.Dated<>(new PersonEntry.Seat(B, "ADMINISTRATIVE"), d("2016-01-01"), null);
        var postA = new Stints.Dated<>(new PersonEntry.Post(A, "ADMINISTRATIVE_POST", "REGULAR"), d("2010-01-01"), d("2015-01-01"));
        var postB = new Stints.Dated<>(new PersonEntry.Post(B, "ADMINISTRATIVE_POST", "REGULAR"), d("2016-01-01"), null);
        List<PersonEntry.Stint> s = Stints.of(List.of(seatA, seatB), List.of(postA, postB));
        assertEquals(2, s.size());
        assertEquals(d("2015-01-01"), s.get(0).to());
        assertEquals(d("2016-01-01"), s.get(1).from());
        assertNull(s.get(1).to());
        assertEquals(Set.of(seatB.what()), s.get(1).seats());
    }

    @Test
    void aSecondmentOverlapsTheSeatAndPeriodsWithTheSameHoldingsJoin() {
        var seat = new Stints.Dated<>(new PersonEntry.Seat(A, "ADMINISTRATIVE"), d("2010-01-01"), null);
        var home = new Stints.Dated<>(new PersonEntry.Post(A, "ADMINISTRATIVE_POST", "REGULAR"), d("2010-01-01"), d("2020-01-01"));
        var away = new Stints.Dated<>(new PersonEntry.Post(B, "ADMINISTRATIVE_POST", "SECONDMENT"), d("2020-01-01"), d("2021-01-01"));
        var back = new Stints.Dated<>(new PersonEntry.Post(A, "ADMINISTRATIVE_POST", "REGULAR"), d("2021-01-01"), null);
        List<PersonEntry.Stint> s = Stints.of(List.of(seat), List.of(home, away, back));
        assertEquals(3, s.size());
        assertEquals(Set.of(away.what()), s.get(1).posts());
        assertEquals(1, Stints.of(List.of(seat), List.of(home,
                new Stints.Dated<>(home.what(), d("2020-01-01"), null))).size(), "same post again: one period");
    }

    @Test
    void anEmptyPeriodLeavesNoTrace() {
        var empty = new Stints.Dated<>(new PersonEntry.Seat(A, "ADMINISTRATIVE"), d("2010-01-01"), d("2010-01-01"));
        assertEquals(0, Stints.of(List.of(empty), List.of()).size());
    }
}
