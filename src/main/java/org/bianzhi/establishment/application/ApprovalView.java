package org.bianzhi.establishment.application;

import java.time.Instant;
import java.time.LocalDate;
import org.bianzhi.establishment.domain.Approval;
import org.bianzhi.shared.domain.Labeled;

/**
 * One quota or leadership approval in a unit's history; {@code subject} is the quota type or category. The answer to a
 * quota approval also says when the unit will be over that quota ({@code overQuota}, absent when it never is).
 */
public record ApprovalView(Long id, String unitCode, String subject, String subjectLabel, int approved, LocalDate validFrom,
                           LocalDate validTo, String basisDocument, String recordedBy, Instant recordedAt,
                           EstablishmentService.OverQuota overQuota) {

    static ApprovalView of(String unitCode, Approval a) {
        return new ApprovalView(a.id(), unitCode, a.subject().name(), ((Labeled) a.subject()).label(), a.approvedCount(), a.period().validFrom(),
                a.period().validTo(), a.recorded().basisDocument(), a.recorded().recordedBy(), a.recorded().recordedAt(), null);
    }

    ApprovalView withOverQuota(EstablishmentService.OverQuota over) {
        return new ApprovalView(id, unitCode, subject, subjectLabel, approved, validFrom, validTo, basisDocument, recordedBy, recordedAt, over);
    }
}
