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

    @Test
    void aReplayIsTheDayItReplaysOnThisThreadOnlyAndEndsWithItsWork() throws Exception {
        RegistryClock clock = new RegistryClock();
        clock.today = Optional.of("2026-06-30");
        clock.init();
        LocalDate[] seen = new LocalDate[2];
        Instant[] at = new Instant[1];
        clock.replaying(LocalDate.of(2024, 3, 1), () -> {
            seen[0] = clock.today();
            at[0] = clock.now();
            Thread other = new Thread(() -> seen[1] = clock.today());
            other.start();
            try {
                other.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals(LocalDate.of(2024, 3, 1), seen[0]);
        assertEquals(LocalDate.of(2024, 3, 1), LocalDate.ofInstant(at[0], RegistryClock.ZONE));
        assertEquals(LocalDate.of(2026, 6, 30), seen[1], "another thread is not replaying");
        assertEquals(LocalDate.of(2026, 6, 30), clock.today(), "over when the work is done");
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> clock.replaying(LocalDate.of(2026, 7, 1), () -> { }), "never ahead of today");
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> clock.replaying(LocalDate.of(2025, 1, 1), () -> { throw new IllegalStateException("work failed"); }));
        assertEquals(LocalDate.of(2026, 6, 30), clock.today(), "over when the work failed too");
    }
}
