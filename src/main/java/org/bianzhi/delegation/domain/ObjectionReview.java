package org.bianzhi.delegation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.bianzhi.shared.domain.Recorded;

/** 异议复核: the re-examination of an objection (调查核实、重新审查, seed 000), its outcome and findings. Never changed. */
@Entity
@Table(name = "delegation_objection_review")
public class ObjectionReview {

    @Id
    @SequenceGenerator(name = "delegation_objection_review_seq", sequenceName = "delegation_objection_review_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "delegation_objection_review_seq")
    private Long id;

    @Column(name = "objection_id", nullable = false)
    private Long objectionId;

    @Column(name = "reviewed_on", nullable = false)
    private LocalDate reviewedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ObjectionOutcome outcome;

    @Column(nullable = false, length = 2000)
    private String finding;

    @Embedded
    private Recorded recorded;

    protected ObjectionReview() {
    }

    ObjectionReview(Long objectionId, LocalDate reviewedOn, ObjectionOutcome outcome, String finding, String basisDocument, String recordedBy, Instant recordedAt) {
        this.objectionId = objectionId;
        this.reviewedOn = reviewedOn;
        this.outcome = outcome;
        this.finding = finding;
        this.recorded = new Recorded(basisDocument, recordedBy, recordedAt);
    }

    public Long id() { return id; }
    public Long objectionId() { return objectionId; }
    public LocalDate reviewedOn() { return reviewedOn; }
    public ObjectionOutcome outcome() { return outcome; }
    public String finding() { return finding; }
    public String basisDocument() { return recorded.basisDocument(); }
    public String recordedBy() { return recorded.recordedBy(); }
    public Instant recordedAt() { return recorded.recordedAt(); }
}
