package org.bianzhi.reports.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.bianzhi.establishment.domain.QuotaLine;
import org.bianzhi.establishment.domain.QuotaType;
import org.bianzhi.establishment.domain.UnitKind;
import org.bianzhi.reports.application.VacancyReportView.Row;
import org.bianzhi.reports.domain.Tallies;
import org.bianzhi.reports.domain.Tally;
import org.bianzhi.reports.domain.UnitOnDate;
import org.bianzhi.reports.domain.VacancyLine;
import org.bianzhi.reports.domain.VacancyRollup;
import org.bianzhi.reports.infrastructure.ReportQueries;
import org.bianzhi.reports.infrastructure.ReportQueries.PerUnit;
import org.bianzhi.shared.application.ReportTable;

/**
 * 空编/超编统计: every unit's establishment per quota type on a date, from four grouped queries (units, approvals,
 * occupancies, reservations) whatever the number of units; roll-ups are summed here from the lines.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class VacancyReportService {

    private static final List<String> NUMBERS = List.of("核定数", "实有数", "已核准用编未到岗数", "空编数", "超编数");

    @Inject
    ReportScope reportScope;

    @Inject
    ReportQueries queries;

    /** {@code overOnly}: only the lines of units over their quota (超编单位), without a roll-up. */
    public VacancyReportView report(LocalDate asOf, String unitCode, String rollup, boolean overOnly) {
        var by = VacancyRollup.By.parse(rollup);
        ReportScope.Selection s = reportScope.of(unitCode, asOf);
        Map<Long, UnitOnDate> units = queries.units(s.path(), s.date());
        List<VacancyLine> lines = lines(units, queries.quotasApproved(s.path(), s.date()), queries.occupied(s.path(), s.date()),
                queries.reserved(s.path(), s.date()));
        Row total = row("total", "合计", VacancyRollup.total(lines));
        if (by.isEmpty()) {
            return new VacancyReportView(s.date(), null, lines.stream().filter(l -> !overOnly || l.quota().over() > 0)
                    .map(VacancyReportService::line).toList(), null, total);
        }
        List<Row> rows = VacancyRollup.of(by.get(), lines, units).stream().map(t -> row(t.key(), t.label(), t.tallies())).toList();
        return new VacancyReportView(s.date(), by.get().name().toLowerCase(), null, rows, total);
    }

    /** One line per unit and quota type with an approval or an occupant (or a reservation), in tree order. */
    static List<VacancyLine> lines(Map<Long, UnitOnDate> units, List<PerUnit> approved, List<PerUnit> occupied, List<PerUnit> reserved) {
        Map<Long, Map<QuotaType, int[]>> counts = UnitCounts.of(QuotaType.class, approved, occupied, reserved);
        List<VacancyLine> lines = new ArrayList<>();
        counts.forEach((unitId, byType) -> byType.forEach((type, n) -> {
            UnitOnDate u = units.get(unitId);
            if (u != null) lines.add(new VacancyLine(u, new QuotaLine(type, n[0], n[1], n[2])));
        }));
        lines.sort(Comparator.comparing((VacancyLine l) -> l.unit().path()).thenComparing(l -> l.quota().quotaType()));
        return lines;
    }

    private static VacancyReportView.Line line(VacancyLine l) {
        UnitOnDate u = l.unit();
        QuotaLine q = l.quota();
        return new VacancyReportView.Line(u.code(), u.name(), u.kind().name(), u.kind().label(), u.regionCode(),
                q.quotaType().name(), q.quotaType().label(),
                q.approved(), q.occupied(), q.reserved(), q.vacant(), q.over());
    }

    private static Row row(String key, String label, Tallies<QuotaType> t) {
        List<VacancyReportView.Quota> quotas = t.byKey().entrySet().stream().map(e -> {
            Tally n = e.getValue();
            return new VacancyReportView.Quota(e.getKey().name(), e.getKey().label(), n.approved(), n.occupied(), n.reserved(), n.vacant(), n.over());
        }).toList();
        return new Row(key, label, quotas, t.total());
    }

    /** The spreadsheet: the lines, or the roll-up rows with a 小计 per row; the 合计 last. */
    public ReportTable table(VacancyReportView v) {
        List<List<Object>> rows = new ArrayList<>();
        if (v.lines() != null) {
            for (VacancyReportView.Line l : v.lines()) {
                rows.add(List.of(l.unitCode(), l.unitName(), kindLabel(l.unitKind()), l.regionCode(), typeLabel(l.quotaType()),
                        l.approved(), l.occupied(), l.reserved(), l.vacant(), l.over()));
            }
            for (List<Object> t : rowLines(v.total(), "总计")) rows.add(pad(t, 3));
            return new ReportTable(title("空编超编统计", v), columns(List.of("单位代码", "单位名称", "机构类型", "行政区划代码", "编制类型")), rows);
        }
        for (Row r : v.rows()) rows.addAll(rowLines(r, "小计"));
        rows.addAll(rowLines(v.total(), "总计"));
        return new ReportTable(title("空编超编统计_" + VacancyRollup.By.valueOf(v.rollup().toUpperCase()).label(), v), columns(List.of("汇总项", "编制类型")), rows);
    }

    /** A roll-up row as lines: one per quota type and one for all ({@code sum}: 小计 or 总计). */
    private static List<List<Object>> rowLines(Row r, String sum) {
        List<List<Object>> lines = new ArrayList<>();
        for (VacancyReportView.Quota q : r.quotas()) {
            lines.add(List.of(r.label(), typeLabel(q.quotaType()), q.approved(), q.occupied(), q.reserved(), q.vacant(), q.over()));
        }
        Tally t = r.total();
        lines.add(List.of(r.label(), sum, t.approved(), t.occupied(), t.reserved(), t.vacant(), t.over()));
        return lines;
    }

    /** Puts {@code blanks} empty cells after the first one, to fit a roll-up line under the columns of the lines. */
    private static List<Object> pad(List<Object> line, int blanks) {
        List<Object> padded = new ArrayList<>(line.subList(0, 1));
        for (int i = 0; i < blanks; i++) padded.add("");
        padded.addAll(line.subList(1, line.size()));
        return padded;
    }

    private static List<String> columns(List<String> leading) {
        List<String> c = new ArrayList<>(leading);
        c.addAll(NUMBERS);
        return c;
    }

    private static String title(String what, VacancyReportView v) {
        return what + "_" + v.asOf();
    }

    private static String typeLabel(String code) {
        return QuotaType.valueOf(code).label();
    }

    private static String kindLabel(String code) {
        return UnitKind.valueOf(code).label();
    }
}
