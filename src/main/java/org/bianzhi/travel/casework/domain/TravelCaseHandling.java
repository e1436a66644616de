package org.bianzhi.travel.casework.domain;

import jakarta.persistence.Column;
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

/** 处理: one method decided for a {@link TravelCase} on a day, on a decision document; never changed once recorded. */
@Entity
@Table(name = "travel_case_handling")
public class TravelCaseHandling {

    public static final int MAX_DOCUMENT = 200;
    public static final int MAX_NOTE = 1000;

    @Id
    @SequenceGenerator(name = "travel_case_handling_seq", sequenceName = "travel_case_handling_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "travel_case_handling_seq")
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private HandlingMethod method;

    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;

    @Column(name = "decision_document", nullable = false, length = MAX_DOCUMENT)
    private String decisionDocument;

    @Column(length = MAX_NOTE)
    private String note;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected TravelCaseHandling() {
    }

    static TravelCaseHandling of(long caseId, HandlingMethod method, LocalDate decidedOn, String document, String note,
                                 String by, Instant at) {
        TravelCaseHandling h = new TravelCaseHandling();
        h.caseId = caseId;
        h.method = method;
        h.decidedOn = decidedOn;
        h.decisionDocument = document;
        h.note = note;
        h.recordedBy = by;
        h.recordedAt = at;
        return h;
    }

    public Long id() { return id; }
    public long caseId() { return caseId; }
    public HandlingMethod method() { return method; }
    public LocalDate decidedOn() { return decidedOn; }
    public String decisionDocument() { return decisionDocument; }
    public String note() { return note; }
    public String recordedBy() { return recordedBy; }
    public Instant recordedAt() { return recordedAt; }
}
