package org.bianzhi.shared.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one clock of the registry. Dates are Beijing time. {@code bianzhi.today} (YYYY-MM-DD) moves
 * "today" to a chosen date while time keeps running, so tests and demos can fix the calendar. That date holds for the
 * whole run: a run started just before Beijing midnight once saw "today" become tomorrow halfway through. {@link #now}
 * keeps the time of day, so instants stay ordered across restarts and instances.
 */
@ApplicationScoped
public class RegistryClock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Inject
    @ConfigProperty(name = "bianzhi.today")
    Optional<String> today;

    /** The day a replay of past entries runs on, on this thread only ({@link #replaying}). */
    private static final ThreadLocal<LocalDate> REPLAYED = new ThreadLocal<>();

    private Clock clock;
    private LocalDate pinned;

    @PostConstruct
    void init() {
        Clock system = Clock.system(ZONE);
        pinned = today.filter(s -> !s.isBlank()).map(LocalDate::parse).orElse(null);
        clock = today.filter(s -> !s.isBlank()).map(LocalDate::parse).map(d -> {
            Instant startOfDay = d.atStartOfDay(ZONE).toInstant();
            Instant nowToday = LocalDate.now(system).atStartOfDay(ZONE).toInstant();
            return Clock.offset(system, Duration.between(nowToday, startOfDay));
        }).orElse(system);
    }

    public LocalDate today() {
        LocalDate replayed = REPLAYED.get();
        if (replayed != null) return replayed;
        return pinned != null ? pinned : LocalDate.now(clock);
    }

    public Instant now() {
        LocalDate replayed = REPLAYED.get();
        return replayed != null ? replayed.atTime(12, 0).atZone(ZONE).toInstant() : clock.instant();
    }

    /**
     * Runs {@code work} on this thread as on {@code day} (its noon, Beijing time): for the demo county only, which
     * replays years of a county's ledgers as they were entered at the time, not as a heap of late entries made today.
     * Never for what a user sends.
     */
    public void replaying(LocalDate day, Runnable work) {
        if (day.isAfter(today())) throw new IllegalArgumentException("a replay cannot run ahead of today: " + day);
        REPLAYED.set(day);
        try {
            work.run();
        } finally {
            REPLAYED.remove();
        }
    }
}
