package org.bianzhi.delegation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * 财务审计（结算）of a returned delegation (seed 000: 坚持对归国人员进行财务审计，对不合理的开支不予报销): who audited, the
 * total spent and the part refused. One per delegation; never changed.
 */
@Entity
@Table(name = "delegation_audit")
public class DelegationAudit {

    @Id
    @SequenceGenerator(name = "delegation_audit_seq", sequenceName = "delegation_audit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "delegation_audit_seq")
    private Long id;

    @Column(name = "delegation_id", nullable = false)
    private Long delegationId;

    @Column(name = "audited_on", nullable = false)
    private LocalDate auditedOn;

    @Column(nullable = false, length = 200)
    private String auditor;

    @Column(name = "spent_yuan", nullable = false, precision = 14, scale = 2)
    private BigDecimal spentYuan;

    @Column(name = "disallowed_yuan", nullable = false, precision = 14, scale = 2)
    private BigDecimal disallowedYuan;

    @Column(nullable = false, length = 2000)
    private String conclusion;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected DelegationAudit() {
    }

    public DelegationAudit(Long delegationId, LocalDate auditedOn, String auditor, BigDecimal spentYuan, BigDecimal disallowedYuan,
                           String conclusion, String recordedBy, Instant recordedAt) {
        this.delegationId = delegationId;
        this.auditedOn = auditedOn;
        this.auditor = auditor;
        this.spentYuan = spentYuan;
        this.disallowedYuan = disallowedYuan;
        this.conclusion = conclusion;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long id() { return id; }
    public Long delegationId() { return delegationId; }
    public LocalDate auditedOn() { return auditedOn; }
    public String auditor() { return auditor; }
    public BigDecimal spentYuan() { return spentYuan; }
    public BigDecimal disallowedYuan() { return disallowedYuan; }
    public String conclusion() { return conclusion; }
    public String recordedBy() { return recordedBy; }
    public Instant recordedAt() { return recordedAt; }
}
