package org.bianzhi.roster.domain;

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
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.bianzhi.shared.domain.BianzhiException;
import org.bianzhi.shared.domain.EffectivePeriod;
import org.bianzhi.shared.domain.Recorded;

/**
 * 人员属性记录: one version of a person's 职务层次 or 户口所在地, in force from a day until its successor begins. A change
 * never overwrites: the version in force is closed on the new one's first day ({@link #succeed}).
 */
@Entity
@Table(name = "person_fact")
public class PersonFact {

    @Id
    @SequenceGenerator(name = "person_fact_seq", sequenceName = "person_fact_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_fact_seq")
    private Long id;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PersonFactKind kind;

    @Column(name = "fact_value", nullable = false, length = 100)
    private String value;

    @Embedded
    private EffectivePeriod period;

    @Embedded
    private Recorded recorded;

    @Version
    private long version;

    protected PersonFact() {
    }

    private PersonFact(Long personId, PersonFactKind kind, String value, LocalDate from, Recorded recorded) {
        this.personId = personId;
        this.kind = kind;
        this.value = value;
        this.period = EffectivePeriod.from(from);
        this.recorded = recorded;
    }

    /**
     * The version that follows the person's {@code history} of this kind from {@code from}, closing the one in force;
     * empty when the value in force on that day is the same. A day on or before the latest version's first day is refused:
     * history is appended, a wrong entry is corrected by a later one with its document.
     */
    public static Optional<PersonFact> succeed(List<PersonFact> history, Long personId, PersonFactKind kind, String value,
                                               LocalDate from, Recorded recorded) {
        PersonFact latest = history.stream().filter(f -> f.kind == kind)
                .max(Comparator.comparing(PersonFact::validFrom)).orElse(null);
        if (latest != null && latest.value.equals(value) && latest.period.isOpen()) return Optional.empty();
        if (latest != null && !from.isAfter(latest.validFrom())) {
            throw BianzhiException.conflict("fact-order", kind == PersonFactKind.RANK ? "rank" : "household", kind.label()
                    + "已有 " + latest.validFrom() + " 起的记录（" + latest.label() + "），新记录的生效日期 " + from + " 应晚于该日");
        }
        if (latest != null && latest.period.isOpen()) latest.period = latest.period.closedOn(from);
        return Optional.of(new PersonFact(personId, kind, value, from, recorded));
    }

    /** The value as a clerk reads it: a rank by its Chinese name (乡科级), a place as written. */
    public String label() {
        return kind == PersonFactKind.RANK ? CadreRank.valueOf(value).label() : value;
    }

    /** The value of this kind in force on {@code date}, if any. */
    public static Optional<String> valueOn(List<PersonFact> history, PersonFactKind kind, LocalDate date) {
        return history.stream().filter(f -> f.kind == kind && f.period.contains(date)).map(PersonFact::value).findFirst();
    }

    public Long id() { return id; }
    public Long personId() { return personId; }
    public PersonFactKind kind() { return kind; }
    public String value() { return value; }
    public LocalDate validFrom() { return period.validFrom(); }
    public LocalDate validTo() { return period.validTo(); }
    public Recorded recorded() { return recorded; }
    public long version() { return version; }
}
