package org.bianzhi.travel.statistics.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.bianzhi.shared.domain.UnitPath;
import org.bianzhi.travel.domain.PersonUnits.UnitRef;
import org.bianzhi.travel.casework.domain.ProblemClass;
import org.bianzhi.travel.domain.TravelFinding;
import org.bianzhi.travel.domain.TravelRule;

/**
 * 统计表汇总: puts the facts of a period on the lines of a {@link StatisticsForm} — a line per unit, found by the
 * unit's path, a person on the line of their unit — and counts each heading. People are counted once per heading
 * (a person with two problems of one class is one person); documents and 人次 are counted as they are.
 * 审批把关不严 (LAX_APPROVAL) is counted on the line of the approving unit it is charged to, not the traveller's: the
 * finding under its {@link TravelFinding.Charge}, the case and its handlings under the case's responsible unit (the
 * responsible person, when registered, is the one handled).
 */
public final class StatisticsTally {

    /** A line as tallied: the unit's path decides who lands on it (null: everyone no other line takes). */
    public record Row(String path, String code, String name, Map<String, Long> values) {}

    private static final Set<String> REPORTED = Set.of("FILED", "CHANGE_FILED");

    private final StatisticsForm form;
    private final LocalDate from;
    private final LocalDate since;
    private final LocalDate to;
    private final String rootPath;
    private final List<Line> lines = new ArrayList<>();

    private static final class Line {
        final String path;
        final String code;
        final String name;
        final Map<String, Long> counts = new HashMap<>();
        final Map<String, Set<Object>> distinct = new HashMap<>();

        Line(String path, String code, String name) {
            this.path = path;
            this.code = code;
            this.name = name;
        }

        void add(String key, long n) {
            counts.merge(key, n, Long::sum);
        }

        void distinct(String key, Object who) {
            distinct.computeIfAbsent(key, k -> new HashSet<>()).add(who);
        }

        long value(String key) {
            return counts.getOrDefault(key, 0L) + distinct.getOrDefault(key, Set.of()).size();
        }
    }

    public StatisticsTally(StatisticsForm form, LocalDate from, LocalDate to, String rootPath) {
        this(form, from, to, from, rootPath);
    }

    /** {@code since}: where the look-back of seed 001's column E begins (the period's first day unless the form says). */
    public StatisticsTally(StatisticsForm form, LocalDate from, LocalDate to, LocalDate since, String rootPath) {
        this.form = form;
        this.since = since;
        this.from = from;
        this.to = to;
        this.rootPath = rootPath;
    }

    /** Adds a line; lines of deeper units take their people before the line of a unit above them. */
    public void row(String path, String code, String name) {
        lines.add(new Line(path, code, name));
    }

    private boolean inPeriod(LocalDate d) {
        return d != null && !d.isBefore(from) && !d.isAfter(to);
    }

    /** The line of a unit path (null: a person with no unit), or null when it lies outside the form's scope. */
    private Line lineOf(String path, Predicate<String> sees) {
        if (!sees.test(path) || !UnitPath.within(path, rootPath)) return null;
        if (path == null) return catchAll();
        return lines.stream().filter(l -> l.path != null && UnitPath.within(path, l.path))
                .max(Comparator.comparingInt(l -> l.path.length())).orElseGet(this::catchAll);
    }

    private Line catchAll() {
        return lines.stream().filter(l -> l.path == null).findFirst().orElse(null);
    }

    public void count(Map<String, Long> staffByPath, Collection<StatisticsFacts.Filed> filed,
                      Collection<StatisticsFacts.Document> documents, Collection<StatisticsFacts.Handling> handlings,
                      Collection<StatisticsFacts.Case> cases, Collection<TravelFinding> findings, Map<Long, UnitRef> unitOf,
                      Predicate<String> sees) {
        staffByPath.forEach((path, n) -> at(lineOf(path, sees), l -> l.add("staff", n)));
        Set<Long> filedPeople = new HashSet<>();
        for (StatisticsFacts.Filed f : filed) {
            filedPeople.add(f.personId());
            UnitRef u = unitOf.get(f.personId());
            at(line(f.personId(), unitOf, sees), l -> {
                l.distinct("required", f.personId());
                l.distinct("filedTotal", f.personId());
                l.distinct("filed" + f.category(), f.personId());
                if (REPORTED.contains(f.status())) l.distinct("filed", f.personId());
                if (inPeriod(f.firstFiledOn())) l.distinct("newlyFiled", f.personId());
                if (u != null) l.distinct("governedUnits", u.id());
            });
        }
        for (StatisticsFacts.Document d : documents) {
            at(line(d.personId(), unitOf, sees), l -> {
                if (filedPeople.contains(d.personId())) {
                    l.add("toCollect", 1);
                    if (d.collected()) l.add("collected", 1);
                    if (d.held()) l.add("held" + d.type(), 1);
                }
                if (inPeriod(d.firstHandedIn())) l.add("newlyCollected", 1);
            });
        }
        for (TravelFinding f : findings) {
            if (f.charge() != null) {
                if (f.rule().problemClass() != null && inPeriod(f.date())) {
                    at(lineOf(f.charge().unit() == null ? null : f.charge().unit().path(), sees),
                            l -> l.distinct("problem" + f.rule().problemClass().name(), charged(f.personId())));
                }
                continue;
            }
            at(line(f.personId(), unitOf, sees), l -> {
                if (f.rule() == TravelRule.FILING_MISSING) l.distinct("required", f.personId());
                if (f.rule() == TravelRule.TRIP_WITHOUT_APPROVAL && !f.date().isBefore(since) && !f.date().isAfter(to)) {
                    l.distinct("unapprovedTravellers", f.personId());
                }
                if (!(f.rule().continuing() ? !f.date().isAfter(to) : inPeriod(f.date()))) return;
                if (f.rule().problemClass() != null) l.distinct("problem" + f.rule().problemClass().name(), f.personId());
            });
        }
        for (StatisticsFacts.Case c : cases) {
            if (c.chargedPath() != null) {
                if (inPeriod(c.foundOn())) at(chargedLine(c.chargedPath(), sees), l -> l.distinct("problem" + c.problemClass(), charged(c.personId())));
                continue;
            }
            at(line(c.personId(), unitOf, sees), l -> {
                // 未经审批出国人数 and 未经批准擅自出国 count the same people: a finding or a case of it, each over its own days
                if (ProblemClass.UNAPPROVED_TRIP.name().equals(c.problemClass()) && !c.foundOn().isBefore(since)) {
                    l.distinct("unapprovedTravellers", c.personId());
                }
                if (inPeriod(c.foundOn())) l.distinct("problem" + c.problemClass(), c.personId());
            });
        }
        Map<Object, StatisticsFacts.Handling> latest = new HashMap<>();
        for (StatisticsFacts.Handling h : handlings) {
            Object who = handled(h);
            latest.merge(who, h, (a, b) -> b.decidedOn().isAfter(a.decidedOn()) ? b : a);
            UnitRef u = unitOf.get(h.personId());
            String unitPath = h.chargedPath() != null ? h.chargedPath() : u == null ? null : u.path();
            at(handlingLine(h, unitOf, sees), l -> {
                l.distinct("handledPeople", who);
                if (unitPath != null && !unitPath.isEmpty()) l.distinct("handledUnits", unitPath);
                // 人次 in seed 001's form, people in seed 002's
                if (form == StatisticsForm.GOVERNANCE) l.distinct("method" + h.method(), who);
                else l.add("method" + h.method(), 1);
            });
        }
        latest.forEach((who, h) -> at(handlingLine(h, unitOf, sees), l -> l.distinct("rank" + h.rank(), who)));
    }

    /** Who a handling handled: the person, or for a charged case its responsible person (else the approval itself). */
    private static Object handled(StatisticsFacts.Handling h) {
        return h.chargedPath() == null ? h.personId() : h.chargedPerson() != null ? h.chargedPerson() : charged(h.personId());
    }

    /** One approval against the rules, the same for its finding and its case: keyed by the traveller it concerned. */
    private static Object charged(long traveller) {
        return "approval-of:" + traveller;
    }

    private Line handlingLine(StatisticsFacts.Handling h, Map<Long, UnitRef> unitOf, Predicate<String> sees) {
        return h.chargedPath() != null ? chargedLine(h.chargedPath(), sees) : line(h.personId(), unitOf, sees);
    }

    /** The line of a charged unit ('': charged, but to no unit on record). */
    private Line chargedLine(String path, Predicate<String> sees) {
        return lineOf(path.isEmpty() ? null : path, sees);
    }

    private Line line(long personId, Map<Long, UnitRef> unitOf, Predicate<String> sees) {
        UnitRef u = unitOf.get(personId);
        return lineOf(u == null ? null : u.path(), sees);
    }

    private static void at(Line line, java.util.function.Consumer<Line> work) {
        if (line != null) work.accept(line);
    }

    /** The lines with the form's headings; the catch-all line only when someone landed on it. */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (Line l : lines) {
            Map<String, Long> values = values(l);
            if (l.path == null && values.values().stream().allMatch(v -> v == 0)) continue;
            rows.add(new Row(l.path, l.code, l.name, values));
        }
        return rows;
    }

    /** The sum of the lines: every person and document is on one line only. */
    public Map<String, Long> total() {
        Map<String, Long> sum = new LinkedHashMap<>();
        for (Row r : rows()) r.values().forEach((k, v) -> sum.merge(k, v, Long::sum));
        if (sum.isEmpty()) form.leaves().stream().filter(c -> !c.key().equals("remark")).forEach(c -> sum.put(c.key(), 0L));
        return sum;
    }

    private Map<String, Long> values(Line l) {
        Map<String, Long> values = new LinkedHashMap<>();
        for (StatisticsForm.Column c : form.leaves()) {
            if (!c.key().equals("remark")) values.put(c.key(), l.value(c.key()));
        }
        form.unprintedKeys().forEach(k -> values.put(k, l.value(k)));
        return values;
    }
}
