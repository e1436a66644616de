package org.bianzhi.establishment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuotaLineTest {

    @Test
    void vacantIsApprovedMinusOccupiedMinusReserved() {
        QuotaLine line = new QuotaLine(QuotaType.ADMINISTRATIVE, 20, 12, 3);
        assertEquals(5, line.vacant());
        assertEquals(0, line.over());
    }

    @Test
    void vacantIsNeverNegativeWhenReservationsFillTheRest() {
        QuotaLine line = new QuotaLine(QuotaType.PUBLIC_INSTITUTION, 10, 8, 4);
        assertEquals(0, line.vacant());
        assertEquals(0, line.over());
    }

    @Test
    void overCountsOccupiedBeyondApprovedAndLeavesNoVacancy() {
        QuotaLine line = new QuotaLine(QuotaType.ADMINISTRATIVE, 10, 13, 0);
        assertEquals(3, line.over());
        assertEquals(0, line.vacant());
    }

    @Test
    void hasRoomForExactlyTheVacantSlots() {
        QuotaLine line = new QuotaLine(QuotaType.POLITICAL_LEGAL, 20, 12, 3);
        assertTrue(line.hasRoomFor(5));
        assertFalse(line.hasRoomFor(6));
    }

    @Test
    void hasNoRoomWhenOverQuota() {
        QuotaLine line = new QuotaLine(QuotaType.ADMINISTRATIVE, 10, 11, 0);
        assertFalse(line.hasRoomFor(1));
    }
}
