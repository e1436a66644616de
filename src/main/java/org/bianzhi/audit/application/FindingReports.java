package org.bianzhi.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bianzhi.audit.domain.FindingStatus;
import org.bianzhi.audit.domain.Rule;
import org.bianzhi.shared.application.ReportTable;

/**
 * The audit's reports: findings counted by rule and unit (问题统计), the mixed-post roster (混编混岗人员花名册)
 * and the rectification notice of one unit (整改通知书). Each as of any date, within the caller's scope.
 */
@ApplicationScoped
@Transactional
public class FindingReports {

    /** The rules whose people make up the mixed-post roster. */
    static final Set<Rule> MIXED = EnumSet.of(Rule.MIXED_INSTITUTION_IN_ADMIN_POST, Rule.MIXED_NON_CIVIL_SERVANT_ON_ADMIN_QUOTA,
            Rule.NO_QUOTA_IN_ADMIN_POST);

    @Inject
    FindingService findings;

    /** One unit's line of the findings report. */
    public record UnitCounts(String unitCode, String unitName, Map<String, Integer> counts, int total) {}

    public record ByRuleAndUnit(LocalDate asOf, Map<String, String> rules, List<UnitCounts> units, Map<String, Integer> totals,
                                int total) {

        public ReportTable table() {
            List<String> columns = new ArrayList<>(List.of("单位代码", "单位名称"));
            columns.addAll(rules.values());
            columns.add("合计");
            List<List<Object>> rows = new ArrayList<>();
            for (UnitCounts u : units) {
                List<Object> row = new ArrayList<>(List.of(u.unitCode(), u.unitName()));
                rules.keySet().forEach(r -> row.add(u.counts().get(r)));
                row.add(u.total());
                rows.add(row);
            }
            List<Object> sum = new ArrayList<>(List.of("", "合计"));
            rules.keySet().forEach(r -> sum.add(totals.get(r)));
            sum.add(total);
            rows.add(sum);
            return new ReportTable("稽核问题统计（" + asOf + "）", columns, rows);
        }
    }

    public ByRuleAndUnit byRuleAndUnit(LocalDate asOf, String unitCode) {
        FindingService.Question q = findings.question(asOf, null, unitCode, null);
        Map<String, String> rules = new LinkedHashMap<>();
        Map<String, Integer> totals = new LinkedHashMap<>();
        for (Rule r : Rule.values()) {
            rules.put(r.name(), r.label());
            totals.put(r.name(), 0);
        }
        Map<String, UnitCounts> units = new LinkedHashMap<>();
        for (FindingView f : findings.all(q)) {
            UnitCounts u = units.computeIfAbsent(f.unitCode(), k -> new UnitCounts(f.unitCode(), f.unitName(), zeros(rules), 0));
            u.counts().merge(f.rule(), 1, Integer::sum);
            units.put(f.unitCode(), new UnitCounts(u.unitCode(), u.unitName(), u.counts(), u.total() + 1));
            totals.merge(f.rule(), 1, Integer::sum);
        }
        int total = totals.values().stream().mapToInt(Integer::intValue).sum();
        return new ByRuleAndUnit(q.asOf(), rules, List.copyOf(units.values()), totals, total);
    }

    private static Map<String, Integer> zeros(Map<String, String> rules) {
        Map<String, Integer> m = new LinkedHashMap<>();
        rules.keySet().forEach(r -> m.put(r, 0));
        return m;
    }

    public record MixedPostRoster(LocalDate asOf, int total, List<FindingView> people) {

        public ReportTable table() {
            List<List<Object>> rows = new ArrayList<>();
            int n = 0;
            for (FindingView f : people) {
                rows.add(List.of(++n, f.unitCode(), f.unitName(), text(f.personName()), text(f.idNumber()), f.ruleLabel(),
                        f.message(), f.basis(), text(f.statusLabel())));
            }
            return new ReportTable("混编混岗人员花名册（" + asOf + "）", List.of("序号", "单位代码", "单位名称", "姓名", "身份证号",
                    "问题类型", "情况说明", "依据", "处理状态"), rows);
        }
    }

    public MixedPostRoster mixedPosts(LocalDate asOf, String unitCode) {
        FindingService.Question q = findings.question(asOf, null, unitCode, null);
        List<FindingView> people = findings.all(q).stream().filter(f -> MIXED.contains(Rule.valueOf(f.rule()))).toList();
        return new MixedPostRoster(q.asOf(), people.size(), people);
    }

    /** The unit's findings that are still to be rectified: present now, not resolved. */
    public record Rectification(LocalDate date, String unitCode, String unitName, List<FindingView> findings) {}

    public Rectification rectification(String unitCode) {
        if (unitCode == null || unitCode.isBlank()) {
            throw org.bianzhi.shared.domain.BianzhiException.invalid("unit", "请指定要发整改通知书的单位代码");
        }
        FindingService.Question q = findings.question(null, null, unitCode, null);
        List<FindingView> open = findings.all(q).stream().filter(f -> !FindingStatus.RESOLVED.name().equals(f.status())).toList();
        String name = findings.unitName(unitCode);
        return new Rectification(q.asOf(), unitCode.strip().toUpperCase(), name, open);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
