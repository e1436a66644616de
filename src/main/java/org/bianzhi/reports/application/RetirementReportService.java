package org.bianzhi.reports.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bianzhi.reports.domain.RetirementForecast;
import org.bianzhi.reports.domain.RetirementForecast.Retiree;
import org.bianzhi.reports.domain.UnitOnDate;
import org.bianzhi.reports.infrastructure.ReportQueries;
import org.bianzhi.roster.application.IdNumberDisclosure;
import org.bianzhi.shared.application.Page;
import org.bianzhi.shared.application.ReportTable;

/**
 * 退休预测: the database picks the people occupying a quota whose birth dates allow a retirement in the period;
 * {@link RetirementForecast} works out each date. Full ID numbers only for roles that may see them, each one logged.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RetirementReportService {

    @Inject
    ReportScope reportScope;

    @Inject
    ReportQueries queries;

    @Inject
    IdNumberDisclosure disclosure;

    /** The people retiring and the units they leave, before they are shown as a page or as a file. */
    public record Forecast(RetirementForecast period, List<Retiree> retirees, Map<Long, UnitOnDate> units) {}

    public Forecast forecast(LocalDate asOf, Integer years, String unitCode) {
        ReportScope.Selection s = reportScope.of(unitCode, asOf);
        RetirementForecast period = new RetirementForecast(s.date(), years);
        List<Retiree> retirees = period.select(queries.retirementCandidates(s.path(), period));
        return new Forecast(period, retirees, queries.units(s.path(), s.date()));
    }

    public RetirementReportView view(Forecast f, int offset, int limit) {
        Page<RetirementReportView.Person> page = Page.of(f.retirees(), offset, limit).map(r -> person(f, r));
        List<RetirementReportView.Opening> openings = RetirementForecast.openings(f.retirees()).stream().map(o -> {
            UnitOnDate u = f.units().get(o.unitId());
            return new RetirementReportView.Opening(u.code(), u.name(), o.quotaType().name(), o.quotaType().label(), o.year(), o.count());
        }).toList();
        Map<Integer, Integer> perYear = new TreeMap<>();
        f.retirees().forEach(r -> perYear.merge(r.date().getYear(), 1, Integer::sum));
        RetirementForecast p = f.period();
        return new RetirementReportView(p.asOf(), p.years(), p.until(),
                page, openings,
                perYear.entrySet().stream().map(e -> new RetirementReportView.Year(e.getKey(), e.getValue())).toList());
    }

    /** Every person retiring, one row each. */
    public ReportTable table(Forecast f) {
        List<List<Object>> rows = new ArrayList<>();
        for (Retiree r : f.retirees()) {
            RetirementReportView.Person p = person(f, r);
            rows.add(List.of(p.unitCode(), p.unitName(), r.person().quotaType().label(), p.name(), p.idNumber(),
                    r.person().gender().label(), p.birthDate(), p.retirementAge(), p.retirementDate()));
        }
        return new ReportTable("退休预测_" + f.period().asOf() + "至" + f.period().until(), List.of("单位代码", "单位名称", "编制类型",
                "姓名", "身份证号", "性别", "出生日期", "法定退休年龄", "退休日期"), rows);
    }

    private RetirementReportView.Person person(Forecast f, Retiree r) {
        var c = r.person();
        UnitOnDate u = f.units().get(c.unitId());
        return new RetirementReportView.Person(u.code(), u.name(), c.quotaType().name(), c.quotaType().label(), c.name(),
                idNumber(c.personId(), c.idNumber()), c.gender().name(), c.gender().label(), c.birthDate(), r.age(), r.date());
    }

    private String idNumber(Long personId, String value) {
        return disclosure.shown(personId, value);
    }
}
