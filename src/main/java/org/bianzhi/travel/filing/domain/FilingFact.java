package org.bianzhi.travel.filing.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A version of a filing as the checks read it (a plain row of {@code travel_filing}). */
public record FilingFact(long id, long personId, FilingCategory category, FilingStatus status, LocalDate reportedOn,
                         Long changeOf, LocalDate validFrom, LocalDate validTo) {

    public boolean inForceOn(LocalDate d) {
        return !validFrom.isAfter(d) && (validTo == null || validTo.isAfter(d));
    }

    /** The report date if it was known on {@code asOf}. */
    /** The day this version must be reported to public security by: {@code days} after its first day. */
    public LocalDate reportDeadline(int days) {
        return validFrom.plusDays(days);
    }

    public LocalDate reportedBy(LocalDate asOf) {
        return reportedOn == null || reportedOn.isAfter(asOf) ? null : reportedOn;
    }

    /** The first day of the unbroken run of filing versions (of one person) in force on {@code d}: filed since then. */
    public static Optional<LocalDate> filedSince(LocalDate d, List<FilingFact> own) {
        if (own.stream().noneMatch(f -> f.inForceOn(d))) return Optional.empty();
        LocalDate since = d;
        boolean extended = true;
        while (extended) {
            extended = false;
            for (FilingFact f : own) {
                if (f.validFrom().isBefore(since) && (f.validTo() == null || !f.validTo().isBefore(since))) {
                    since = f.validFrom();
                    extended = true;
                }
            }
        }
        return Optional.of(since);
    }
}
