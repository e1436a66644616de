package org.bianzhi.reports.application;

import org.bianzhi.shared.domain.Labeled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.bianzhi.establishment.domain.LeadershipCategory;
import org.bianzhi.establishment.domain.LeadershipLine;
import org.bianzhi.reports.application.LeadershipReportView.Line;
import org.bianzhi.reports.domain.Tallies;
import org.bianzhi.reports.domain.Tally;
import org.bianzhi.reports.domain.UnitOnDate;
import org.bianzhi.reports.infrastructure.ReportQueries;
import org.bianzhi.shared.application.ReportTable;

/**
 * 领导职数配备: approved leadership positions against their holders, per unit and category, on a date; totals add
 * the lines' vacant and over positions (a vacancy in one unit does not offset an excess in another).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LeadershipReportService {

    @Inject
    ReportScope reportScope;

    @Inject
    ReportQueries queries;

    public LeadershipReportView report(LocalDate asOf, String unitCode) {
        ReportScope.Selection s = reportScope.of(unitCode, asOf);
        Map<Long, UnitOnDate> units = queries.units(s.path(), s.date());
        Map<Long, Map<LeadershipCategory, int[]>> counts = UnitCounts.of(LeadershipCategory.class,
                queries.leadershipApproved(s.path(), s.date()), queries.holders(s.path(), s.date()));
        List<Line> lines = new ArrayList<>();
        Tallies<LeadershipCategory> totals = new Tallies<>(LeadershipCategory.class);
        units.values().stream().filter(u -> counts.containsKey(u.id())).sorted(Comparator.comparing(UnitOnDate::path))
                .forEach(u -> counts.get(u.id()).forEach((category, n) -> {
                    Tally t = Tally.of(new LeadershipLine(category, n[0], n[1]));
                    totals.add(category, t);
                    lines.add(line(u.code(), u.name(), category, t));
                }));
        List<Line> byCategory = totals.byKey().entrySet().stream().map(e -> line(null, null, e.getKey(), e.getValue())).toList();
        return new LeadershipReportView(s.date(), lines, byCategory, line(null, null, null, totals.total()));
    }

    private static Line line(String code, String name, LeadershipCategory category, Tally t) {
        return new Line(code, name, Labeled.codeOf(category), Labeled.labelOf(category), t.approved(), t.occupied(), t.vacant(), t.over());
    }

    /** The spreadsheet: the lines, then a 合计 per category and the 总计. */
    public ReportTable table(LeadershipReportView v) {
        List<List<Object>> rows = new ArrayList<>();
        v.lines().forEach(l -> rows.add(cells(l.unitCode(), l.unitName(), l)));
        v.totals().forEach(l -> rows.add(cells("合计", "", l)));
        rows.add(cells("总计", "", v.total()));
        return new ReportTable("领导职数配备_" + v.asOf(), List.of("单位代码", "单位名称", "职数类别", "核定职数", "实配数", "空缺数", "超配数"), rows);
    }

    private static List<Object> cells(String first, String second, Line l) {
        return Arrays.asList(first, second, l.category() == null ? "" : LeadershipCategory.valueOf(l.category()).label(),
                l.approved(), l.holders(), l.vacant(), l.over());
    }
}
