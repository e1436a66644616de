package org.bianzhi.travel.approval.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bianzhi.travel.crossing.domain.Trip;

/**
 * An APPROVED private-travel application (因私出国（境）审批) as the checks read it: its number, when it was decided,
 * the approved dates and the destinations (normalised names).
 */
public record Approval(String number, LocalDate decidedOn, LocalDate departsOn, LocalDate returnsOn, Set<String> destinations) {

    /** Decided on or before the departure, which lies within the approved dates. */
    public boolean covers(Trip trip) {
        LocalDate d = trip.departedOn();
        return d != null && !decidedOn.isAfter(d) && !d.isBefore(departsOn) && !d.isAfter(returnsOn);
    }

    /** Whether the approval names this destination, compared as {@link Destination}s (中国香港 is 香港). */
    public boolean names(String destination) {
        Destination d = Destination.of(destination);
        return d != null && destinations.stream().map(Destination::of).anyMatch(d::equals);
    }

    /**
     * The approval a trip is measured against, among those that cover it: one naming the trip's destination first,
     * then the one approved to return latest (the most favourable reading of the person's approvals).
     */
    public static Optional<Approval> covering(Trip trip, List<Approval> approvals) {
        return approvals.stream().filter(a -> a.covers(trip))
                .max(Comparator.comparing((Approval a) -> a.names(trip.destination()))
                        .thenComparing(Approval::returnsOn).thenComparing(Approval::number, Comparator.reverseOrder()));
    }
}
