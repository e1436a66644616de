package org.bianzhi.delegation.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.bianzhi.delegation.domain.WorkingCalendar;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The working calendar from configuration: {@code bianzhi.calendar.holidays} (法定节假日 on working days) and
 * {@code bianzhi.calendar.workdays} (调休上班 weekend days), comma-separated dates, as the State Council announces them.
 */
@ApplicationScoped
public class CalendarSettings {

    @Inject
    @ConfigProperty(name = "bianzhi.calendar.holidays")
    Optional<String> holidays;

    @Inject
    @ConfigProperty(name = "bianzhi.calendar.workdays")
    Optional<String> workdays;

    private WorkingCalendar calendar;

    @PostConstruct
    void init() {
        calendar = WorkingCalendar.parse(holidays.orElse(""), workdays.orElse(""));
    }

    public WorkingCalendar calendar() {
        return calendar;
    }
}
