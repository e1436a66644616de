package org.bianzhi.establishment.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The approvals of one unit and one quota type (or leadership category), in date order. Recording a new
 * approval ends the one in force on its date and runs until the next later approval, if any; nothing is
 * deleted, and an approval superseded on its own first day keeps an empty period as a trace.
 */
public final class ApprovalTimeline {

    private ApprovalTimeline() {
    }

    /** Fits {@code added} into {@code existing}: adjusts the neighbours' and its own end dates. */
    public static void insert(List<? extends Approval> existing, Approval added) {
        var from = added.period().validFrom();
        for (Approval a : existing) {
            if (a.period().contains(from)) a.endOn(from);
        }
        existing.stream()
                .filter(a -> a.period().validFrom().isAfter(from))
                .map(a -> a.period().validFrom())
                .min(Comparator.naturalOrder())
                .ifPresent(added::endBefore);
    }

    /** The approval already saying exactly this, if the same document was recorded before. */
    public static <A extends Approval> Optional<A> sameAs(List<A> existing, int count, java.time.LocalDate from, String basis) {
        return existing.stream().filter(a -> a.sameAs(count, from, basis)).findFirst();
    }
}
