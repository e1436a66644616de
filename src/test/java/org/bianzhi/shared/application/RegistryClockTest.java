package org.bianzhi.shared.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegistryClockTest {

    /**
     * A fixed calendar is the date the whole run sees, whatever the hour: computed from the running time it turned
     * into tomorrow at Beijing midnight in the middle of a test run (a run around 16:00 UTC failed).
     */
    @Test
    void aFixedTodayIsTheDateOfTheWholeRunWhileTimeKeepsRunning() throws Exception {
        RegistryClock clock = new RegistryClock();
        clock.today = Optional.of("2026-06-30");
        clock.init();
        assertEquals(LocalDate.of(2026, 6, 30), clock.today());
        Instant first = clock.now();
        assertEquals(LocalDate.of(2026, 6, 30), LocalDate.ofInstant(first, RegistryClock.ZONE), "now() is on that day when the run starts");
        Thread.sleep(20);
        assertTrue(Duration.between(first, clock.now()).toMillis() >= 20, "time keeps running");

        RegistryClock real = new RegistryClock();
        real.today = Optional.empty();
        real.init();
        assertEquals(LocalDate.now(RegistryClock.ZONE), real.today());
    }
}
