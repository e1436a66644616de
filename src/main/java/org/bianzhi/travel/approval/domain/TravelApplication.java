package org.bianzhi.travel.approval.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.bianzhi.shared.domain.BianzhiException;
import org.bianzhi.shared.domain.SerialNumber;

/**
 * 因私出国（境）申请: a person's application to travel privately — destinations, purpose, planned dates — with the
 * unit's opinion, the discipline-inspection opinion (纪检意见) and the decision (审批). Numbered CG{year}-{serial}.
 * An application imported from the past ({@link ApplicationSource#IMPORT}) is stored as it was decided.
 * <p>Each opinion has a verdict (同意 / 不同意) and keeps the account that entered it: the unit's opinion, the
 * discipline-inspection opinion and the decision come from three different accounts (分级把关, no account signs two);
 * the decision records its approving unit (审批单位), which answers for an approval against the rules.
 */
@Entity
@Table(name = "travel_application")
public class TravelApplication {

    public static final int MAX_TEXT = 1000;
    public static final int MAX_DOCUMENT = 200;

    @Id
    @SequenceGenerator(name = "travel_application_seq", sequenceName = "travel_application_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "travel_application_seq")
    private Long id;

    @Column(name = "application_number", nullable = false, unique = true, length = 20)
    private String number;

    @Column(name = "application_year", nullable = false)
    private int year;

    @Column(nullable = false)
    private int serial;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TravelPurpose purpose;

    @Column(name = "purpose_note", length = MAX_TEXT)
    private String purposeNote;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "travel_application_destination", joinColumns = @JoinColumn(name = "application_id"))
    @Column(name = "destination", length = Destination.MAX_LENGTH)
    private Set<String> destinations = new TreeSet<>();

    @Column(name = "departs_on", nullable = false)
    private LocalDate departsOn;

    @Column(name = "returns_on", nullable = false)
    private LocalDate returnsOn;

    @Column(name = "applied_on", nullable = false)
    private LocalDate appliedOn;

    @Column(name = "unit_opinion", length = MAX_TEXT)
    private String unitOpinion;

    @Column(name = "unit_opinion_by", length = 100)
    private String unitOpinionBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_verdict", length = 10)
    private OpinionVerdict unitVerdict;

    @Column(name = "unit_opinion_account", length = 100)
    private String unitOpinionAccount;

    @Column(name = "unit_opinion_on")
    private LocalDate unitOpinionOn;

    @Column(name = "discipline_opinion", length = MAX_TEXT)
    private String disciplineOpinion;

    @Column(name = "discipline_opinion_by", length = 100)
    private String disciplineOpinionBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "discipline_verdict", length = 10)
    private OpinionVerdict disciplineVerdict;

    @Column(name = "discipline_opinion_account", length = 100)
    private String disciplineOpinionAccount;

    @Column(name = "discipline_opinion_on")
    private LocalDate disciplineOpinionOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ApplicationStatus status;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "approving_unit_id")
    private Long approvingUnitId;

    @Column(name = "decision_document", length = MAX_DOCUMENT)
    private String decisionDocument;

    @Column(name = "decision_note", length = MAX_TEXT)
    private String decisionNote;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ApplicationSource source;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected TravelApplication() {
    }

    /** What the person applies for (checked by the service before). */
    public record Plan(long personId, List<Destination> destinations, TravelPurpose purpose, String purposeNote,
                       LocalDate departsOn, LocalDate returnsOn, LocalDate appliedOn) {}

    public static String number(int year, int serial) {
        return SerialNumber.format("CG", year, serial);
    }

    /** A new application at the desk: 待审批. */
    public static TravelApplication submitted(int serial, Plan p, String by, Instant at) {
        TravelApplication a = new TravelApplication();
        a.year = p.appliedOn().getYear();
        a.serial = serial;
        a.number = number(a.year, serial);
        a.personId = p.personId();
        p.destinations().forEach(d -> a.destinations.add(d.name()));
        a.purpose = p.purpose();
        a.purposeNote = p.purposeNote();
        a.departsOn = p.departsOn();
        a.returnsOn = p.returnsOn();
        a.appliedOn = p.appliedOn();
        a.status = ApplicationStatus.SUBMITTED;
        a.source = ApplicationSource.DESK;
        a.recordedBy = by;
        a.recordedAt = at;
        return a;
    }

    /**
     * An application decided in the past, imported as it was: opinions (verdicts read from their text when the file
     * has none) and decision as the file has them, whoever signed them.
     */
    public static TravelApplication imported(int serial, Plan p, ApprovalRules.Opinion unitOpinion, ApprovalRules.Opinion disciplineOpinion,
                                             boolean approved, LocalDate decidedOn, String document, Long approvingUnitId,
                                             String by, Instant at) {
        TravelApplication a = submitted(serial, p, by, at);
        a.source = ApplicationSource.IMPORT;
        a.unitOpinion = unitOpinion.text();
        a.unitVerdict = unitOpinion.verdict();
        a.disciplineOpinion = disciplineOpinion.text();
        a.disciplineVerdict = disciplineOpinion.verdict();
        a.approvingUnitId = approvingUnitId;
        a.status = approved ? ApplicationStatus.APPROVED : ApplicationStatus.REJECTED;
        a.decidedOn = decidedOn;
        a.decisionDocument = document;
        a.decidedBy = by;
        return a;
    }

    /** 单位意见 by {@code account} (signed by {@code by}); refused when the account gave the discipline-inspection opinion. */
    public void unitOpinion(OpinionVerdict verdict, String text, String by, String account, LocalDate on) {
        requireSubmitted("签署单位意见");
        requireOtherAccount(account, "所在单位意见");
        unitVerdict = verdict;
        unitOpinion = text;
        unitOpinionBy = by;
        unitOpinionAccount = account;
        unitOpinionOn = on;
    }

    /** 纪检意见 (派驻纪检组意见) by {@code account}; refused when the account gave the unit's opinion. */
    public void disciplineOpinion(OpinionVerdict verdict, String text, String by, String account, LocalDate on) {
        requireSubmitted("签署纪检意见");
        requireOtherAccount(account, "纪检意见");
        disciplineVerdict = verdict;
        disciplineOpinion = text;
        disciplineOpinionBy = by;
        disciplineOpinionAccount = account;
        disciplineOpinionOn = on;
    }

    /** The opinions as the approval rules read them. */
    public ApprovalRules.Opinion unitOpinionGiven() {
        return new ApprovalRules.Opinion(unitVerdict, unitOpinion);
    }

    public ApprovalRules.Opinion disciplineOpinionGiven() {
        return new ApprovalRules.Opinion(disciplineVerdict, disciplineOpinion);
    }

    /**
     * 分级把关: the account about to give {@code step} gave none of the other two steps (the opinions not being
     * re-signed by their own account). Whatever its role, an administrator's too.
     */
    private void requireOtherAccount(String account, String step) {
        String other = !"所在单位意见".equals(step) && account.equals(unitOpinionAccount) ? "所在单位意见"
                : !"纪检意见".equals(step) && account.equals(disciplineOpinionAccount) ? "纪检意见" : null;
        if (other != null) {
            throw BianzhiException.conflict("separation-of-duties", "account", "账户 " + account + " 已签署申请" + number + "的"
                    + other + "，不能再作出" + step + "：所在单位意见、纪检意见和审批决定须由三个不同的账户分别作出");
        }
    }

    /**
     * 批准, once the rules allow it: the breaches of {@link ApprovalRules} found for this application are refused
     * together, each with its own reason.
     */
    public void approve(List<ApprovalRules.Breach> breaches, LocalDate on, String by, Long approvingUnit, String document, String note) {
        requireSubmitted("审批");
        requireOtherAccount(by, "审批决定");
        if (!breaches.isEmpty()) {
            throw new BianzhiException(BianzhiException.Kind.CONFLICT, "approval-against-rules",
                    "申请" + number + "不能批准：" + String.join("；", breaches.stream().map(ApprovalRules.Breach::message).toList()),
                    breaches.stream().map(b -> org.bianzhi.shared.domain.Violation.ofField(b.field(), b.message())).toList());
        }
        decide(ApplicationStatus.APPROVED, on, by, approvingUnit, document, note);
    }

    /** 不予批准, by an account that gave neither opinion. */
    public void reject(LocalDate on, String by, Long approvingUnit, String document, String note) {
        requireSubmitted("审批");
        requireOtherAccount(by, "审批决定");
        decide(ApplicationStatus.REJECTED, on, by, approvingUnit, document, note);
    }

    /** 撤回 by the applicant before a decision. */
    public void withdraw(String note) {
        requireSubmitted("撤回");
        status = ApplicationStatus.WITHDRAWN;
        decisionNote = note;
    }

    private void decide(ApplicationStatus to, LocalDate on, String by, Long approvingUnit, String document, String note) {
        status = to;
        approvingUnitId = approvingUnit;
        decidedOn = on;
        decidedBy = by;
        decisionDocument = document;
        decisionNote = note;
    }

    /** (d): only an application waiting for its decision may be changed or decided. */
    public void requireSubmitted(String what) {
        if (status != ApplicationStatus.SUBMITTED) {
            throw BianzhiException.conflict("application-status", "status", "申请" + number + "当前状态为“" + status.label()
                    + "”，只有待审批的申请可以" + what);
        }
    }

    public Long id() { return id; }
    public String number() { return number; }
    public long personId() { return personId; }
    public TravelPurpose purpose() { return purpose; }
    public String purposeNote() { return purposeNote; }
    public List<String> destinations() { return List.copyOf(destinations); }
    public LocalDate departsOn() { return departsOn; }
    public LocalDate returnsOn() { return returnsOn; }
    public LocalDate appliedOn() { return appliedOn; }
    public String unitOpinion() { return unitOpinion; }
    public String unitOpinionBy() { return unitOpinionBy; }
    public LocalDate unitOpinionOn() { return unitOpinionOn; }
    public OpinionVerdict unitVerdict() { return unitVerdict; }
    public String unitOpinionAccount() { return unitOpinionAccount; }
    public OpinionVerdict disciplineVerdict() { return disciplineVerdict; }
    public String disciplineOpinionAccount() { return disciplineOpinionAccount; }
    public Long approvingUnitId() { return approvingUnitId; }
    public String disciplineOpinion() { return disciplineOpinion; }
    public String disciplineOpinionBy() { return disciplineOpinionBy; }
    public LocalDate disciplineOpinionOn() { return disciplineOpinionOn; }
    public ApplicationStatus status() { return status; }
    public LocalDate decidedOn() { return decidedOn; }
    public String decidedBy() { return decidedBy; }
    public String decisionDocument() { return decisionDocument; }
    public String decisionNote() { return decisionNote; }
    public ApplicationSource source() { return source; }
    public String recordedBy() { return recordedBy; }
    public Instant recordedAt() { return recordedAt; }
    public long version() { return version; }
}
