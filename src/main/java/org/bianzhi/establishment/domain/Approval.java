package org.bianzhi.establishment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDate;
import org.bianzhi.shared.domain.EffectivePeriod;
import org.bianzhi.shared.domain.Recorded;

/**
 * An effective-dated count approved for a unit on a document: the common shape of 编制核定 and 领导职数核定.
 * A later approval of the same kind replaces this one from its own date on (see {@link ApprovalTimeline}).
 */
@MappedSuperclass
public abstract class Approval {

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(name = "approved_count", nullable = false)
    private int approvedCount;

    @Embedded
    private EffectivePeriod period;

    @Embedded
    private Recorded recorded;

    protected Approval() {
    }

    protected Approval(Long unitId, int approvedCount, LocalDate validFrom, Recorded recorded) {
        this.unitId = unitId;
        this.approvedCount = approvedCount;
        this.period = EffectivePeriod.from(validFrom);
        this.recorded = recorded;
    }

    public abstract Long id();

    /** The quota type or leadership category this approval counts. */
    public abstract Enum<?> subject();

    void endOn(LocalDate end) {
        period = period.closedOn(end);
    }

    void endBefore(LocalDate nextStart) {
        period = new EffectivePeriod(period.validFrom(), nextStart);
    }

    /** Whether this approval says the same as one being recorded again (re-import of the same file). */
    public boolean sameAs(int count, LocalDate from, String basisDocument) {
        return approvedCount == count && period.validFrom().equals(from)
                && java.util.Objects.equals(recorded.basisDocument(), basisDocument)
                && (period.validTo() == null || period.validTo().isAfter(from));
    }

    public Long unitId() { return unitId; }
    public int approvedCount() { return approvedCount; }
    public EffectivePeriod period() { return period; }
    public Recorded recorded() { return recorded; }
}
