package org.bianzhi.complaint.domain;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.bianzhi.shared.domain.BianzhiException;
import org.bianzhi.shared.domain.Check;
import org.bianzhi.shared.domain.PlainText;
import org.bianzhi.shared.domain.SerialNumber;

/**
 * 举报件: a complaint received by the 12310 desk — channel, dates, subject, categories, the units, people and audit
 * findings it concerns, its handler and due date, and its workflow RECEIVED 受理 → INVESTIGATING 核查 → CONCLUDED 办结
 * (with result and conclusion). The reporter's name and contact are held only sealed ({@link ReporterCipher}); an
 * anonymous complaint holds none.
 */
@Entity
@Table(name = "complaint")
public class Complaint {

    public static final int MAX_TEXT = 4000;
    public static final int MAX_CONCLUSION = 2000;
    public static final int MAX_NOTE = 1000;

    @Id
    @SequenceGenerator(name = "complaint_seq", sequenceName = "complaint_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_seq")
    private Long id;

    @Column(name = "case_number", nullable = false, unique = true, length = 20)
    private String caseNumber;

    @Column(name = "case_year", nullable = false)
    private int caseYear;

    @Column(nullable = false)
    private int serial;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Channel channel;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "incident_date", nullable = false)
    private LocalDate incidentDate;

    @Column(nullable = false, length = MAX_TEXT)
    private String subject;

    @ElementCollection
    @CollectionTable(name = "complaint_category", joinColumns = @JoinColumn(name = "complaint_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "category", length = 30)
    private Set<Category> categories = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "complaint_unit", joinColumns = @JoinColumn(name = "complaint_id"))
    @Column(name = "unit_id")
    private Set<Long> unitIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "complaint_person", joinColumns = @JoinColumn(name = "complaint_id"))
    @Column(name = "person_id")
    private Set<Long> personIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "complaint_finding", joinColumns = @JoinColumn(name = "complaint_id"))
    @Column(name = "finding_id")
    private Set<Long> findingIds = new HashSet<>();

    @Column(nullable = false, length = 50)
    private String handler;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ComplaintStatus status;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Result result;

    @Column(length = MAX_TEXT)
    private String conclusion;

    @Column(name = "concluded_on")
    private LocalDate concludedOn;

    @Column(nullable = false)
    private boolean anonymous;

    /** Sealed: never plain text. */
    @Column(name = "reporter_name", length = 1000)
    private String reporterName;

    /** Sealed: never plain text. */
    @Column(name = "reporter_contact", length = 1000)
    private String reporterContact;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    @Transient
    private List<ComplaintEvent> newEvents = new ArrayList<>();

    protected Complaint() {
    }

    /** What a handler says about a case: everything but its number, workflow and reporter. */
    public record Details(Channel channel, LocalDate receivedOn, LocalDate incidentDate, String subject,
                          Set<Category> categories, Set<Long> unitIds, Set<Long> personIds, Set<Long> findingIds,
                          String handler, LocalDate dueDate) {}

    /**
     * The rules of a case's details on their own: dates not in the future, the incident not after receipt, the due
     * date not before it, a subject, a handler. Adds every violation to {@code check}. (The channel and the categories,
     * at least one, are checked as they are read: {@link Category#parse}.)
     */
    public static void checkDetails(Check check, Details d, LocalDate today) {
        check.notNull(d.receivedOn(), "receivedOn", "受理日期");
        if (d.receivedOn() != null) {
            check.require(!d.receivedOn().isAfter(today), "receivedOn", "受理日期 " + d.receivedOn() + " 晚于今天（" + today + "）");
        }
        if (d.incidentDate() != null && d.receivedOn() != null) {
            check.require(!d.incidentDate().isAfter(d.receivedOn()), "incidentDate",
                    "举报事项发生日期 " + d.incidentDate() + " 晚于受理日期 " + d.receivedOn());
        }
        check.notNull(d.subject(), "subject", "举报事项");
        check.require(d.subject() == null || d.subject().strip().length() <= MAX_TEXT, "subject", "举报事项不能超过" + MAX_TEXT + "字");
        PlainText.require(check, d.subject(), "subject", "举报事项");
        check.notNull(d.handler(), "handler", "承办人");
        if (d.dueDate() != null && d.receivedOn() != null) {
            check.require(!d.dueDate().isBefore(d.receivedOn()), "dueDate", "办理期限 " + d.dueDate() + " 早于受理日期 " + d.receivedOn());
        }
    }

    /** Refuses reporter details on an anonymous complaint, and overlong ones. */
    public static void checkReporter(Check check, boolean anonymous, String name, String contact) {
        if (anonymous) {
            check.require(name == null || name.isBlank(), "reporterName", "匿名举报不能登记举报人姓名");
            check.require(contact == null || contact.isBlank(), "reporterContact", "匿名举报不能登记举报人联系方式");
        } else {
            check.require(name == null || name.strip().length() <= 50, "reporterName", "举报人姓名不能超过50字");
            check.require(contact == null || contact.strip().length() <= 200, "reporterContact", "举报人联系方式不能超过200字");
        }
    }

    /** A note to a step: at most {@link #MAX_NOTE} characters. */
    public static void checkNote(Check check, String note) {
        check.require(note == null || note.strip().length() <= MAX_NOTE, "note", "说明不能超过" + MAX_NOTE + "字");
    }

    /** A case just received; {@code number} is its case number (e.g. JB2026-00001). */
    public static Complaint received(int year, int serial, Details d, boolean anonymous, String sealedName,
                                     String sealedContact, String actor, Instant now) {
        Complaint c = new Complaint();
        c.caseYear = year;
        c.serial = serial;
        c.caseNumber = number(year, serial);
        c.status = ComplaintStatus.RECEIVED;
        c.apply(d);
        c.reporter(anonymous, sealedName, sealedContact);
        c.createdBy = actor;
        c.createdAt = now;
        c.event(ComplaintEvent.Action.RECEIVED, actor, now, null);
        return c;
    }

    /** 举报件编号: JB, the year, and a five-digit serial. */
    public static String number(int year, int serial) {
        return SerialNumber.format("JB", year, serial);
    }

    /** Changes the details (a concluded case is closed). */
    public void revise(Details d, String actor, Instant now, String note) {
        requireOpen("修改");
        apply(d);
        event(ComplaintEvent.Action.UPDATED, actor, now, note);
    }

    /** Replaces the sealed reporter values (null: none). */
    public void reporter(boolean anonymous, String sealedName, String sealedContact) {
        if (anonymous && (sealedName != null || sealedContact != null)) {
            throw BianzhiException.invalid("anonymous", "匿名举报不能登记举报人信息");
        }
        this.anonymous = anonymous;
        this.reporterName = sealedName;
        this.reporterContact = sealedContact;
    }

    /** 开始核查. */
    public void investigate(String actor, Instant now, String note) {
        Check check = new Check();
        checkNote(check, note);
        check.orThrow();
        if (status != ComplaintStatus.RECEIVED) {
            throw BianzhiException.conflict("complaint-status", "status", "举报件" + caseNumber + "当前状态为“" + status.label()
                    + "”，只有“" + ComplaintStatus.RECEIVED.label() + "”状态的举报件可以开始核查");
        }
        status = ComplaintStatus.INVESTIGATING;
        event(ComplaintEvent.Action.INVESTIGATION_STARTED, actor, now, PlainText.blankToNull(note));
    }

    /** 办结: needs the result and the conclusion. */
    public void conclude(Result result, String conclusion, String actor, Instant now, LocalDate today) {
        Check check = new Check();
        check.notNull(result, "result", "办结结论（属实/部分属实/不属实）");
        check.notNull(conclusion, "conclusion", "办结意见");
        check.require(conclusion == null || conclusion.strip().length() <= MAX_CONCLUSION, "conclusion",
                "办结意见不能超过" + MAX_CONCLUSION + "字");
        check.orThrow();
        if (status != ComplaintStatus.INVESTIGATING) {
            throw BianzhiException.conflict("complaint-status", "status", "举报件" + caseNumber + "当前状态为“" + status.label()
                    + "”，只有“" + ComplaintStatus.INVESTIGATING.label() + "”状态的举报件可以办结"
                    + (status == ComplaintStatus.RECEIVED ? "，请先开始核查" : ""));
        }
        this.status = ComplaintStatus.CONCLUDED;
        this.result = result;
        this.conclusion = conclusion.strip();
        this.concludedOn = today;
        event(ComplaintEvent.Action.CONCLUDED, actor, now, result.label() + "：" + this.conclusion);
    }

    /** Days past the due date on {@code today}: 0 when concluded or not yet due. */
    public long daysOverdue(LocalDate today) {
        if (status == ComplaintStatus.CONCLUDED || !dueDate.isBefore(today)) return 0;
        return ChronoUnit.DAYS.between(dueDate, today);
    }

    public void requireOpen(String what) {
        if (status == ComplaintStatus.CONCLUDED) {
            throw BianzhiException.conflict("complaint-concluded", "status", "举报件" + caseNumber + "当前状态为“"
                    + status.label() + "”，已办结的举报件不能" + what);
        }
    }

    private void apply(Details d) {
        if (d.channel() == null || d.categories() == null || d.categories().isEmpty()) {
            throw BianzhiException.invalid("categories", "举报件须有受理渠道和至少一个举报类别");
        }
        this.channel = d.channel();
        this.receivedOn = d.receivedOn();
        this.incidentDate = d.incidentDate() == null ? d.receivedOn() : d.incidentDate();
        this.subject = d.subject().strip();
        this.categories.clear();
        this.categories.addAll(d.categories());
        replace(unitIds, d.unitIds());
        replace(personIds, d.personIds());
        replace(findingIds, d.findingIds());
        this.handler = d.handler().strip();
        this.dueDate = d.dueDate();
    }

    private static void replace(Set<Long> target, Set<Long> values) {
        target.clear();
        if (values != null) target.addAll(values);
    }

    private void event(ComplaintEvent.Action action, String actor, Instant now, String note) {
        if (newEvents == null) newEvents = new ArrayList<>();
        newEvents.add(new ComplaintEvent(action, status, actor, now, note));
    }

    public Long id() { return id; }
    public String caseNumber() { return caseNumber; }
    public int caseYear() { return caseYear; }
    public int serial() { return serial; }
    public Channel channel() { return channel; }
    public LocalDate receivedOn() { return receivedOn; }
    public LocalDate incidentDate() { return incidentDate; }
    public String subject() { return subject; }
    public Set<Category> categories() { return categories.isEmpty() ? Set.of() : EnumSet.copyOf(categories); }
    public Set<Long> unitIds() { return new TreeSet<>(unitIds); }
    public Set<Long> personIds() { return new TreeSet<>(personIds); }
    public Set<Long> findingIds() { return new TreeSet<>(findingIds); }
    public String handler() { return handler; }
    public LocalDate dueDate() { return dueDate; }
    public ComplaintStatus status() { return status; }
    public Result result() { return result; }
    public String conclusion() { return conclusion; }
    public LocalDate concludedOn() { return concludedOn; }
    public boolean anonymous() { return anonymous; }
    /** Sealed. */
    public String sealedReporterName() { return reporterName; }
    /** Sealed. */
    public String sealedReporterContact() { return reporterContact; }
    public boolean hasReporter() { return reporterName != null || reporterContact != null; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public long version() { return version; }

    /** Events not yet stored, and forgets them (the repository stores each once). */
    public List<ComplaintEvent> drainEvents() {
        if (newEvents == null) newEvents = new ArrayList<>();
        List<ComplaintEvent> events = List.copyOf(newEvents);
        newEvents.clear();
        return events;
    }
}
