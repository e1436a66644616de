package org.bianzhi.complaint.domain;

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

/** 办理记录: one step of a complaint case — received, investigation begun, concluded, or edited — who, when, note. */
@Entity
@Table(name = "complaint_event")
public class ComplaintEvent {

    /** What happened. */
    public enum Action { RECEIVED, INVESTIGATION_STARTED, CONCLUDED, UPDATED }

    @Id
    @SequenceGenerator(name = "complaint_event_seq", sequenceName = "complaint_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_event_seq")
    private Long id;

    @Column(name = "complaint_id", nullable = false)
    private Long complaintId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Action action;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ComplaintStatus status;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(length = 4000)
    private String note;

    protected ComplaintEvent() {
    }

    ComplaintEvent(Action action, ComplaintStatus status, String actor, Instant occurredAt, String note) {
        this.action = action;
        this.status = status;
        this.actor = actor;
        this.occurredAt = occurredAt;
        this.note = note;
    }

    /** Attaches the event to its case once the case has an id. */
    public void of(Long complaintId) {
        this.complaintId = complaintId;
    }

    public Long id() { return id; }
    public Long complaintId() { return complaintId; }
    public Action action() { return action; }
    public ComplaintStatus status() { return status; }
    public String actor() { return actor; }
    public Instant occurredAt() { return occurredAt; }
    public String note() { return note; }
}
