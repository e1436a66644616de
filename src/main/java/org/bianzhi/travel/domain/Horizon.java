package org.bianzhi.travel.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * 截至日期与登记截止日: what the travel checks judge by. {@code asOf} is the day findings are judged on (deadlines
 * run to it, facts dated after it are not yet there); {@code recordedOn} keeps only the facts recorded in the registry
 * by the end of that day (Beijing time), so a fact entered later, back-dated or not, cannot change the answer for it.
 * A null {@code recordedOn} takes whatever is on record now.
 */
public record Horizon(LocalDate asOf, LocalDate recordedOn) {

    /** The registry's zone (RegistryClock.ZONE): a day of recording ends at Beijing midnight. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** Stands for "no cut-off" in SQL, which then needs no second form of each query. */
    static final Instant NO_CUT_OFF = Instant.parse("9999-12-31T00:00:00Z");
    static final LocalDate NO_DAY = LocalDate.of(9999, 12, 30);

    public Horizon {
        java.util.Objects.requireNonNull(asOf);
    }

    /** As of the day, with everything on record now. */
    public static Horizon asOf(LocalDate asOf) {
        return new Horizon(asOf, null);
    }

    /** The same cut-off on another day (the statistics ask the first and the last day of a period). */
    public Horizon on(LocalDate day) {
        return new Horizon(day, recordedOn);
    }

    /** A fact counts when recorded before this instant: Beijing midnight after {@code recordedOn}. */
    public Instant recordedBefore() {
        return recordedOn == null ? NO_CUT_OFF : recordedOn.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    /** The last day of recording that counts (a far day when there is no cut-off), for facts dated on their recording day. */
    public LocalDate lastRecordingDay() {
        return recordedOn == null ? NO_DAY : recordedOn;
    }

    /** Whether a fact recorded at {@code at} counts (unknown: it does). */
    public boolean knows(Instant at) {
        return at == null || at.isBefore(recordedBefore());
    }
}
