package org.bianzhi.delegation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.bianzhi.shared.domain.BianzhiException;
import org.bianzhi.shared.domain.Recorded;

/**
 * 纪律审查期间: a person is under review for party or administrative discipline from {@code validFrom} (inclusive) until
 * {@code validTo} (exclusive: the day the review ended; open while it lasts). Nobody under review may travel on
 * official business (seed 003). Ending a review keeps the row, with who ended it on which document.
 */
@Entity
@Table(name = "discipline_review")
public class DisciplineReview {

    @Id
    @SequenceGenerator(name = "discipline_review_seq", sequenceName = "discipline_review_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "discipline_review_seq")
    private Long id;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "end_basis_document", length = 200)
    private String endBasisDocument;

    @Embedded
    private Recorded recorded;

    @Column(name = "ended_by", length = 100)
    private String endedBy;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Version
    private long version;

    protected DisciplineReview() {
    }

    public DisciplineReview(Long personId, LocalDate from, String basisDocument, String actor, Instant now) {
        this.personId = personId;
        this.validFrom = from;
        this.recorded = new Recorded(basisDocument, actor, now);
    }

    /** Ends the review on {@code end}: from that day the person is no longer under review. */
    public void end(LocalDate end, String basis, String actor, Instant now) {
        if (validTo != null) {
            throw BianzhiException.conflict("review-ended", "date", "该纪律审查已于 " + validTo + " 结束，不能再次结束");
        }
        if (end.isBefore(validFrom)) {
            throw BianzhiException.invalid("date", "审查结束日期 " + end + " 早于审查开始日期 " + validFrom);
        }
        this.validTo = end;
        this.endBasisDocument = basis;
        this.endedBy = actor;
        this.endedAt = now;
    }

    public Long id() { return id; }
    public Long personId() { return personId; }
    public LocalDate validFrom() { return validFrom; }
    public LocalDate validTo() { return validTo; }
    public Recorded recorded() { return recorded; }
    public String basisDocument() { return recorded.basisDocument(); }
    public String endBasisDocument() { return endBasisDocument; }
    public String recordedBy() { return recorded.recordedBy(); }
    public Instant recordedAt() { return recorded.recordedAt(); }
    public String endedBy() { return endedBy; }
    public Instant endedAt() { return endedAt; }
    public long version() { return version; }
}
