package org.bianzhi.delegation.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.TreeSet;

/**
 * 工作日历: Monday to Friday are working days, except official holidays (法定节假日); a weekend day declared an adjusted
 * working day (调休上班) is one. The State Council publishes both each year, so they come from configuration.
 */
public final class WorkingCalendar {

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> workdays;

    public WorkingCalendar(Set<LocalDate> holidays, Set<LocalDate> workdays) {
        this.holidays = Set.copyOf(holidays);
        this.workdays = Set.copyOf(workdays);
    }

    /** A calendar from comma-separated dates (YYYY-MM-DD); blanks are ignored, a wrong date names itself. */
    public static WorkingCalendar parse(String holidays, String workdays) {
        return new WorkingCalendar(dates("bianzhi.calendar.holidays", holidays), dates("bianzhi.calendar.workdays", workdays));
    }

    private static Set<LocalDate> dates(String key, String text) {
        Set<LocalDate> dates = new TreeSet<>();
        if (text == null) return dates;
        for (String part : text.split(",")) {
            if (part.isBlank()) continue;
            try {
                dates.add(LocalDate.parse(part.strip()));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(key + " 中的日期“" + part.strip() + "”格式不对，应为 YYYY-MM-DD", e);
            }
        }
        return dates;
    }

    public boolean isWorkingDay(LocalDate day) {
        if (workdays.contains(day)) return true;
        if (holidays.contains(day)) return false;
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The {@code n}th working day after {@code day} (the day itself does not count). */
    public LocalDate workingDaysAfter(LocalDate day, int n) {
        LocalDate d = day;
        for (int counted = 0; counted < n; ) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) counted++;
        }
        return d;
    }
}
