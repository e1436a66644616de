package org.bianzhi.security.domain;

import jakarta.persistence.Column;
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

/**
 * 账户: a user of the registry with one role; a unit clerk is bound to a unit. Wrong passwords are counted by
 * {@link SignInThrottle}, for real and unknown names alike, not here.
 */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 50)
    private String username;

    @Column(name = "display_name", nullable = false, length = 50)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Role role;

    @Column(name = "unit_id")
    private Long unitId;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Account() {
    }

    public Account(String username, String displayName, String passwordHash, Role role, Long unitId,
                   String createdBy, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.unitId = role == Role.UNIT_CLERK ? unitId : null;
        this.enabled = true;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void changePassword(String newHash) {
        passwordHash = newHash;
    }

    public void change(String displayName, Role role, Long unitId, boolean enabled) {
        this.displayName = displayName;
        this.role = role;
        this.unitId = role == Role.UNIT_CLERK ? unitId : null;
        this.enabled = enabled;
    }

    public Long id() { return id; }
    public String username() { return username; }
    public String displayName() { return displayName; }
    public String passwordHash() { return passwordHash; }
    public Role role() { return role; }
    public Long unitId() { return unitId; }
    public boolean enabled() { return enabled; }
    public Instant createdAt() { return createdAt; }
    public long version() { return version; }
}
