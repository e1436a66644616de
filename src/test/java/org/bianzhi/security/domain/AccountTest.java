package org.bianzhi.security.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountTest {

    private static final Instant T0 = Instant.parse("2026-06-30T02:00:00Z");

    private static Account account() {
        return new Account("clerk", "人事专员", "hash", Role.UNIT_CLERK, 7L, "admin", T0);
    }

    @Test
    void onlyAUnitClerkIsBoundToAUnit() {
        assertEquals(7L, account().unitId());
        assertNull(new Account("office", "编办", "hash", Role.OFFICE, 7L, "admin", T0).unitId());
        assertTrue(Role.OFFICE.seesFullIdNumbers());
        assertFalse(Role.INSPECTOR.seesFullIdNumbers());
        assertFalse(Role.UNIT_CLERK.seesFullIdNumbers());
        assertTrue(Role.COMPLAINT_HANDLER.seesFullIdNumbers());
    }
}
