package org.bianzhi.delegation.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bianzhi.shared.domain.BianzhiException;
import org.bianzhi.shared.domain.PlainText;
import org.bianzhi.shared.domain.SerialNumber;

/**
 * 因公出国（境）团组: an official delegation — organising unit (组团单位), task, inviting party, destinations, dates,
 * funding, members with their role, and the public notice (公示) of leaders' trips — and its course DRAFT → SUBMITTED →
 * APPROVED → RETURNED → REPORTED (the trip report, 出访报告), or CANCELLED before the return. Only a draft is edited.
 */
@Entity
@Table(name = "delegation")
public class Delegation {

    /** Working days after the return within which the trip report is due (seed 003). */
    public static final int REPORT_WORKING_DAYS = 7;

    @Id
    @SequenceGenerator(name = "delegation_seq", sequenceName = "delegation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "delegation_seq")
    private Long id;

    @Column(name = "delegation_number", nullable = false, unique = true, length = 20)
    private String number;

    @Column(name = "delegation_year", nullable = false)
    private int year;

    @Column(nullable = false)
    private int serial;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "organiser_unit_id", nullable = false)
    private Long organiserUnitId;

    @Column(nullable = false, length = 2000)
    private String task;

    @Column(length = 200)
    private String inviter;

    @ElementCollection
    @CollectionTable(name = "delegation_destination", joinColumns = @JoinColumn(name = "delegation_id"))
    @OrderColumn(name = "position")
    @Column(name = "destination", length = 100)
    private List<String> destinations = new ArrayList<>();

    @Column(name = "departs_on", nullable = false)
    private LocalDate departsOn;

    @Column(name = "returns_on", nullable = false)
    private LocalDate returnsOn;

    @Column(name = "funding_source", length = 200)
    private String fundingSource;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private DelegationPurpose purpose;

    @Column(name = "notice_from")
    private LocalDate noticeFrom;

    @Column(name = "notice_to")
    private LocalDate noticeTo;

    @Column(name = "notice_place", length = 200)
    private String noticePlace;

    @ElementCollection
    @CollectionTable(name = "delegation_member", joinColumns = @JoinColumn(name = "delegation_id"))
    @OrderColumn(name = "position")
    private List<Member> members = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DelegationStatus status;

    @Column(name = "submitted_on")
    private LocalDate submittedOn;

    @Column(name = "approved_on")
    private LocalDate approvedOn;

    @Column(name = "approval_document", length = 200)
    private String approvalDocument;

    @Column(name = "returned_on")
    private LocalDate returnedOn;

    @Column(name = "reported_on")
    private LocalDate reportedOn;

    @Column(name = "report_summary", length = 4000)
    private String reportSummary;

    @Column(name = "cancelled_on")
    private LocalDate cancelledOn;

    @Column(name = "cancel_reason", length = 1000)
    private String cancelReason;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Delegation() {
    }

    /** What a draft holds besides its members; checked by {@code DelegationDetails}. */
    public record Details(String name, Long organiserUnitId, String task, String inviter, List<String> destinations,
                          LocalDate departsOn, LocalDate returnsOn, String fundingSource, LocalDate noticeFrom,
                          LocalDate noticeTo, String noticePlace, DelegationPurpose purpose) {}

    /** 团组编号: TZ, the year, and a five-digit serial. */
    public static String number(int year, int serial) {
        return SerialNumber.format("TZ", year, serial);
    }

    public static Delegation draft(int year, int serial, Details d, List<Member> members, String actor, Instant now) {
        Delegation g = new Delegation();
        g.year = year;
        g.serial = serial;
        g.number = number(year, serial);
        g.status = DelegationStatus.DRAFT;
        g.createdBy = actor;
        g.createdAt = now;
        g.apply(d, members);
        return g;
    }

    /** Changes the details and members of a draft. */
    public void revise(Details d, List<Member> members) {
        requireStatus(Set.of(DelegationStatus.DRAFT), "修改（只有草稿可以修改团组信息和成员）");
        apply(d, members);
    }

    /** Re-reads the members' units on the departure day (their postings may have changed since the draft). */
    public void placeMembers(List<Member> placed) {
        members.clear();
        members.addAll(placed);
    }

    public void submit(LocalDate today) {
        requireStatus(Set.of(DelegationStatus.DRAFT), "报审");
        status = DelegationStatus.SUBMITTED;
        submittedOn = today;
    }

    public void approve(LocalDate today, String document) {
        requireStatus(Set.of(DelegationStatus.SUBMITTED), "批准");
        status = DelegationStatus.APPROVED;
        approvedOn = today;
        approvalDocument = document;
    }

    /** 回国: the actual return date, not before departure nor after today. */
    public void returned(LocalDate on, LocalDate today) {
        requireStatus(Set.of(DelegationStatus.APPROVED), "登记回国");
        if (on.isBefore(departsOn) || on.isAfter(today)) {
            throw BianzhiException.invalid("date", "实际回国日期 " + on + " 应在出发日期 " + departsOn + " 与今天（" + today + "）之间");
        }
        status = DelegationStatus.RETURNED;
        returnedOn = on;
    }

    /** 出访报告: filed on {@code on}, not before the return nor after today. */
    public void report(LocalDate on, String summary, LocalDate today) {
        requireStatus(Set.of(DelegationStatus.RETURNED), "登记出访报告");
        if (on.isBefore(returnedOn) || on.isAfter(today)) {
            throw BianzhiException.invalid("date", "报告日期 " + on + " 应在回国日期 " + returnedOn + " 与今天（" + today + "）之间");
        }
        status = DelegationStatus.REPORTED;
        reportedOn = on;
        reportSummary = summary;
    }

    public void cancel(LocalDate today, String reason) {
        requireStatus(Set.of(DelegationStatus.DRAFT, DelegationStatus.SUBMITTED, DelegationStatus.APPROVED), "撤销");
        status = DelegationStatus.CANCELLED;
        cancelledOn = today;
        cancelReason = reason;
    }

    /** The day the trip report is due (the 7th working day after the return), or null before the return. */
    public LocalDate reportDue(WorkingCalendar calendar) {
        return returnedOn == null ? null : calendar.workingDaysAfter(returnedOn, REPORT_WORKING_DAYS);
    }

    private void requireStatus(Set<DelegationStatus> allowed, String what) {
        if (!allowed.contains(status)) {
            throw BianzhiException.conflict("delegation-status", "status", "团组" + number + "当前状态为“" + status.label()
                    + "”，不能" + what);
        }
    }

    private void apply(Details d, List<Member> newMembers) {
        name = d.name().strip();
        organiserUnitId = d.organiserUnitId();
        task = d.task().strip();
        inviter = PlainText.blankToNull(d.inviter());
        destinations.clear();
        destinations.addAll(d.destinations());
        departsOn = d.departsOn();
        returnsOn = d.returnsOn();
        fundingSource = PlainText.blankToNull(d.fundingSource());
        noticeFrom = d.noticeFrom();
        noticeTo = d.noticeTo();
        noticePlace = PlainText.blankToNull(d.noticePlace());
        purpose = d.purpose();
        members.clear();
        members.addAll(newMembers);
    }

    public Long id() { return id; }
    public String number() { return number; }
    public int year() { return year; }
    public String name() { return name; }
    public Long organiserUnitId() { return organiserUnitId; }
    public String task() { return task; }
    public String inviter() { return inviter; }
    public List<String> destinations() { return List.copyOf(destinations); }
    public LocalDate departsOn() { return departsOn; }
    public LocalDate returnsOn() { return returnsOn; }
    public String fundingSource() { return fundingSource; }
    public DelegationPurpose purpose() { return purpose; }
    public LocalDate noticeFrom() { return noticeFrom; }
    public LocalDate noticeTo() { return noticeTo; }
    public String noticePlace() { return noticePlace; }
    public List<Member> members() { return List.copyOf(members); }

    /** 团长: the member named leader, or the first member when none is (null without members). */
    public Member leader() {
        return members.stream().filter(m -> m.role() == MemberRole.LEADER).findFirst()
                .orElse(members.isEmpty() ? null : members.get(0));
    }
    public DelegationStatus status() { return status; }
    public LocalDate submittedOn() { return submittedOn; }
    public LocalDate approvedOn() { return approvedOn; }
    public String approvalDocument() { return approvalDocument; }
    public LocalDate returnedOn() { return returnedOn; }
    public LocalDate reportedOn() { return reportedOn; }
    public String reportSummary() { return reportSummary; }
    public LocalDate cancelledOn() { return cancelledOn; }
    public String cancelReason() { return cancelReason; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public long version() { return version; }
}
