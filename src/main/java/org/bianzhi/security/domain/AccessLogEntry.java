package org.bianzhi.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * 查阅记录: who read a person's full ID number or whole record, or a complaint's reporter, when, and through which
 * request. Names a person or (for {@code REPORTER_IDENTITY}) a complaint case. Append-only.
 */
@Entity
@Table(name = "access_log")
public class AccessLogEntry {

    @Id
    @SequenceGenerator(name = "access_log_seq", sequenceName = "access_log_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "access_log_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 50)
    private String username;

    @Column(nullable = false, length = 30)
    private String role;

    @Column(name = "person_id")
    private Long personId;

    @Column(name = "complaint_id")
    private Long complaintId;

    @Column(nullable = false, length = 40)
    private String what;

    @Column(nullable = false, length = 500)
    private String path;

    protected AccessLogEntry() {
    }

    public AccessLogEntry(Instant occurredAt, String username, String role, Long personId, String what, String path) {
        this(occurredAt, username, role, personId, null, what, path);
    }

    public AccessLogEntry(Instant occurredAt, String username, String role, Long personId, Long complaintId, String what,
                          String path) {
        if (personId == null && complaintId == null) throw new IllegalArgumentException("an access names a person or a complaint");
        this.occurredAt = occurredAt;
        this.username = username;
        this.role = role;
        this.personId = personId;
        this.complaintId = complaintId;
        this.what = what;
        this.path = path.length() > 500 ? path.substring(0, 500) : path;
    }

    public Long id() { return id; }
    public Instant occurredAt() { return occurredAt; }
    public String username() { return username; }
    public String role() { return role; }
    public Long personId() { return personId; }
    public Long complaintId() { return complaintId; }
    public String what() { return what; }
    public String path() { return path; }
}
