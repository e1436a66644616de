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

/** 编制核定: the number of slots of one quota type approved for a unit from a date, on a document (批准文号). */
@Entity
@Table(name = "quota_approval")
public class QuotaApproval extends Approval {

    @Id
    @SequenceGenerator(name = "quota_approval_seq", sequenceName = "quota_approval_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quota_approval_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "quota_type", nullable = false, length = 30)
    private QuotaType quotaType;

    protected QuotaApproval() {
    }

    public QuotaApproval(Long unitId, QuotaType quotaType, int approvedCount, LocalDate validFrom, Recorded recorded) {
        super(unitId, approvedCount, validFrom, recorded);
        this.quotaType = quotaType;
    }

    @Override
    public Long id() { return id; }

    @Override
    public QuotaType subject() { return quotaType; }

    public QuotaType quotaType() { return quotaType; }
}
