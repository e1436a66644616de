package org.bianzhi.delegation.domain;

import jakarta.persistence.Column;
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

/**
 * 公示异议: an objection received during a delegation's public notice (seed 000: 口头、电话或书面向本单位或县委组织部反映),
 * about one member ({@code personId}) or the delegation as a whole (null). Never changed: each re-examination (复核) is
 * an {@link ObjectionReview} naming it, and the latest one is its outcome; until there is one it is unresolved.
 */
@Entity
@Table(name = "delegation_objection")
public class Objection {

    @Id
    @SequenceGenerator(name = "delegation_objection_seq", sequenceName = "delegation_objection_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "delegation_objection_seq")
    private Long id;

    @Column(name = "delegation_id", nullable = false)
    private Long delegationId;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ObjectionChannel channel;

    @Column(name = "person_id")
    private Long personId;

    @Column(name = "raised_by", length = 100)
    private String raisedBy;

    @Column(nullable = false, length = 2000)
    private String content;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Objection() {
    }

    public Objection(Long delegationId, LocalDate receivedOn, ObjectionChannel channel, Long personId, String raisedBy,
                     String content, String recordedBy, Instant recordedAt) {
        this.delegationId = delegationId;
        this.receivedOn = receivedOn;
        this.channel = channel;
        this.personId = personId;
        this.raisedBy = raisedBy;
        this.content = content;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** A re-examination of this objection; earlier ones stay as they were. */
    public ObjectionReview review(LocalDate on, ObjectionOutcome outcome, String finding, String basisDocument, String actor, Instant now) {
        return new ObjectionReview(id, on, outcome, finding, basisDocument, actor, now);
    }

    public Long id() { return id; }
    public Long delegationId() { return delegationId; }
    public LocalDate receivedOn() { return receivedOn; }
    public ObjectionChannel channel() { return channel; }
    public Long personId() { return personId; }
    public String raisedBy() { return raisedBy; }
    public String content() { return content; }
    public String recordedBy() { return recordedBy; }
    public Instant recordedAt() { return recordedAt; }
}
