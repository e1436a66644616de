package org.bianzhi.travel.crossing.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import org.bianzhi.travel.approval.domain.Destination;
import org.bianzhi.travel.filing.domain.DocumentType;

/**
 * 出入境记录: one crossing of the border as public security recorded it. {@code destination} (前往地) is given for
 * exits, as written in the extract (compared as a {@link Destination}); {@code recordedAt} when it reached the registry
 * (the import), null when not known.
 */
public record Crossing(DocumentType docType, String docNumber, CrossingDirection direction, LocalDate on, String port,
                       String destination, Instant recordedAt) {

    /** A crossing whose recording moment is not known (then it counts as known from the first). */
    public Crossing(DocumentType docType, String docNumber, CrossingDirection direction, LocalDate on, String port, String destination) {
        this(docType, docNumber, direction, on, port, destination, null);
    }

    /** By date, and on one day the exit before the entry (a same-day trip). */
    public static final Comparator<Crossing> ORDER = Comparator.comparing(Crossing::on)
            .thenComparing(Crossing::direction);

    /** The document as findings name it: {@code PASSPORT:E12345678}. */
    public String document() {
        return docType.name() + ":" + docNumber;
    }
}
