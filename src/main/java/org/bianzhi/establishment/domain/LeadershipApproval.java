package org.bianzhi.establishment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.bianzhi.shared.domain.Recorded;

/** 领导职数核定: the number of leadership positions of one category approved for a unit from a date. */
@Entity
@Table(name = "leadership_approval")
public class LeadershipApproval extends Approval {

    @Id
    @SequenceGenerator(name = "leadership_approval_seq", sequenceName = "leadership_approval_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "leadership_approval_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 30)
    private LeadershipCategory category;

    protected LeadershipApproval() {
    }

    public LeadershipApproval(Long unitId, LeadershipCategory category, int approvedCount, LocalDate validFrom, Recorded recorded) {
        super(unitId, approvedCount, validFrom, recorded);
        this.category = category;
    }

    @Override
    public Long id() { return id; }

    @Override
    public LeadershipCategory subject() { return category; }

    public LeadershipCategory category() { return category; }
}
