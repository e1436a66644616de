package org.bianzhi.travel.filing.domain;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.bianzhi.shared.domain.BianzhiException;
import org.bianzhi.shared.domain.Check;
import org.bianzhi.shared.domain.EffectivePeriod;
import org.bianzhi.shared.domain.Recorded;

/**
 * 登记备案: one state (version) of a person's filing with public security — category, 人事主管部门, whether it was
 * reported (备案). A change closes this version and opens its successor ({@code changeOf}); nothing is overwritten.
 */
@Entity
@Table(name = "travel_filing")
public class Filing {

    @Id
    @SequenceGenerator(name = "travel_filing_seq", sequenceName = "travel_filing_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "travel_filing_seq")
    private Long id;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private FilingCategory category;

    @Column(nullable = false, length = 200)
    private String department;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FilingStatus status;

    @Column(name = "reported_on")
    private LocalDate reportedOn;

    @Column(name = "change_of")
    private Long changeOf;

    @Embedded
    private EffectivePeriod period;

    @Column(name = "end_reason", length = 500)
    private String endReason;

    @Embedded
    private Recorded recorded;

    /** When the report (报备) was entered, and when the version was closed (changed or ended): V23. */
    @Column(name = "reported_recorded_at")
    private Instant reportedRecordedAt;

    @Column(name = "closed_recorded_at")
    private Instant closedRecordedAt;

    @Version
    private long version;

    protected Filing() {
    }

    /** The details every version needs: a category, a department of at most 200 characters. */
    public static void checkDetails(Check check, FilingCategory category, String department) {
        check.notNull(category, "category", "登记备案人员类型");
        check.notNull(department, "department", "人事主管部门");
        check.require(department == null || department.strip().length() <= 200, "department", "人事主管部门不能超过200字");
    }

    /** A report date lies between the version's first day and today. */
    public static void checkReportedOn(Check check, LocalDate reportedOn, LocalDate validFrom, LocalDate today) {
        if (reportedOn == null || validFrom == null) return;
        check.require(!reportedOn.isBefore(validFrom), "reportedOn", "报备日期 " + reportedOn + " 早于备案事项发生日期 " + validFrom);
        check.require(!reportedOn.isAfter(today), "reportedOn", "报备日期 " + reportedOn + " 晚于今天（" + today + "）");
    }

    /** A first filing, from the day the obligation arose; reported already when {@code reportedOn} is given. */
    public static Filing open(long personId, FilingCategory category, String department, LocalDate since, LocalDate reportedOn,
                              String basis, String actor, Instant now) {
        Filing f = new Filing();
        f.personId = personId;
        f.category = category;
        f.department = department.strip();
        f.period = EffectivePeriod.from(since);
        f.status = reportedOn == null ? FilingStatus.NOT_FILED : FilingStatus.FILED;
        f.reportedOn = reportedOn;
        f.reportedRecordedAt = reportedOn == null ? null : now;
        f.recorded = new Recorded(basis, actor, now);
        return f;
    }

    /** 报备: FILED for a first version, CHANGE_FILED for a change. */
    public void report(LocalDate on, String basis, Instant now) {
        if (status != FilingStatus.NOT_FILED) {
            throw BianzhiException.conflict("filing-reported", "status", "该登记备案信息已于 " + reportedOn + " 报备（"
                    + status.label() + "），不能重复报备");
        }
        status = changeOf == null ? FilingStatus.FILED : FilingStatus.CHANGE_FILED;
        reportedOn = on;
        reportedRecordedAt = now;
        recorded = recorded.onDocument(basis);
    }

    /** Closes this version on {@code from} and returns its successor with the new details, not yet reported. */
    public Filing changeTo(FilingCategory newCategory, String newDepartment, LocalDate from, String basis, String actor, Instant now) {
        requireOpen("变更");
        if (from.isBefore(validFrom())) {
            throw BianzhiException.invalid("effectiveOn", "变更日期 " + from + " 早于当前备案信息的起始日期 " + validFrom());
        }
        Filing next = open(personId, newCategory, newDepartment, from, null, basis, actor, now);
        next.changeOf = id;
        period = period.closedOn(from);
        closedRecordedAt = now;
        return next;
    }

    /** 撤销登记备案: the filing ends on {@code on} (exclusive: the last filed day is the day before). */
    public void end(LocalDate on, String reason, Instant now) {
        requireOpen("撤销");
        if (on.isBefore(validFrom())) {
            throw BianzhiException.invalid("endDate", "撤销日期 " + on + " 早于备案信息的起始日期 " + validFrom());
        }
        period = period.closedOn(on);
        closedRecordedAt = now;
        endReason = reason.strip();
    }

    public void requireOpen(String what) {
        if (!period.isOpen()) {
            throw BianzhiException.conflict("filing-closed", "validTo", "该登记备案信息已于 " + validTo() + " 截止"
                    + (endReason == null ? "（已变更）" : "（" + endReason + "）") + "，不能" + what);
        }
    }

    public boolean inForceOn(LocalDate d) {
        return period.contains(d);
    }

    public Long id() { return id; }
    public Long personId() { return personId; }
    public FilingCategory category() { return category; }
    public String department() { return department; }
    public FilingStatus status() { return status; }
    public LocalDate reportedOn() { return reportedOn; }
    public Long changeOf() { return changeOf; }
    public LocalDate validFrom() { return period.validFrom(); }
    public LocalDate validTo() { return period.validTo(); }
    public String endReason() { return endReason; }
    public Recorded recorded() { return recorded; }
    public String basisDocument() { return recorded.basisDocument(); }
    public String recordedBy() { return recorded.recordedBy(); }
    public Instant recordedAt() { return recorded.recordedAt(); }
    public long version() { return version; }
}
