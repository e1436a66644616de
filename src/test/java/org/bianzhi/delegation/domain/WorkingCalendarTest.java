package org.bianzhi.delegation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    private static final WorkingCalendar PLAIN = WorkingCalendar.parse("", null);

    @Test
    void aReturnOnFridayIsDueTheNextButOneTuesday() {
        LocalDate friday = LocalDate.of(2026, 7, 3);
        LocalDate due = PLAIN.workingDaysAfter(friday, 7);
        assertEquals(LocalDate.of(2026, 7, 14), due);
        assertEquals(DayOfWeek.TUESDAY, due.getDayOfWeek());
        assertEquals(due, PLAIN.workingDaysAfter(LocalDate.of(2026, 7, 4), 7), "a Saturday return counts from Monday too");
        assertEquals(LocalDate.of(2026, 7, 13), PLAIN.workingDaysAfter(LocalDate.of(2026, 7, 2), 7), "a Thursday return: Monday");
    }

    @Test
    void holidaysDoNotCountAndAnAdjustedSaturdayDoes() {
        // 2026 May Day: 1–5 May off, Saturday 9 May worked
        WorkingCalendar may = WorkingCalendar.parse("2026-05-01, 2026-05-02,2026-05-03,2026-05-04,2026-05-05", "2026-05-09");
        assertFalse(may.isWorkingDay(LocalDate.of(2026, 5, 4)));
        assertTrue(may.isWorkingDay(LocalDate.of(2026, 5, 9)));
        assertFalse(may.isWorkingDay(LocalDate.of(2026, 5, 10)));
        // 6, 7, 8, 9 (Saturday), 11, 12, 13
        assertEquals(LocalDate.of(2026, 5, 13), may.workingDaysAfter(LocalDate.of(2026, 4, 30), 7));
        assertEquals(LocalDate.of(2026, 5, 11), PLAIN.workingDaysAfter(LocalDate.of(2026, 4, 30), 7), "without the calendar");
        WorkingCalendar holidayOnly = WorkingCalendar.parse("2026-05-01,2026-05-04,2026-05-05", "");
        assertEquals(LocalDate.of(2026, 5, 14), holidayOnly.workingDaysAfter(LocalDate.of(2026, 4, 30), 7));
    }

    @Test
    void aWrongDateNamesTheSetting() {
        var e = assertThrows(IllegalArgumentException.class, () -> WorkingCalendar.parse("2026-13-01", ""));
        assertTrue(e.getMessage().contains("bianzhi.calendar.holidays") && e.getMessage().contains("2026-13-01"), e.getMessage());
    }
}
