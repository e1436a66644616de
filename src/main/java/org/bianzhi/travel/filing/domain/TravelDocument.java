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
import org.bianzhi.shared.domain.Recorded;
import org.bianzhi.travel.domain.LateEntry;

/**
 * 因私出入境证件: a passport or permit a person holds, as they declared it to the organisation (declaredOn), until
 * it is cancelled (注销/吊销/遗失). Where it is — in central custody or not — is the custody ledger's
 * ({@link CustodyMovement}, {@link CustodyLedger}).
 */
@Entity
@Table(name = "travel_document")
public class TravelDocument {

    @Id
    @SequenceGenerator(name = "travel_document_seq", sequenceName = "travel_document_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "travel_document_seq")
    private Long id;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "doc_type", nullable = false, length = 20)
    private DocumentType type;

    @Column(name = "doc_number", nullable = false, length = 30)
    private String number;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Column(name = "declared_on", nullable = false)
    private LocalDate declaredOn;

    @Column(name = "cancelled_on")
    private LocalDate cancelledOn;

    @Column(name = "cancel_reason", length = 500)
    private String cancelReason;

    @Embedded
    private Recorded recorded;

    /** When the cancellation was entered, and the reasons given for a late entry (事后补录) of the declaration or the cancellation: V23. */
    @Column(name = "cancel_recorded_at")
    private Instant cancelRecordedAt;

    @Column(name = "cancel_recorded_by", length = 100)
    private String cancelRecordedBy;

    @Column(name = "late_reason", length = LateEntry.MAX_REASON)
    private String lateReason;

    @Column(name = "cancel_late_reason", length = LateEntry.MAX_REASON)
    private String cancelLateReason;

    @Version
    private long version;

    protected TravelDocument() {
    }

    /** What a clerk enters about a document. */
    public record Details(DocumentType type, String number, LocalDate issuedOn, LocalDate expiresOn, LocalDate declaredOn) {}

    /** Type, number in the type's shape, expiry after issue, declaration not in the future. */
    public static void checkDetails(Check check, Details d, LocalDate today) {
        check.notNull(d.type(), "docType", "证件类别");
        if (d.type() != null) {
            String problem = d.type().numberProblem(d.number());
            check.require(problem == null, "docNumber", problem);
        }
        check.notNull(d.declaredOn(), "declaredOn", "报告持有日期");
        if (d.declaredOn() != null) {
            check.require(!d.declaredOn().isAfter(today), "declaredOn", "报告持有日期 " + d.declaredOn() + " 晚于今天（" + today + "）");
        }
        if (d.issuedOn() != null) {
            check.require(!d.issuedOn().isAfter(today), "issuedOn", "签发日期 " + d.issuedOn() + " 晚于今天（" + today + "）");
        }
        if (d.issuedOn() != null && d.expiresOn() != null) {
            check.require(d.expiresOn().isAfter(d.issuedOn()), "expiresOn", "有效期至 " + d.expiresOn() + " 应晚于签发日期 " + d.issuedOn());
        }
    }

    /** {@code lateReason}: why a declaration dated long before today is entered only now (null: not late). */
    public static TravelDocument declared(long personId, Details d, String basis, String actor, Instant now, String lateReason) {
        TravelDocument doc = new TravelDocument();
        doc.lateReason = lateReason;
        doc.personId = personId;
        doc.apply(d);
        doc.recorded = new Recorded(basis, actor, now);
        return doc;
    }

    /** Corrects the details as entered (a document is not reissued: a new one is a new document). */
    public void correct(Details d, String basis) {
        requireValid("更正");
        apply(d);
        recorded = recorded.onDocument(basis);
    }

    /** 注销/吊销/遗失 from {@code on}. */
    public void cancel(LocalDate on, String reason, String actor, Instant now, String lateReason) {
        requireValid("注销");
        if (on.isBefore(declaredOn)) {
            throw BianzhiException.invalid("date", "注销日期 " + on + " 早于报告持有日期 " + declaredOn);
        }
        cancelledOn = on;
        cancelReason = reason.strip();
        cancelRecordedAt = now;
        cancelRecordedBy = actor;
        cancelLateReason = lateReason;
    }

    public void requireValid(String what) {
        if (cancelledOn != null) {
            throw BianzhiException.conflict("document-cancelled", "cancelledOn", label() + "已于 " + cancelledOn + " "
                    + cancelReason + "，不能" + what);
        }
    }

    private void apply(Details d) {
        this.type = d.type();
        this.number = d.number();
        this.issuedOn = d.issuedOn();
        this.expiresOn = d.expiresOn();
        this.declaredOn = d.declaredOn();
    }

    /** 因私护照E12345678. */
    public String label() {
        return type.label() + number;
    }

    /** How findings name the document: PASSPORT:E12345678. */
    public String subject() {
        return type.name() + ":" + number;
    }

    public Long id() { return id; }
    public Long personId() { return personId; }
    public DocumentType type() { return type; }
    public String number() { return number; }
    public LocalDate issuedOn() { return issuedOn; }
    public LocalDate expiresOn() { return expiresOn; }
    public LocalDate declaredOn() { return declaredOn; }
    public LocalDate cancelledOn() { return cancelledOn; }
    public String cancelReason() { return cancelReason; }
    public Recorded recorded() { return recorded; }
    public String basisDocument() { return recorded.basisDocument(); }
    public String recordedBy() { return recorded.recordedBy(); }
    public Instant recordedAt() { return recorded.recordedAt(); }
    public String lateReason() { return lateReason; }
    public String cancelLateReason() { return cancelLateReason; }
    public long version() { return version; }
}
