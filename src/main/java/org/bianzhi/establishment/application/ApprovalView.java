package org.bianzhi.establishment.application;

import java.time.Instant;
import java.time.LocalDate;
import org.bianzhi.establishment.domain.Approval;

/** One quota or leadership approval in a unit's history; {@code subject} is the quota type or category. */
public record ApprovalView(Long id, String unitCode, String subject, int approved, LocalDate validFrom,
                           LocalDate validTo, String basisDocument, String recordedBy, Instant recordedAt) {

    static ApprovalView of(String unitCode, Approval a) {
        return new ApprovalView(a.id(), unitCode, a.subject().name(), a.approvedCount(), a.period().validFrom(),
                a.period().validTo(), a.recorded().basisDocument(), a.recorded().recordedBy(), a.recorded().recordedAt());
    }
}
