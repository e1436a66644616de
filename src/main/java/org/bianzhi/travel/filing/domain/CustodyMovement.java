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
import java.time.Instant;
import java.time.LocalDate;
import org.bianzhi.shared.domain.Recorded;
import org.bianzhi.travel.domain.LateEntry;

/** 证件保管台账的一笔登记: a document handed in, checked out for an approved trip, returned, or released. Never changed. */
@Entity
@Table(name = "custody_movement")
public class CustodyMovement {

    @Id
    @SequenceGenerator(name = "custody_movement_seq", sequenceName = "custody_movement_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "custody_movement_seq")
    private Long id;

    @Column(name = "document_id", nullable = false)
    private Long documentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CustodyMovementKind kind;

    @Column(name = "moved_on", nullable = false)
    private LocalDate movedOn;

    @Column(name = "application_id")
    private Long applicationId;

    @Column(length = 500)
    private String note;

    @Embedded
    private Recorded recorded;

    /** Why a move dated long before it was entered is entered only now (事后补录, V23); null when not late. */
    @Column(name = "late_reason", length = LateEntry.MAX_REASON)
    private String lateReason;

    protected CustodyMovement() {
    }

    public CustodyMovement(long documentId, CustodyMovementKind kind, LocalDate movedOn, Long applicationId, String note,
                           String basisDocument, String recordedBy, Instant recordedAt, String lateReason) {
        this.lateReason = lateReason;
        this.documentId = documentId;
        this.kind = kind;
        this.movedOn = movedOn;
        this.applicationId = applicationId;
        this.note = note;
        this.recorded = new Recorded(basisDocument, recordedBy, recordedAt);
    }

    public CustodyLedger.Move move() {
        return new CustodyLedger.Move(kind, movedOn, applicationId);
    }

    public Long id() { return id; }
    public Long documentId() { return documentId; }
    public CustodyMovementKind kind() { return kind; }
    public LocalDate movedOn() { return movedOn; }
    public Long applicationId() { return applicationId; }
    public String note() { return note; }
    public Recorded recorded() { return recorded; }
    public String basisDocument() { return recorded.basisDocument(); }
    public String recordedBy() { return recorded.recordedBy(); }
    public Instant recordedAt() { return recorded.recordedAt(); }
    public String lateReason() { return lateReason; }
}
