package org.bianzhi.payroll.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bianzhi.establishment.application.UnitService;
import org.bianzhi.payroll.domain.PayMonth;
import org.bianzhi.payroll.domain.PayrollDiscrepancy;
import org.bianzhi.payroll.domain.PayrollRepository;
import org.bianzhi.payroll.domain.PayrollRule;
import org.bianzhi.roster.application.IdNumberDisclosure;
import org.bianzhi.shared.application.ReportTable;
import org.bianzhi.shared.application.Scope;
import org.bianzhi.shared.domain.BianzhiException;
import org.bianzhi.shared.domain.Labeled;

/**
 * 财政统发工资名单比对 (DOMAIN.md section 11): the findings of one month, computed when asked (the list and the
 * registry both change; a stored result would be stale), scoped and masked like every read.
 * <p>
 * Who may ask: the office and inspectors (the API's {@code @Allowed}), roles that see every unit. Unit clerks may
 * not: the list is the finance department's, handed to the office to check units, and its findings are leads for
 * inspection (吃空饷) that a unit should not see before the office does; and a mismatch or an exit names two units,
 * often one outside the clerk's subtree, whose payroll a subtree cut would still disclose. The unit filter below
 * still applies {@link Scope#unitPath()}, so that widening the roles later cannot show a clerk other units' findings.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PayrollService {

    @Inject
    PayrollRepository payroll;

    @Inject
    UnitService units;

    @Inject
    IdNumberDisclosure disclosure;

    public List<PayrollViews.Month> months() {
        return payroll.months().stream().map(m -> new PayrollViews.Month(m.month().toString(), m.lines(), m.payingUnits(),
                m.lastImportedAt())).toList();
    }

    /** One page of the month's findings, optionally of one rule and under one unit. */
    public PayrollViews.Findings findings(String month, String rule, String unitCode, int from, int size) {
        Query q = query(month, rule, unitCode);
        PayrollRepository.Found found = payroll.find(q.month, q.rules, q.unitPath, from, size);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (PayrollRule r : PayrollRule.values()) counts.put(r.name(), found.counts().getOrDefault(r, 0L));
        long total = q.rules.stream().mapToLong(r -> found.counts().getOrDefault(r, 0L)).sum();
        List<PayrollViews.Finding> items = found.items().stream().map(d -> view(d, q.month)).toList();
        return new PayrollViews.Findings(q.month.toString(), total, counts, items, from, size);
    }

    /** Every finding of the month that matches the filters, as the table an office downloads. */
    public ReportTable table(String month, String rule, String unitCode) {
        Query q = query(month, rule, unitCode);
        List<List<Object>> rows = new ArrayList<>();
        for (PayrollDiscrepancy d : payroll.find(q.month, q.rules, q.unitPath, 0, null).items()) {
            PayrollViews.Finding f = view(d, q.month);
            rows.add(Arrays.asList(f.ruleLabel(), f.rule(), f.unitCode(), f.unitName(), f.idNumber(), f.personName(),
                    f.asOf(), f.message(), f.basis()));
        }
        return new ReportTable("工资名单比对" + q.month, List.of("问题类型", "规则代码", "单位代码", "单位名称", "身份证号", "姓名",
                "发薪月份", "说明", "依据"), rows);
    }

    private record Query(PayMonth month, List<PayrollRule> rules, String unitPath) {}

    private Query query(String month, String rule, String unitCode) {
        if (month == null || month.isBlank()) throw BianzhiException.invalid("month", "请用参数 month 指定比对的发薪月份，如 2026-06");
        PayMonth m = PayMonth.parse(month);
        List<PayrollRule> rules = List.of(PayrollRule.values());
        if (rule != null && !rule.isBlank()) {
            rules = List.of(Labeled.parse(PayrollRule.class, rule).orElseThrow(() -> BianzhiException.invalid("rule",
                    "比对规则“" + rule + "”无法识别，应为 " + String.join("/", Arrays.stream(PayrollRule.values())
                            .map(Enum::name).toList()) + "（或其中文名称）")));
        }
        String path = units.subtree(unitCode);
        if (!payroll.holds(m)) {
            throw new BianzhiException(BianzhiException.Kind.NOT_FOUND, "payroll-month-not-imported", m.chinese()
                    + "的工资名单尚未导入，无法比对。请先导入该月的财政统发工资名单（POST /api/v1/imports/payroll），"
                    + "已导入的月份见 GET /api/v1/payroll/months", List.of());
        }
        return new Query(m, rules, path);
    }

    /** The finding as the API shows it: full ID numbers only for roles that see them, and then logged. */
    private PayrollViews.Finding view(PayrollDiscrepancy d, PayMonth month) {
        // an ID number the registry does not know came from the list the office imported: there is no person to log
        return new PayrollViews.Finding(d.rule().name(), d.rule().label(), d.unitCode(), d.unitName(), d.personId(),
                disclosure.shown(d.personId(), d.idNumber()), d.personName(), month.toString(), d.message(month),
                PayrollRule.BASIS);
    }
}
