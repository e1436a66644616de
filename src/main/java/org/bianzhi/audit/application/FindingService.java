package org.bianzhi.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bianzhi.audit.domain.AuditScope;
import org.bianzhi.audit.domain.Breach;
import org.bianzhi.audit.domain.Finding;
import org.bianzhi.audit.domain.FindingRepository;
import org.bianzhi.audit.domain.FindingStatus;
import org.bianzhi.audit.domain.Rule;
import org.bianzhi.audit.domain.RuleEngine;
import org.bianzhi.establishment.application.UnitService;
import org.bianzhi.shared.application.ChangeLog;
import org.bianzhi.shared.application.RegistryClock;
import org.bianzhi.shared.application.Scope;
import org.bianzhi.shared.domain.BianzhiException;
import org.bianzhi.shared.domain.Labeled;

/**
 * 稽核发现: lists as of any date (today's from the stored findings, a past date's computed from history), one
 * finding with its history, and the workflow steps. Every list is limited to what the caller may see.
 */
@ApplicationScoped
@Transactional
public class FindingService {

    @Inject
    FindingRepository findings;

    @Inject
    FindingReadModel read;

    @Inject
    FindingViews views;

    @Inject
    RuleEngine engine;

    @Inject
    UnitService units;

    @Inject
    Scope scope;

    @Inject
    RegistryClock clock;

    @Inject
    ChangeLog changeLog;

    /**
     * The question a findings list answers. {@code rule}/{@code status}/{@code personId} may be null; {@code status} ALL
     * shows every state; {@code personId} keeps the findings about that person.
     */
    public record Question(LocalDate asOf, Rule rule, String unitPath, FindingStatus status, boolean allStates, Long personId) {}

    /** {@code asOf} null means today. */
    public Question question(LocalDate asOf, String rule, String unitCode, String status) {
        return question(asOf, rule, unitCode, status, null);
    }

    public Question question(LocalDate asOf, String rule, String unitCode, String status, Long personId) {
        LocalDate date = asOf == null ? clock.today() : asOf;
        Rule r = rule == null || rule.isBlank() ? null : Labeled.parse(Rule.class, rule)
                .orElseThrow(() -> BianzhiException.invalid("rule", "规则“" + rule + "”不存在，应为 " + Labeled.choices(Rule.class)));
        boolean all = "ALL".equalsIgnoreCase(status);
        FindingStatus s = status == null || status.isBlank() || all ? null : Labeled.parse(FindingStatus.class, status)
                .orElseThrow(() -> BianzhiException.invalid("status", "处理状态“" + status + "”不存在，应为 待处理/已确认/已整改 或 ALL"));
        return new Question(date, r, units.subtree(unitCode), s, all, personId);
    }

    public FindingView.Page list(Question q, int offset, int limit) {
        if (q.asOf().equals(clock.today())) {
            FindingReadModel.Filter filter = new FindingReadModel.Filter(q.rule(), q.unitPath(), q.status(), q.allStates(), q.personId());
            List<Finding> items = read.list(filter, offset, limit);
            return new FindingView.Page(views.stored(items, q.asOf()), read.count(filter), offset, limit, q.asOf(),
                    byRuleName(read.countByRule(filter)));
        }
        List<Breach> all = computed(q);
        Map<String, Long> counts = byRuleName(all.stream().collect(Collectors.groupingBy(Breach::rule, Collectors.counting())));
        List<Breach> selected = all.stream().filter(b -> q.rule() == null || b.rule() == q.rule()).toList();
        List<Breach> items = selected.stream().skip(offset).limit(limit).toList();
        return new FindingView.Page(pastViews(items, q.asOf()), selected.size(), offset, limit, q.asOf(), counts);
    }

    /** Every finding the question selects, unpaged (reports): today's present ones, or a past date's computed ones. */
    public List<FindingView> all(Question q) {
        if (q.asOf().equals(clock.today())) {
            FindingReadModel.Filter filter = new FindingReadModel.Filter(q.rule(), q.unitPath(), q.status(), q.allStates(), q.personId());
            return views.stored(read.list(filter, 0, Integer.MAX_VALUE), q.asOf());
        }
        return pastViews(computed(q).stream().filter(b -> q.rule() == null || b.rule() == q.rule()).toList(), q.asOf());
    }

    private List<FindingView> pastViews(List<Breach> items, LocalDate asOf) {
        Map<String, Finding> stored = findings.withKeys(items.stream().map(Breach::key).toList()).stream()
                .collect(Collectors.toMap(Finding::key, Function.identity()));
        return views.computed(items, stored, asOf);
    }

    /** A past date's violations, ordered by unit, rule and person like today's list. */
    private List<Breach> computed(Question q) {
        Set<Rule> rules = EnumSet.allOf(Rule.class);
        List<Breach> found = engine.breaches(q.asOf(), AuditScope.subtree(q.unitPath()), rules);
        Map<Long, String> paths = new LinkedHashMap<>();
        read.units(found.stream().map(Breach::unitId).collect(Collectors.toSet()), q.asOf()).forEach((id, u) -> paths.put(id, u.path()));
        return found.stream().filter(b -> q.personId() == null || q.personId().equals(b.personId())).sorted(Comparator.comparing((Breach b) -> paths.getOrDefault(b.unitId(), ""))
                .thenComparing(b -> b.rule().ordinal()).thenComparing(b -> b.personId() == null ? 0L : b.personId())).toList();
    }

    public FindingView.Detail detail(long id) {
        Finding f = visible(findings.find(id), id);
        List<FindingView.Step> steps = findings.history(id).stream().map(e -> new FindingView.Step(e.action().name(),
                e.status().name(), e.status().label(), e.actor(), e.at(), e.note())).toList();
        return new FindingView.Detail(views.stored(List.of(f), clock.today()).get(0), steps);
    }

    public FindingView acknowledge(long id, String note) {
        Finding f = visible(findings.lock(id), id);
        f.acknowledge(changeLog.actorName(), note, clock.now());
        findings.store(List.of(f));
        return detail(id).finding();
    }

    public FindingView resolve(long id, String note) {
        Finding f = visible(findings.lock(id), id);
        f.resolve(changeLog.actorName(), note, clock.now());
        findings.store(List.of(f));
        return detail(id).finding();
    }

    private Finding visible(java.util.Optional<Finding> found, long id) {
        Finding f = found.orElseThrow(() -> BianzhiException.notFound("稽核问题", String.valueOf(id)));
        FindingReadModel.UnitLabel unit = read.units(Set.of(f.unitId()), clock.today()).get(f.unitId());
        if (unit == null || !scope.sees(unit.path())) throw BianzhiException.notFound("稽核问题", String.valueOf(id));
        return f;
    }

    public long queuedChanges() {
        return findings.queuedCount();
    }

    /** The unit's name, for a notice addressed to it. */
    public String unitName(String unitCode) {
        return units.require(unitCode.strip().toUpperCase()).latest().name();
    }

    private static Map<String, Long> byRuleName(Map<Rule, Long> counts) {
        Map<String, Long> result = new LinkedHashMap<>();
        for (Rule r : Rule.values()) result.put(r.name(), counts.getOrDefault(r, 0L));
        return result;
    }
}
