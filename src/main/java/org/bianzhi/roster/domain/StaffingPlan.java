package org.bianzhi.roster.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.bianzhi.establishment.domain.QuotaType;
import org.bianzhi.shared.domain.BianzhiException;
import org.bianzhi.shared.domain.Labeled;

/**
 * 用编计划 (用编申请): a unit asks to fill N slots of a quota type; once approved the slots are reserved
 * until increase notices use them or the plan expires after {@code validUntil}.
 */
@Entity
@Table(name = "staffing_plan")
public class StaffingPlan {

    /** 申请中 → 已核准 / 未核准; 已撤回 by the unit before a decision. */
    public enum Status implements Labeled {
        APPLIED("申请中"), APPROVED("已核准"), REJECTED("未核准"), WITHDRAWN("已撤回");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    @Id
    @SequenceGenerator(name = "staffing_plan_seq", sequenceName = "staffing_plan_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staffing_plan_seq")
    private Long id;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "quota_type", nullable = false, length = 30)
    private QuotaType quotaType;

    @Column(name = "requested_count", nullable = false)
    private int requestedCount;

    @Column(length = 500)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(name = "applied_on", nullable = false)
    private LocalDate appliedOn;

    @Column(name = "applied_by", nullable = false, length = 100)
    private String appliedBy;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decision_document", length = 200)
    private String decisionDocument;

    @Column(name = "decision_note", length = 500)
    private String decisionNote;

    /** Last day the approved slots stay reserved. */
    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Version
    private long version;

    protected StaffingPlan() {
    }

    public StaffingPlan(Long unitId, QuotaType quotaType, int requestedCount, String reason, LocalDate appliedOn, String appliedBy) {
        if (requestedCount < 1) throw BianzhiException.invalid("count", "申请用编数应至少为 1 名");
        this.unitId = unitId;
        this.quotaType = quotaType;
        this.requestedCount = requestedCount;
        this.reason = reason;
        this.status = Status.APPLIED;
        this.appliedOn = appliedOn;
        this.appliedBy = appliedBy;
    }

    public void approve(LocalDate on, String by, String document, LocalDate validUntil, String note) {
        requireApplied();
        if (document == null || document.isBlank()) throw BianzhiException.invalid("basisDocument", "核准用编计划必须填写批准文号");
        if (validUntil.isBefore(on)) throw BianzhiException.invalid("validUntil", "有效期至 " + validUntil + " 早于核准日期 " + on);
        decide(Status.APPROVED, on, by, document, note);
        this.validUntil = validUntil;
    }

    public void reject(LocalDate on, String by, String note) {
        requireApplied();
        if (note == null || note.isBlank()) throw BianzhiException.invalid("note", "不予核准时必须说明理由");
        decide(Status.REJECTED, on, by, null, note);
    }

    public void withdraw(LocalDate on, String by) {
        requireApplied();
        decide(Status.WITHDRAWN, on, by, null, "单位撤回");
    }

    private void decide(Status s, LocalDate on, String by, String document, String note) {
        status = s;
        decidedOn = on;
        decidedBy = by;
        decisionDocument = document;
        decisionNote = note;
    }

    private void requireApplied() {
        if (status != Status.APPLIED) {
            throw BianzhiException.conflict("plan-decided", "该用编计划已是“" + status.label() + "”状态，不能再次处理");
        }
    }

    /** Whether the plan reserves slots on {@code date} (approved by then and not yet expired). */
    public boolean reservesOn(LocalDate date) {
        return status == Status.APPROVED && !decidedOn.isAfter(date) && !validUntil.isBefore(date);
    }

    public Long id() { return id; }
    public Long unitId() { return unitId; }
    public QuotaType quotaType() { return quotaType; }
    public int requestedCount() { return requestedCount; }
    public String reason() { return reason; }
    public Status status() { return status; }
    public LocalDate appliedOn() { return appliedOn; }
    public String appliedBy() { return appliedBy; }
    public LocalDate decidedOn() { return decidedOn; }
    public String decidedBy() { return decidedBy; }
    public String decisionDocument() { return decisionDocument; }
    public String decisionNote() { return decisionNote; }
    public LocalDate validUntil() { return validUntil; }
    public long version() { return version; }
}
