package org.bianzhi.establishment.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.bianzhi.shared.domain.BianzhiException;
import org.bianzhi.shared.domain.Recorded;
import org.bianzhi.shared.domain.UnitPath;

/**
 * 机构: a government unit with its 统一社会信用代码 and the effective-dated history of what it is.
 * {@code path} is the materialized chain of unit ids from the top ({@code /12/345/}), so that
 * "this unit and its subordinates" is one prefix predicate.
 */
@Entity
@Table(name = "unit")
public class Unit {

    @Id
    @SequenceGenerator(name = "unit_seq", sequenceName = "unit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unit_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 18)
    private String code;

    @Column(nullable = false, length = 1000)
    private String path;

    /** region + name of the current state; unique, so two units can never share a name in a region. */
    @Column(name = "name_key", unique = true, length = 120)
    private String nameKey;

    @Column(name = "established_on", nullable = false)
    private LocalDate establishedOn;

    @Column(name = "abolished_on")
    private LocalDate abolishedOn;

    @Version
    private long version;

    @OneToMany(mappedBy = "unit", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @OrderBy("period.validFrom ASC, id ASC")
    private List<UnitVersion> versions = new ArrayList<>();

    protected Unit() {
    }

    public static Unit establish(UnitCode code, UnitAttributes attributes, Long parentId, LocalDate on, Recorded recorded) {
        Unit u = new Unit();
        u.code = code.value();
        u.establishedOn = on;
        u.path = "/";
        u.versions.add(new UnitVersion(u, attributes, parentId, on, recorded));
        u.nameKey = nameKey(attributes);
        return u;
    }

    /** Sets the materialized path under {@code parent} (null: a top unit); needs the id assigned. */
    public void placeUnder(Unit parent) {
        path = (parent == null ? "/" : parent.path) + id + "/";
    }

    /** Whether {@code other} is this unit or one of its subordinates. */
    public boolean contains(Unit other) {
        return UnitPath.within(other.path, path);
    }

    /**
     * Records a new state from {@code from} on: the current one ends that day. A change dated before the
     * current state began is refused, because it would rewrite history rather than add to it.
     */
    public void change(UnitAttributes attributes, Long parentId, LocalDate from, Recorded recorded) {
        UnitVersion cur = requireActive("变更");
        if (from.isBefore(cur.period().validFrom())) {
            throw BianzhiException.invalid("validFrom", "变更生效日期 " + from + " 早于该单位现行信息的生效日期 "
                    + cur.period().validFrom() + "，历史记录不能改写");
        }
        cur.closeOn(from);
        versions.add(new UnitVersion(this, attributes, parentId, from, recorded));
        nameKey = nameKey(attributes);
    }

    /** 撤销: the unit ends on {@code on}; its history stays. */
    public void abolish(LocalDate on) {
        UnitVersion cur = requireActive("撤销");
        if (on.isBefore(cur.period().validFrom())) {
            throw BianzhiException.invalid("abolishedOn", "撤销日期 " + on + " 早于该单位现行信息的生效日期 " + cur.period().validFrom());
        }
        cur.closeOn(on);
        abolishedOn = on;
        nameKey = null;
    }

    private UnitVersion requireActive(String what) {
        if (abolishedOn != null) {
            throw BianzhiException.conflict("unit-abolished", "单位“" + latest().name() + "”已于 " + abolishedOn + " 撤销，不能再" + what);
        }
        return latest();
    }

    /** The newest state (for an abolished unit, its last one). */
    public UnitVersion latest() {
        return versions.get(versions.size() - 1);
    }

    public Optional<UnitVersion> asOf(LocalDate date) {
        return versions.stream().filter(v -> v.period().contains(date)).max(Comparator.comparing(v -> v.period().validFrom()));
    }

    public boolean isActiveOn(LocalDate date) {
        return asOf(date).isPresent();
    }

    private static String nameKey(UnitAttributes a) {
        return a.regionCode() + ":" + a.name();
    }

    public Long id() { return id; }
    public UnitCode code() { return new UnitCode(code); }
    public String codeText() { return code; }
    public String path() { return path; }
    public LocalDate establishedOn() { return establishedOn; }
    public LocalDate abolishedOn() { return abolishedOn; }
    public long version() { return version; }
    public List<UnitVersion> versions() { return List.copyOf(versions); }
}
