package org.bianzhi.establishment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.bianzhi.establishment.domain.Unit;
import org.bianzhi.establishment.domain.UnitAttributes;
import org.bianzhi.establishment.domain.UnitCode;
import org.bianzhi.establishment.domain.UnitRepository;
import org.bianzhi.establishment.domain.UnitVersion;
import org.bianzhi.shared.application.ChangeLog;
import org.bianzhi.shared.application.Page;
import org.bianzhi.shared.application.RegistryClock;
import org.bianzhi.shared.application.Scope;
import org.bianzhi.shared.domain.BianzhiException;
import org.bianzhi.shared.domain.Check;
import org.bianzhi.shared.domain.Recorded;
import org.bianzhi.shared.domain.Violation;
import org.bianzhi.shared.application.ExpectedVersion;
import org.bianzhi.shared.application.UnitOfWork;

/** 机构管理: establish, change, move and abolish units; look them up as of a date. */
@ApplicationScoped
@Transactional
public class UnitService {

    @Inject
    ExpectedVersion versions;

    @Inject
    UnitOfWork work;

    @Inject
    UnitRepository units;

    @Inject
    ChangeLog changeLog;

    @Inject
    RegistryClock clock;

    @Inject
    Scope scope;

    /** What {@link #establish} did: the unit, and whether it was new (false: the same unit was already registered). */
    public record Outcome(UnitView unit, boolean created, boolean changed) {}

    /** Establishes a new unit; a code already registered is refused with the name on record (not the one sent). */
    public UnitView create(UnitCommand c) {
        if (UnitCode.problem(c.code()) == null) {
            units.findByCode(c.code()).ifPresent(u -> {
                throw BianzhiException.conflict("unit-exists", "code", "单位代码 " + u.codeText() + " 已登记为“" + u.latest().name()
                        + "”，不能重复设立；变更单位请使用“变更”");
            });
        }
        return establish(c).unit();
    }

    /**
     * Establishes a unit, or, for an import of the same code, records a change when the attributes differ
     * (re-importing the same file changes nothing). Refuses before writing anything, so an import can
     * reject the row and go on with the others in the same transaction.
     */
    @Transactional(dontRollbackOn = BianzhiException.class)
    public Outcome establish(UnitCommand c) {
        Check check = new Check();
        UnitAttributes attributes = establishing(c, check);
        Unit parent = parentOf(c.parentCode(), c.validFrom(), check);
        check.orThrow();
        var existing = units.findByCode(c.code());
        if (existing.isPresent()) {
            Unit u = existing.get();
            UnitVersion latest = u.latest();
            boolean same = latest.attributes().equals(attributes) && sameParent(latest, parent);
            if (same) return new Outcome(view(u, latest), false, false);
            if (u.abolishedOn() != null) throw abolished(u.codeText(), latest.name(), u.abolishedOn());
            // a difference found by an import is a change the office learns of today
            LocalDate from = latest.period().validFrom().isAfter(clock.today()) ? latest.period().validFrom() : clock.today();
            return new Outcome(apply(u, attributes, parent, from, c.basisDocument(), "变更"), false, true);
        }
        requireNameFree(attributes, null);
        Unit u = Unit.establish(UnitCode.of(c.code()), attributes, parent == null ? null : parent.id(), c.validFrom(),
                recorded(c.basisDocument()));
        units.add(u);
        u.placeUnder(parent);
        UnitView view = view(u, u.latest());
        changeLog.record(new ChangeLog.Change("unit", u.id(), null, u.id(), "设立", c.basisDocument()), null, view);
        return new Outcome(view, true, false);
    }

    /** What {@link #establish} checks in the command alone (code, attributes, date), added to {@code check}. */
    public static UnitAttributes establishing(UnitCommand c, Check check) {
        String codeProblem = UnitCode.problem(c.code());
        check.require(codeProblem == null, "code", codeProblem);
        UnitAttributes attributes = c.attributes(check);
        attributes.validate(check);
        check.notNull(c.validFrom(), "validFrom", "设立日期");
        return attributes;
    }

    /** {@link #establish}'s refusal of a different state for an abolished unit. */
    public static BianzhiException abolished(String code, String name, LocalDate abolishedOn) {
        return BianzhiException.conflict("unit-abolished", "code", "单位 " + code + "（" + name + "）已于 " + abolishedOn
                + " 撤销，不能再变更");
    }

    public static Violation parentNotRegistered(String parentCode) {
        return Violation.ofField("parentCode", "上级单位代码 " + parentCode + " 未登记");
    }

    public static Violation parentInactive(String parentName, LocalDate on) {
        return Violation.ofField("parentCode", "上级单位“" + parentName + "”在 " + on + " 不存在（尚未设立或已撤销）");
    }

    public static BianzhiException nameTaken(UnitAttributes a) {
        return BianzhiException.conflict("unit-name-taken", "name",
                "行政区划 " + a.regionCode() + " 内已有名为“" + a.name() + "”的单位，单位名称在同一行政区划内不能重复");
    }

    /**
     * Records a change of attributes from {@code validFrom} on. The parent stays unless {@code parentCode}
     * names another one: correcting a name must never move a unit (moving to the top is {@link #move}).
     */
    public UnitView change(String code, UnitCommand c) {
        Unit u = lockForChange(code, c.version());
        Check check = new Check();
        UnitAttributes attributes = c.attributes(check);
        attributes.validate(check);
        check.notNull(c.validFrom(), "validFrom", "变更生效日期");
        check.notNull(c.basisDocument(), "basisDocument", "批准文号");
        Unit parent = c.parentCode() == null || c.parentCode().isBlank()
                ? units.findById(u.latest().parentId() == null ? -1L : u.latest().parentId()).orElse(null)
                : parentOf(c.parentCode(), c.validFrom(), check);
        check.orThrow();
        return apply(u, attributes, parent, c.validFrom(), c.basisDocument(), "变更");
    }

    /** 调整隶属关系: the unit, with its subordinates, moves under a new parent. */
    public UnitView move(String code, String parentCode, LocalDate validFrom, String basisDocument, Long version) {
        Unit u = lockForChange(code, version);
        Check check = new Check();
        check.notNull(validFrom, "validFrom", "调整生效日期");
        check.notNull(basisDocument, "basisDocument", "批准文号");
        check.orThrow();
        Unit parent = parentOf(parentCode, validFrom, check);
        check.orThrow();
        return apply(u, u.latest().attributes(), parent, validFrom, basisDocument, "调整隶属关系");
    }

    /** 撤销: the unit ends on {@code on}; its history and its people's records stay. */
    public UnitView abolish(String code, LocalDate on, String basisDocument, Long version) {
        Unit u = lockForChange(code, version);
        Check check = new Check();
        check.notNull(on, "abolishedOn", "撤销日期");
        check.notNull(basisDocument, "basisDocument", "批准文号");
        check.orThrow();
        UnitView before = view(u, u.latest());
        u.abolish(on);
        work.nextVersion(u);
        UnitView after = view(u, u.latest());
        changeLog.record(new ChangeLog.Change("unit", u.id(), null, u.id(), "撤销", basisDocument), before, after);
        return after;
    }

    private UnitView apply(Unit u, UnitAttributes attributes, Unit parent, LocalDate from, String basis, String action) {
        if (parent != null && u.contains(parent)) {
            throw BianzhiException.invalid("parentCode", "不能把单位调整到它自己或它的下级单位“"
                    + parent.latest().name() + "”之下（会形成循环隶属）");
        }
        requireNameFree(attributes, u.id());
        UnitView before = view(u, u.latest());
        Long oldParent = u.latest().parentId();
        u.change(attributes, parent == null ? null : parent.id(), from, recorded(basis));
        Long newParent = parent == null ? null : parent.id();
        if (!Objects.equals(oldParent, newParent)) {
            String oldPath = u.path();
            u.placeUnder(parent);
            units.movePaths(oldPath, u.path());
            u = units.findByCode(u.codeText()).orElseThrow();
        }
        work.nextVersion(u);
        UnitView after = view(u, u.latest());
        changeLog.record(new ChangeLog.Change("unit", u.id(), null, u.id(), action, basis), before, after);
        return after;
    }

    private Unit lockForChange(String code, Long expectedVersion) {
        Unit u = units.lockByCode(code).orElseThrow(() -> BianzhiException.notFound("单位", code));
        scope.requireUnit(u.path(), "单位", code);
        versions.check("单位“" + u.latest().name() + "”", expectedVersion, u.version());
        return u;
    }

    private Unit parentOf(String parentCode, LocalDate on, Check check) {
        if (parentCode == null || parentCode.isBlank()) return null;
        var parent = units.findByCode(parentCode);
        if (parent.isEmpty()) {
            check.add(parentNotRegistered(parentCode));
            return null;
        }
        if (on != null && !parent.get().isActiveOn(on)) check.add(parentInactive(parent.get().latest().name(), on));
        return parent.get();
    }

    private static boolean sameParent(UnitVersion v, Unit parent) {
        return Objects.equals(v.parentId(), parent == null ? null : parent.id());
    }

    private void requireNameFree(UnitAttributes a, Long unitId) {
        if (units.nameTaken(a.regionCode(), a.name(), unitId)) throw nameTaken(a);
    }

    private Recorded recorded(String basis) {
        return new Recorded(basis == null || basis.isBlank() ? null : basis.strip(), changeLog.actorName(), clock.now());
    }

    // ---- reading ----

    @Transactional(Transactional.TxType.SUPPORTS)
    public UnitView get(String code, LocalDate asOf) {
        Unit u = require(code);
        return view(u, stateOn(u, asOf == null ? clock.today() : asOf));
    }

    /** The unit's state on {@code date}: its last one if abolished by then; refused before it was set up. */
    public UnitVersion stateOn(Unit u, LocalDate date) {
        return u.asOf(date).orElseGet(() -> {
            if (date.isBefore(u.establishedOn())) {
                throw BianzhiException.invalid("asOf", "单位“" + u.latest().name() + "”于 " + u.establishedOn() + " 设立，" + date + " 时尚不存在");
            }
            return u.latest();
        });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UnitView> history(String code) {
        Unit u = require(code);
        return u.versions().stream().map(v -> view(u, v)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    /** {@code topLevel}: only units without a superior (the roots of the unit tree). */
    public Page<UnitView> list(String parentCode, boolean topLevel, String text, boolean includeAbolished, int offset, int limit) {
        if (parentCode != null) require(parentCode);
        String scopePath = scope.unitPath();
        List<UnitView> items = units.search(parentCode, topLevel, text, includeAbolished, scopePath, offset, limit).stream()
                .map(u -> view(u, u.latest())).toList();
        return new Page<>(items, units.count(parentCode, topLevel, text, includeAbolished, scopePath), offset, limit);
    }

    /** The unit registered under {@code code}, or a 404 refusal — also when it is outside the caller's scope. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Unit require(String code) {
        if (code == null || code.isBlank()) throw BianzhiException.invalid("unitCode", "单位代码不能为空");
        Unit u = units.findByCode(code).orElseThrow(() -> BianzhiException.notFound("单位", code));
        scope.requireUnit(u.path(), "单位", code);
        return u;
    }

    /**
     * The unit subtree a list or report covers, as a path prefix: the unit asked for (which the caller must see)
     * with its subordinates, else all the caller sees (null: every unit).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String subtree(String unitCode) {
        return unitCode == null || unitCode.isBlank() ? scope.unitPath() : require(unitCode.strip().toUpperCase()).path();
    }

    /** Refuses, as "not found", a record ({@code what} {@code key}) of a unit outside the caller's scope. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireVisible(Long unitId, String what, String key) {
        Unit u = units.findById(unitId).orElseThrow(() -> BianzhiException.notFound(what, key));
        scope.requireUnit(u.path(), what, key);
    }

    /** The unit, which must exist on {@code date}: people cannot enter a unit before it is set up or after it is abolished. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public UnitVersion requireActive(Unit u, LocalDate date, String field) {
        return u.asOf(date).orElseThrow(() -> BianzhiException.invalid(field, "单位“" + u.latest().name() + "”在 " + date
                + " 不存在（设立于 " + u.establishedOn() + (u.abolishedOn() == null ? "" : "，撤销于 " + u.abolishedOn()) + "）"));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public String codeOf(Long unitId) {
        return unitId == null ? null : units.findById(unitId).map(Unit::codeText).orElse(null);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public String nameOf(Long unitId) {
        return unitId == null ? null : units.findById(unitId).map(u -> u.latest().name()).orElse(null);
    }

    private UnitView view(Unit u, UnitVersion v) {
        return UnitView.of(u, v, codeOf(v.parentId()));
    }
}
