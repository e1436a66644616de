package org.bianzhi.travel.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bianzhi.establishment.application.UnitService;
import org.bianzhi.roster.application.IdNumberDisclosure;
import org.bianzhi.roster.application.PersonService;
import org.bianzhi.roster.domain.Person;
import org.bianzhi.roster.domain.PersonRepository;
import org.bianzhi.shared.application.Bounds;
import org.bianzhi.shared.application.RegistryClock;
import org.bianzhi.shared.application.ReportTable;
import org.bianzhi.shared.application.Scope;
import org.bianzhi.shared.domain.Check;
import org.bianzhi.shared.domain.Labeled;
import org.bianzhi.shared.domain.UnitPath;
import org.bianzhi.travel.domain.CheckGroup;
import org.bianzhi.travel.domain.Horizon;
import org.bianzhi.travel.domain.PersonUnits.UnitRef;
import org.bianzhi.travel.domain.PersonUnits;
import org.bianzhi.travel.casework.domain.ProblemClass;
import org.bianzhi.travel.domain.TravelCheck;
import org.bianzhi.travel.domain.TravelFinding;
import org.bianzhi.travel.domain.TravelRule;

/**
 * 检查发现: asks every {@link TravelCheck} for its findings on a date and answers those the caller may see (a unit
 * clerk: people whose unit on the date lies in their subtree), filtered, counted by rule and paged.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TravelFindingService {

    @Inject
    Instance<TravelCheck> checks;

    @Inject
    PersonUnits personUnits;

    @Inject
    PersonRepository people;

    @Inject
    PersonService personService;

    @Inject
    UnitService units;

    @Inject
    IdNumberDisclosure idNumbers;

    @Inject
    Scope scope;

    @Inject
    RegistryClock clock;

    /**
     * What to list: rules (by code, group or problem class), a unit with its subordinates, one person, a date and the
     * day by whose end facts must have been recorded ({@link Horizon}).
     */
    public record Question(Horizon horizon, Set<TravelRule> rules, String unitPath, Long personId) {

        public LocalDate asOf() {
            return horizon.asOf();
        }
    }

    public record FindingView(String key, String rule, String ruleLabel, String group, String groupLabel, String problemClass,
                              String problemClassLabel, long personId, String personName, String idNumber, String unitCode,
                              String unitName, String subject, LocalDate date, String message) {}

    /** One page, the total, and the count of every rule among the findings of the scope (whatever rule was asked for). */
    public record FindingPage(LocalDate asOf, LocalDate recordedOn, List<FindingView> items, long total, int offset, int limit, Map<String, Long> counts) {}

    /** A finding with the unit it is counted under (null: the person has no record anywhere). */
    public record Placed(TravelFinding finding, UnitRef unit) {}

    /** {@code recordedOn}: only facts recorded by the end of that day count (null: everything on record now). */
    public Question question(LocalDate asOf, LocalDate recordedOn, String rule, String group, String problemClass, String unitCode,
                             Long personId) {
        Check check = new Check();
        recordedOn(check, recordedOn, clock.today());
        TravelRule r = check.choice(TravelRule.class, rule, "rule", "检查规则");
        CheckGroup g = check.choice(CheckGroup.class, group, "group", "检查类别");
        ProblemClass pc = check.choice(ProblemClass.class, problemClass, "problemClass", "问题类别");
        check.orThrow();
        Set<TravelRule> rules = EnumSet.allOf(TravelRule.class);
        rules.removeIf(x -> (r != null && x != r) || (g != null && x.group() != g) || (pc != null && x.problemClass() != pc));
        String path = unitCode == null || unitCode.isBlank() ? null : units.require(unitCode).path();
        if (personId != null) personService.require(personId);
        return new Question(new Horizon(asOf == null ? clock.today() : asOf, recordedOn), rules, path, personId);
    }

    /** 登记截止日: a day of the registry's life, not after today. */
    public static void recordedOn(Check check, LocalDate recordedOn, LocalDate today) {
        if (recordedOn == null) return;
        check.require(!recordedOn.isAfter(today), "recordedOn", "登记截止日 " + recordedOn + " 晚于今天（" + today
                + "）：只能查看截至某日已登记的情况，请填写今天或以前的日期");
        check.require(!recordedOn.isBefore(Bounds.SINCE), "recordedOn", "登记截止日 " + recordedOn + " 早于 " + Bounds.SINCE
                + "，不是有效的登记日期");
    }

    /** Every finding of the question the caller may see, with its unit, newest first. */
    public List<Placed> findings(Question q) {
        List<TravelFinding> found = new ArrayList<>();
        TravelCheck.Context context = new TravelCheck.Context(q.horizon(), q.personId());
        for (TravelCheck check : checks) {
            if (check.rules().stream().anyMatch(q.rules()::contains)) {
                check.run(context).stream().filter(f -> q.rules().contains(f.rule())).forEach(found::add);
            }
        }
        Map<Long, UnitRef> unitOf = personUnits.unitsOf(found.stream().map(TravelFinding::personId).collect(Collectors.toSet()), q.asOf());
        return found.stream()
                .map(f -> new Placed(f, unitOf.get(f.personId())))
                .filter(p -> shown(p.unit(), q.unitPath()))
                .sorted(Comparator.comparing((Placed p) -> p.finding().date()).reversed()
                        .thenComparing(p -> p.finding().rule()).thenComparing(p -> p.finding().personId())
                        .thenComparing(p -> p.finding().subject()))
                .toList();
    }

    private boolean shown(UnitRef unit, String unitPath) {
        String path = unit == null ? null : unit.path();
        return scope.sees(path) && UnitPath.within(path, unitPath);
    }

    public FindingPage page(Question q, int offset, int limit) {
        // counts cover every rule: ask again without the rule filter when one was given
        Question all = new Question(q.horizon(), EnumSet.allOf(TravelRule.class), q.unitPath(), q.personId());
        List<Placed> everything = findings(all);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (TravelRule r : TravelRule.values()) counts.put(r.name(), 0L);
        everything.forEach(p -> counts.merge(p.finding().rule().name(), 1L, Long::sum));
        List<Placed> selected = everything.stream().filter(p -> q.rules().contains(p.finding().rule())).toList();
        List<FindingView> items = selected.stream().skip(offset).limit(limit).map(this::view).toList();
        return new FindingPage(q.asOf(), q.horizon().recordedOn(), items, selected.size(), offset, limit, counts);
    }

    public ReportTable table(Question q) {
        List<List<Object>> rows = new ArrayList<>();
        for (Placed p : findings(q)) {
            FindingView v = view(p);
            rows.add(java.util.Arrays.asList(v.ruleLabel(), v.groupLabel(), v.problemClassLabel(), v.personName(), v.idNumber(),
                    v.unitName(), v.date(), v.message()));
        }
        return new ReportTable("出国（境）管理检查发现", List.of("检查规则", "检查类别", "问题类别", "姓名", "身份证号", "单位",
                "日期", "情况"), rows);
    }

    public FindingView view(Placed p) {
        TravelFinding f = p.finding();
        Person person = people.findById(f.personId()).orElseThrow();
        ProblemClass pc = f.rule().problemClass();
        return new FindingView(f.key(), f.rule().name(), f.rule().label(), f.rule().group().name(), f.rule().group().label(),
                Labeled.codeOf(pc), Labeled.labelOf(pc), f.personId(), person.name(),
                idNumbers.shown(person.id(), person.idNumber().value()),
                p.unit() == null ? null : p.unit().code(), p.unit() == null ? null : p.unit().name(),
                f.subject(), f.date(), f.message());
    }
}
