package org.bianzhi.travel.crossing.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * 预警: something a person (or their unit) must do by {@code dueOn} and has not done yet. On the due day it is still a
 * warning; the day after, the check of {@link WarningKind#becomes()} reports it as a finding.
 *
 * @param subject what it is about, as findings name it (PASSPORT:E12345678, FILING:id, a delegation's number)
 * @param what    what is due, in Chinese, with the dates a clerk needs
 */
public record TravelWarning(WarningKind kind, long personId, String subject, LocalDate dueOn, String what) {

    public TravelWarning {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(dueOn);
        Objects.requireNonNull(what);
        subject = subject == null ? "" : subject;
    }

    /** Days from {@code today} to the due day: 0 on the day itself. */
    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, dueOn);
    }
}
