package org.bianzhi.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * 变更记录: one append-only line per change — who, when, which record, what before and after,
 * and on which document. Never updated or deleted.
 */
@Entity
@Table(name = "change_log")
public class ChangeLogEntry {

    @Id
    @SequenceGenerator(name = "change_log_seq", sequenceName = "change_log_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "change_log_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(name = "entity_type", nullable = false, length = 40)
    private String entityType;

    @Column(name = "entity_id", nullable = false)
    private Long entityId;

    @Column(name = "person_id")
    private Long personId;

    @Column(name = "unit_id")
    private Long unitId;

    @Column(nullable = false, length = 40)
    private String action;

    @Column(name = "basis_document", length = 200)
    private String basisDocument;

    @Column(name = "before_state", length = 100000)
    private String beforeState;

    @Column(name = "after_state", length = 100000)
    private String afterState;

    protected ChangeLogEntry() {
    }

    public ChangeLogEntry(Instant occurredAt, String actor, String entityType, Long entityId, Long personId,
                          Long unitId, String action, String basisDocument, String beforeState, String afterState) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.entityType = entityType;
        this.entityId = entityId;
        this.personId = personId;
        this.unitId = unitId;
        this.action = action;
        this.basisDocument = basisDocument;
        this.beforeState = beforeState;
        this.afterState = afterState;
    }

    public Long id() { return id; }
    public Instant occurredAt() { return occurredAt; }
    public String actor() { return actor; }
    public String entityType() { return entityType; }
    public Long entityId() { return entityId; }
    public Long personId() { return personId; }
    public Long unitId() { return unitId; }
    public String action() { return action; }
    public String basisDocument() { return basisDocument; }
    public String beforeState() { return beforeState; }
    public String afterState() { return afterState; }
}
