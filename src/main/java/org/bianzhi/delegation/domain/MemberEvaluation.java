package org.bianzhi.delegation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * 出国人员鉴定表 (seed 000): after the return the member fills it in, the delegation leader signs an opinion
 * (团组长签署意见) and the organising (dispatching) department reviews and seals it (组团（派遣）部门审核盖章) before it
 * goes to the organisation department and the member's unit. One per member of a delegation; never changed.
 */
@Entity
@Table(name = "delegation_evaluation")
public class MemberEvaluation {

    @Id
    @SequenceGenerator(name = "delegation_evaluation_seq", sequenceName = "delegation_evaluation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "delegation_evaluation_seq")
    private Long id;

    @Column(name = "delegation_id", nullable = false)
    private Long delegationId;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Column(name = "filed_on", nullable = false)
    private LocalDate filedOn;

    @Column(nullable = false, length = 2000)
    private String conduct;

    @Column(name = "leader_opinion", nullable = false, length = 1000)
    private String leaderOpinion;

    @Column(name = "reviewed_by_unit", nullable = false, length = 200)
    private String reviewedByUnit;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected MemberEvaluation() {
    }

    public MemberEvaluation(Long delegationId, Long personId, LocalDate filedOn, String conduct, String leaderOpinion,
                            String reviewedByUnit, String recordedBy, Instant recordedAt) {
        this.delegationId = delegationId;
        this.personId = personId;
        this.filedOn = filedOn;
        this.conduct = conduct;
        this.leaderOpinion = leaderOpinion;
        this.reviewedByUnit = reviewedByUnit;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long id() { return id; }
    public Long delegationId() { return delegationId; }
    public Long personId() { return personId; }
    public LocalDate filedOn() { return filedOn; }
    public String conduct() { return conduct; }
    public String leaderOpinion() { return leaderOpinion; }
    public String reviewedByUnit() { return reviewedByUnit; }
    public String recordedBy() { return recordedBy; }
    public Instant recordedAt() { return recordedAt; }
}
