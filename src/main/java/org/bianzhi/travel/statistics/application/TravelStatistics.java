package org.bianzhi.travel.statistics.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bianzhi.establishment.application.UnitService;
import org.bianzhi.shared.application.RegistryClock;
import org.bianzhi.shared.application.Scope;
import org.bianzhi.shared.domain.BianzhiException;
import org.bianzhi.shared.domain.Check;
import org.bianzhi.travel.application.TravelFindingService.Placed;
import org.bianzhi.travel.domain.Horizon;
import org.bianzhi.travel.domain.PersonUnits.UnitRef;
import org.bianzhi.travel.domain.PersonUnits;
import org.bianzhi.travel.statistics.domain.StatisticsFacts.UnitRow;
import org.bianzhi.travel.statistics.domain.StatisticsFacts;
import org.bianzhi.travel.statistics.domain.StatisticsForm;
import org.bianzhi.travel.statistics.domain.StatisticsTally;
import org.bianzhi.travel.domain.TravelRule;
import org.bianzhi.travel.application.TravelFindingService;

/**
 * 统计表: the forms of seeds 001 and 002 for a unit's subtree (one line per unit directly under it, its own people on
 * a line of their own) and a period. Counts of people are of distinct people; a person counts on the line of their
 * unit on the period's last day.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TravelStatistics {

    @Inject
    StatisticsFacts facts;

    @Inject
    PersonUnits personUnits;

    @Inject
    TravelFindingService findings;

    @Inject
    UnitService units;

    @Inject
    Scope scope;

    @Inject
    RegistryClock clock;

    public record Line(int serial, String unitCode, String unitName, Map<String, Long> values) {}

    /** A form filled in, with the notes that say how its counts were made ({@link #COUNTING}). */
    public record Report(String form, String title, String unitCode, String unitName, LocalDate from, LocalDate to, LocalDate recordedOn,
                         List<StatisticsForm.Column> columns, List<Line> lines, Line total, List<String> notes) {}

    /** How the problem columns count, printed under every form. */
    static final List<String> COUNTING = List.of(
            "问题人数按统计期间计：证件未交、逾期未交回、瞒报持有证件、应备未备等持续存在的问题，在其存续的每个统计期间都计入（期初或期末仍存在即计）；"
                    + "出国（境）、证件逾期上交、违规办理证件、审批把关不严等一次发生的问题，计入其发生的统计期间。",
            "问题人数计有比对发现的问题或立案查处的问题的人员，一人计一次；“未经审批出国（境）人数”与“未经批准擅自出国（境）”计同一类人员，"
                    + "前者自追溯起始日期起计，后者在统计期间内计，两者起始日相同时数字一致。");

    /** {@code recordedOn}: only facts recorded by the end of that day count (null: everything on record now). */
    public Report report(String formCode, String unitCode, LocalDate from, LocalDate to, LocalDate since, LocalDate recordedOn) {
        Check check = new Check();
        TravelFindingService.recordedOn(check, recordedOn, clock.today());
        StatisticsForm form = check.choice(StatisticsForm.class, formCode, "form", "统计表");
        check.notNull(formCode, "form", "统计表");
        LocalDate end = to == null ? clock.today() : to;
        LocalDate start = from == null ? end.withDayOfYear(1) : from;
        check.require(!start.isAfter(end), "from", "统计期间的开始日期 " + start + " 晚于结束日期 " + end);
        LocalDate lookBack = since == null ? start : since;
        check.require(!lookBack.isAfter(end), "since", "追溯起始日期 " + lookBack + " 晚于结束日期 " + end);
        check.orThrow();
        String rootPath = unitCode == null || unitCode.isBlank() ? scope.unitPath() : units.require(unitCode).path();
        UnitRow root = rootPath == null ? null : facts.unitAt(rootPath, end)
                .orElseThrow(() -> BianzhiException.notFound("单位", unitCode == null ? rootPath : unitCode));

        StatisticsTally tally = new StatisticsTally(form, start, end, lookBack, root == null ? null : root.path());
        for (UnitRow r : facts.childrenOf(rootPath, end)) tally.row(r.path(), r.code(), r.name());
        if (root != null) tally.row(root.path(), root.code(), root.name() + "（本级）");
        else tally.row(null, null, "其他");

        Horizon horizon = new Horizon(end, recordedOn);
        List<StatisticsFacts.Filed> filed = facts.filedOn(horizon);
        List<StatisticsFacts.Document> documents = facts.documentsOn(horizon);
        List<StatisticsFacts.Handling> handlings = facts.handlings(start, end, horizon);
        List<StatisticsFacts.Case> cases = facts.casesFound(lookBack.isBefore(start) ? lookBack : start, end, horizon);
        String rootCode = root == null ? null : root.code();
        TravelFindingService.Question atEnd = findings.question(end, recordedOn, null, null, null, rootCode, null);
        List<Placed> found = new ArrayList<>(findings.findings(atEnd));
        // trips found as of the end are all trips up to it, the look-back's ones included
        // a lasting problem put right during the period still persisted in it: it was there when the period began
        Set<TravelRule> lasting = EnumSet.allOf(TravelRule.class);
        lasting.removeIf(r -> !r.continuing());
        found.addAll(findings.findings(new TravelFindingService.Question(atEnd.horizon().on(start), lasting, atEnd.unitPath(), null)));
        Set<Long> people = new HashSet<>();
        filed.forEach(f -> people.add(f.personId()));
        documents.forEach(d -> people.add(d.personId()));
        handlings.forEach(h -> people.add(h.personId()));
        cases.forEach(c -> people.add(c.personId()));
        Map<Long, UnitRef> unitOf = new java.util.HashMap<>(personUnits.unitsOf(people, end));
        found.forEach(p -> { if (p.unit() != null) unitOf.putIfAbsent(p.finding().personId(), p.unit()); });
        tally.count(facts.staffByUnitPath(end), filed, documents, handlings, cases,
                found.stream().map(Placed::finding).toList(), unitOf, scope::sees);
        List<String> notes = new ArrayList<>(COUNTING);
        notes.addAll(form.notes(tally.total()));
        return new Report(form.name(), form.label(), root == null ? null : root.code(), root == null ? "全部单位" : root.name(),
                start, end, recordedOn, form.columns(lookBack), numbered(tally.rows()), new Line(0, null, "合计", tally.total()), notes);
    }

    /** Lines as the domain tallied them, numbered. */
    public static List<Line> numbered(List<StatisticsTally.Row> rows) {
        List<Line> lines = new ArrayList<>();
        int n = 0;
        for (StatisticsTally.Row r : rows) lines.add(new Line(++n, r.code(), r.name(), r.values()));
        return lines;
    }
}
