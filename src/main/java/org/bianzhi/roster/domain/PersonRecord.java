package org.bianzhi.roster.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.bianzhi.shared.domain.BianzhiException;
import org.bianzhi.shared.domain.EffectivePeriod;
import org.bianzhi.shared.domain.Recorded;

/** The common shape of a person's effective-dated records at a unit: occupancy, posting, appointment. */
@MappedSuperclass
public abstract class PersonRecord {

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Embedded
    private EffectivePeriod period;

    @Embedded
    private Recorded recorded;

    @Version
    private long version;

    protected PersonRecord() {
    }

    /** A record of {@code person} from {@code validFrom} (named {@code label} to the user), not before their birth. */
    protected PersonRecord(Person person, Long unitId, LocalDate validFrom, String label, Recorded recorded) {
        person.requireBornBy(validFrom, "validFrom", label);
        this.personId = person.id();
        this.unitId = unitId;
        this.period = EffectivePeriod.from(validFrom);
        this.recorded = recorded;
    }

    public abstract Long id();

    /** Ends the record on {@code end} (exclusive: the last day is the day before). */
    protected void end(LocalDate end, String what) {
        if (!period.isOpen()) {
            throw BianzhiException.conflict("already-ended", what + "已于 " + period.validTo() + " 结束，不能再次结束");
        }
        if (end.isBefore(period.validFrom())) {
            throw BianzhiException.invalid("endDate", what + "结束日期 " + end + " 早于开始日期 " + period.validFrom());
        }
        period = period.closedOn(end);
    }

    public Long personId() { return personId; }
    public Long unitId() { return unitId; }
    public EffectivePeriod period() { return period; }
    public Recorded recorded() { return recorded; }
    public long version() { return version; }
}
