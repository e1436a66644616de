package org.bianzhi.travel.crossing.domain;

import java.time.LocalDate;
import org.bianzhi.travel.filing.domain.DocumentType;

/**
 * 出国（境）行程: an exit and the entry that followed it, as {@link Trips} reconstructs them.
 *
 * @param departedOn   the exit's day; null when the data begin with the entry (departure before the records)
 * @param returnedOn   the entry's day; null when the person has not come back (or the entry record is missing)
 * @param nextExitOn   set when the entry record is missing: the person left again on this day, so they were back
 *                     by then, on a day the data do not tell
 * @param destination  the exit's 前往地 (null for an unknown departure)
 */
public record Trip(LocalDate departedOn, LocalDate returnedOn, LocalDate nextExitOn, String destination,
                   DocumentType docType, String docNumber, String exitPort, String entryPort) {

    public boolean departureKnown() {
        return departedOn != null;
    }

    /** Abroad as far as the data know: departed, no entry and no later exit. */
    public boolean away() {
        return departedOn != null && returnedOn == null && nextExitOn == null;
    }

    public boolean entryMissing() {
        return nextExitOn != null;
    }

    /** The last day the trip may have lasted to: its return, the next exit, or {@code asOf} while away. */
    public LocalDate lastDay(LocalDate asOf) {
        if (returnedOn != null) return returnedOn;
        return nextExitOn != null ? nextExitOn : asOf;
    }

    /** What a finding about the trip names: its departure day. */
    public String subject() {
        return departedOn == null ? "" : departedOn.toString();
    }

    public String document() {
        return docType.name() + ":" + docNumber;
    }
}
