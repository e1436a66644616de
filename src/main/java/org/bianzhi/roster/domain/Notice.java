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
import org.bianzhi.shared.domain.Labeled;
import org.bianzhi.shared.domain.SerialNumber;

/**
 * 增人通知单 / 减人通知单: the document that lets one person enter a quota (opening the occupancy) or
 * leave it (closing the occupancy). Numbers are unique and run without gaps per kind and year:
 * {@code Z2026-00001} for increases, {@code J2026-00001} for decreases. Issued notices never change.
 */
@Entity
@Table(name = "notice")
public class Notice {

    /** 增人 or 减人. */
    public enum Kind implements Labeled {
        INCREASE("增人通知单", "Z"), DECREASE("减人通知单", "J");

        private final String label;
        private final String prefix;

        Kind(String label, String prefix) {
            this.label = label;
            this.prefix = prefix;
        }

        @Override
        public String label() {
            return label;
        }

        public String number(int year, int serial) {
            return SerialNumber.format(prefix, year, serial);
        }
    }

    @Id
    @SequenceGenerator(name = "notice_seq", sequenceName = "notice_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notice_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind kind;

    @Column(name = "notice_year", nullable = false)
    private int year;

    @Column(nullable = false)
    private int serial;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "quota_type", nullable = false, length = 30)
    private QuotaType quotaType;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Column(name = "occupancy_id", nullable = false)
    private Long occupancyId;

    @Column(name = "staffing_plan_id")
    private Long staffingPlanId;

    /** 入编日期 for an increase, 出编日期 for a decrease. */
    @Column(name = "effective_date", nullable = false)
    private LocalDate effectiveDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "entry_route", length = 30)
    private EntryRoute entryRoute;

    @Enumerated(EnumType.STRING)
    @Column(name = "exit_reason", length = 30)
    private ExitReason exitReason;

    @Column(name = "override_reason", length = 500)
    private String overrideReason;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "issued_by", nullable = false, length = 100)
    private String issuedBy;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    protected Notice() {
    }

    private Notice(Kind kind, int year, int serial, Long unitId, QuotaType quotaType, Long personId,
                   LocalDate effectiveDate, LocalDate issuedOn, String issuedBy, Instant issuedAt) {
        this.kind = kind;
        this.year = year;
        this.serial = serial;
        this.number = kind.number(year, serial);
        this.unitId = unitId;
        this.quotaType = quotaType;
        this.personId = personId;
        this.effectiveDate = effectiveDate;
        this.issuedOn = issuedOn;
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
    }

    public static Notice increase(int serial, Long unitId, QuotaType type, Long personId, LocalDate entryDate,
                                  EntryRoute route, Long planId, String overrideReason,
                                  LocalDate issuedOn, String by, Instant at) {
        Notice n = new Notice(Kind.INCREASE, issuedOn.getYear(), serial, unitId, type, personId, entryDate, issuedOn, by, at);
        n.entryRoute = route;
        n.staffingPlanId = planId;
        n.overrideReason = overrideReason;
        return n;
    }

    public static Notice decrease(int serial, Occupancy occupancy, LocalDate exitDate, ExitReason reason,
                                  LocalDate issuedOn, String by, Instant at) {
        Notice n = new Notice(Kind.DECREASE, issuedOn.getYear(), serial, occupancy.unitId(), occupancy.quotaType(),
                occupancy.personId(), exitDate, issuedOn, by, at);
        n.occupancyId = occupancy.id();
        n.exitReason = reason;
        return n;
    }

    /** Links an increase notice to the occupancy it opened (known once the occupancy has its id). */
    public void opened(Occupancy occupancy) {
        this.occupancyId = occupancy.id();
    }

    public Long id() { return id; }
    public String number() { return number; }
    public Kind kind() { return kind; }
    public int year() { return year; }
    public int serial() { return serial; }
    public Long unitId() { return unitId; }
    public QuotaType quotaType() { return quotaType; }
    public Long personId() { return personId; }
    public Long occupancyId() { return occupancyId; }
    public Long staffingPlanId() { return staffingPlanId; }
    public LocalDate effectiveDate() { return effectiveDate; }
    public EntryRoute entryRoute() { return entryRoute; }
    public ExitReason exitReason() { return exitReason; }
    public String overrideReason() { return overrideReason; }
    public LocalDate issuedOn() { return issuedOn; }
    public String issuedBy() { return issuedBy; }
    public Instant issuedAt() { return issuedAt; }
}
