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
        return pinned != null ? pinned : LocalDate.now(clock);
    }

    public Instant now() {
        return clock.instant();
    }
}
