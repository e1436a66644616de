package org.bianzhi.establishment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.bianzhi.shared.domain.EffectivePeriod;
import org.bianzhi.shared.domain.Recorded;

/** One effective-dated state of a unit (名称、性质、主管部门 …); a change closes it and starts the next. */
@Entity
@Table(name = "unit_version")
public class UnitVersion {

    @Id
    @SequenceGenerator(name = "unit_version_seq", sequenceName = "unit_version_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unit_version_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "short_name", length = 50)
    private String shortName;

    @Column(length = 500)
    private String aliases;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private UnitKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "institution_class", length = 30)
    private InstitutionClass institutionClass;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "region_code", nullable = false, length = 6)
    private String regionCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "admin_level", nullable = false, length = 10)
    private AdministrativeLevel level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Funding funding;

    @Embedded
    private EffectivePeriod period;

    @Embedded
    private Recorded recorded;

    protected UnitVersion() {
    }

    UnitVersion(Unit unit, UnitAttributes a, Long parentId, LocalDate from, Recorded recorded) {
        this.unit = unit;
        this.name = a.name();
        this.shortName = a.shortName();
        this.aliases = a.aliasesText();
        this.kind = a.kind();
        this.institutionClass = a.institutionClass();
        this.parentId = parentId;
        this.regionCode = a.regionCode();
        this.level = a.level();
        this.funding = a.funding();
        this.period = EffectivePeriod.from(from);
        this.recorded = recorded;
    }

    void closeOn(LocalDate end) {
        period = period.closedOn(end);
    }

    public UnitAttributes attributes() {
        return new UnitAttributes(name, shortName, UnitAttributes.splitAliases(aliases), kind, institutionClass,
                regionCode, level, funding);
    }

    public Long id() { return id; }
    public String name() { return name; }
    public String shortName() { return shortName; }
    public UnitKind kind() { return kind; }
    public Long parentId() { return parentId; }
    public String regionCode() { return regionCode; }
    public EffectivePeriod period() { return period; }
    public Recorded recorded() { return recorded; }
}
