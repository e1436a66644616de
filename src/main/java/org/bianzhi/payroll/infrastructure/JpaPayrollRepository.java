package org.bianzhi.payroll.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.bianzhi.establishment.domain.QuotaType;
import org.bianzhi.payroll.domain.PayMonth;
import org.bianzhi.payroll.domain.PayrollDiscrepancy;
import org.bianzhi.payroll.domain.PayrollRepository;
import org.bianzhi.payroll.domain.PayrollRule;
import org.bianzhi.roster.domain.ExitReason;

/** The payroll lines and their comparison with the registry, in native SQL (see {@link FindingQueries}). */
@ApplicationScoped
public class JpaPayrollRepository implements PayrollRepository {

    private static final PayrollRule[] RULES = PayrollRule.values();

    @PersistenceContext(unitName = "bianzhi")
    EntityManager em;

    @Override
    @SuppressWarnings("unchecked")
    public List<MonthHeld> months() {
        List<Object[]> rows = em.createNativeQuery("select pay_month, count(*), count(distinct unit_id), max(imported_at)"
                + " from payroll_entry group by pay_month order by pay_month desc").getResultList();
        return rows.stream().map(r -> new MonthHeld(PayMonth.of(date(r[0])), number(r[1]), number(r[2]), instant(r[3]))).toList();
    }

    @Override
    public boolean holds(PayMonth month) {
        return !em.createNativeQuery("select 1 from payroll_entry where pay_month = ?1 fetch first 1 rows only")
                .setParameter(1, Date.valueOf(month.firstDay())).getResultList().isEmpty();
    }

    /**
     * One query computes every rule once: the rows of the page carry the count of each rule (window aggregates over
     * all findings in the unit filter), so counts and page cost one pass over the month's list and the registry.
     * Only an empty page needs the counts asked again.
     */
    @Override
    @SuppressWarnings("unchecked")
    public Found find(PayMonth month, List<PayrollRule> rules, String unitPath, int offset, Integer limit) {
        List<String> regions = regions(month);
        FindingQueries q = new FindingQueries(month);
        String counts = IntStream.rangeClosed(1, RULES.length)
                .mapToObj(n -> "count(case when f.rule_no = " + n + " then 1 end) over () c" + n).collect(Collectors.joining(", "));
        String sql = "select * from (select f.rule_no, u.code, coalesce(us.name, u.code) unit_name, f.person_id, f.id_number,"
                + " f.person_name, f.payroll_name, coalesce(ps.name, pu.code) paying_name, f.quota_type, f.valid_from, f.ended_on,"
                + " f.exit_reason, f.notice_no, " + counts + " from (" + q.union(rulesFor(regions), regions, unitPath) + ") f"
                + " join unit u on u.id = f.unit_id left join " + q.unitStates() + " us on us.unit_id = f.unit_id"
                + " left join unit pu on pu.id = f.paying_unit_id left join " + q.unitStates() + " ps on ps.unit_id = f.paying_unit_id"
                + ") t where t.rule_no in (" + rules.stream().map(r -> q.p(r.ordinal() + 1)).collect(Collectors.joining(", ")) + ")"
                + " order by t.rule_no, t.code, t.id_number, t.valid_from"
                + (limit == null ? "" : " offset " + q.p(offset) + " rows fetch first " + q.p(limit) + " rows only");
        List<Object[]> rows = (List<Object[]>) bind(em.createNativeQuery(sql), q).getResultList();
        List<PayrollDiscrepancy> found = new ArrayList<>();
        for (Object[] r : rows) {
            found.add(new PayrollDiscrepancy(RULES[(int) number(r[0]) - 1], (String) r[1], (String) r[2],
                    r[3] == null ? null : number(r[3]), (String) r[4], (String) r[5], (String) r[6], (String) r[7],
                    r[8] == null ? null : QuotaType.valueOf((String) r[8]), date(r[9]), date(r[10]),
                    r[11] == null ? null : ExitReason.valueOf((String) r[11]), (String) r[12]));
        }
        Map<PayrollRule, Long> perRule = new EnumMap<>(PayrollRule.class);
        if (rows.isEmpty()) return new Found(counts(month, regions, unitPath), found);
        for (PayrollRule r : RULES) perRule.put(r, number(rows.get(0)[13 + r.ordinal()]));
        return new Found(perRule, found);
    }

    @SuppressWarnings("unchecked")
    private Map<PayrollRule, Long> counts(PayMonth month, List<String> regions, String unitPath) {
        FindingQueries q = new FindingQueries(month);
        String sql = "select f.rule_no, count(*) from (" + q.union(rulesFor(regions), regions, unitPath) + ") f group by f.rule_no";
        Map<PayrollRule, Long> counts = new EnumMap<>(PayrollRule.class);
        for (Object[] r : (List<Object[]>) bind(em.createNativeQuery(sql), q).getResultList()) {
            counts.put(RULES[(int) number(r[0]) - 1], number(r[1]));
        }
        return counts;
    }

    /** Every rule, except the unpaid occupancies when the month's list covers no region. */
    private static List<PayrollRule> rulesFor(List<String> regions) {
        return regions.isEmpty() ? List.of(PayrollRule.PAID_WITHOUT_OCCUPANCY, PayrollRule.PAID_AFTER_EXIT,
                PayrollRule.PAYING_UNIT_MISMATCH) : List.of(RULES);
    }

    /** The regions (行政区划代码) of the units that paid in the month: only there is an unpaid occupancy suspicious. */
    @SuppressWarnings("unchecked")
    private List<String> regions(PayMonth month) {
        FindingQueries q = new FindingQueries(month);
        return (List<String>) bind(em.createNativeQuery(q.regions()), q).getResultList();
    }

    private static Query bind(Query query, FindingQueries q) {
        for (int i = 0; i < q.params.size(); i++) query.setParameter(i + 1, q.params.get(i));
        return query;
    }

    private static long number(Object o) {
        return ((Number) o).longValue();
    }

    private static LocalDate date(Object o) {
        if (o == null) return null;
        if (o instanceof LocalDate d) return d;
        return o instanceof Date d ? d.toLocalDate() : LocalDate.parse(o.toString().substring(0, 10));
    }

    private static Instant instant(Object o) {
        if (o == null) return null;
        if (o instanceof OffsetDateTime t) return t.toInstant();
        if (o instanceof java.sql.Timestamp t) return t.toInstant();
        return (Instant) o;
    }
}
