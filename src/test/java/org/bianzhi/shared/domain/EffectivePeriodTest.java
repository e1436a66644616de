package org.bianzhi.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EffectivePeriodTest {

    private static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1);
    private static final LocalDate JUL_1 = LocalDate.of(2024, 7, 1);

    @Test
    void includesTheFirstDayAndExcludesTheEndDay() {
        EffectivePeriod p = new EffectivePeriod(JAN_1, JUL_1);
        assertFalse(p.contains(JAN_1.minusDays(1)));
        assertTrue(p.contains(JAN_1));
        assertTrue(p.contains(JUL_1.minusDays(1)));
        assertFalse(p.contains(JUL_1));
    }

    @Test
    void openPeriodContainsEveryDayFromItsStart() {
        EffectivePeriod p = EffectivePeriod.from(JAN_1);
        assertTrue(p.isOpen());
        assertFalse(p.contains(JAN_1.minusDays(1)));
        assertTrue(p.contains(JAN_1));
        assertTrue(p.contains(LocalDate.of(2099, 12, 31)));
    }

    @Test
    void closedOnKeepsTheStartAndSetsTheExclusiveEnd() {
        EffectivePeriod closed = EffectivePeriod.from(JAN_1).closedOn(JUL_1);
        assertFalse(closed.isOpen());
        assertEquals(JAN_1, closed.validFrom());
        assertEquals(JUL_1, closed.validTo());
        assertFalse(closed.contains(JUL_1));
    }

    @Test
    void periodClosedOnItsFirstDayContainsNoDay() {
        EffectivePeriod empty = EffectivePeriod.from(JAN_1).closedOn(JAN_1);
        assertFalse(empty.contains(JAN_1));
        assertFalse(empty.contains(JAN_1.minusDays(1)));
    }

    @Test
    void refusesAnEndBeforeTheStartNamingBothDates() {
        BianzhiException e = assertThrows(BianzhiException.class, () -> new EffectivePeriod(JUL_1, JAN_1));
        assertEquals(BianzhiException.Kind.INVALID, e.kind());
        assertEquals("validTo", e.violations().get(0).field());
        assertTrue(e.getMessage().contains("2024-01-01 早于开始日期 2024-07-01"), e.getMessage());
    }

    @Test
    void closedOnRefusesAnEndBeforeTheStart() {
        EffectivePeriod p = EffectivePeriod.from(JUL_1);
        BianzhiException e = assertThrows(BianzhiException.class, () -> p.closedOn(JAN_1));
        assertEquals("validTo", e.violations().get(0).field());
        assertTrue(p.isOpen(), "the original period is unchanged");
    }
}
