package org.bianzhi.roster.domain;

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
import org.bianzhi.establishment.domain.QuotaType;
import org.bianzhi.shared.domain.Recorded;

/**
 * 占编 (the real-name record): a person holds one slot of a quota type at a unit from 入编日期 until a
 * decrease notice ends it. Opened by an increase notice (增人通知单) or registered as found (import).
 */
@Entity
@Table(name = "occupancy")
public class Occupancy extends PersonRecord {

    @Id
    @SequenceGenerator(name = "occupancy_seq", sequenceName = "occupancy_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "occupancy_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "quota_type", nullable = false, length = 30)
    private QuotaType quotaType;

    @Enumerated(EnumType.STRING)
    @Column(name = "entry_route", length = 30)
    private EntryRoute entryRoute;

    @Column(name = "increase_notice_no", length = 40)
    private String increaseNoticeNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "exit_reason", length = 30)
    private ExitReason exitReason;

    @Column(name = "decrease_notice_no", length = 40)
    private String decreaseNoticeNumber;

    /** Why an administrator let this entry exceed the quota (e.g. 军转干部指令性安置); null when within quota. */
    @Column(name = "override_reason", length = 500)
    private String overrideReason;

    @Column(name = "closed_by", length = 100)
    private String closedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected Occupancy() {
    }

    public Occupancy(Person person, Long unitId, QuotaType quotaType, LocalDate entryDate, EntryRoute entryRoute,
                     String increaseNoticeNumber, String overrideReason, Recorded recorded) {
        super(person, unitId, entryDate, "入编日期", recorded);
        this.quotaType = quotaType;
        this.entryRoute = entryRoute;
        this.increaseNoticeNumber = increaseNoticeNumber;
        this.overrideReason = overrideReason;
    }

    /** 出编: the slot is free again from {@code exitDate} on. */
    public void close(LocalDate exitDate, ExitReason reason, String decreaseNoticeNumber, String by, Instant at) {
        end(exitDate, "该占编记录");
        this.exitReason = reason;
        this.decreaseNoticeNumber = decreaseNoticeNumber;
        this.closedBy = by;
        this.closedAt = at;
    }

    @Override
    public Long id() { return id; }
    public QuotaType quotaType() { return quotaType; }
    public EntryRoute entryRoute() { return entryRoute; }
    public String increaseNoticeNumber() { return increaseNoticeNumber; }
    public ExitReason exitReason() { return exitReason; }
    public String decreaseNoticeNumber() { return decreaseNoticeNumber; }
    public String overrideReason() { return overrideReason; }
}
