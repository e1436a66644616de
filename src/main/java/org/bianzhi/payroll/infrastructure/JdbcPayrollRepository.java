package org.bianzhi.payroll.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.bianzhi.establishment.domain.QuotaType;
import org.bianzhi.payroll.domain.PayMonth;
import org.bianzhi.payroll.domain.PayrollDiscrepancy;
import org.bianzhi.payroll.domain.PayrollRepository;
import org.bianzhi.payroll.domain.PayrollRule;
import org.bianzhi.roster.domain.ExitReason;
import org.bianzhi.shared.infrastructure.DatabaseDefinition;
import org.bianzhi.shared.infrastructure.Sql;
import org.bianzhi.shared.infrastructure.SqlQuery;

/** The payroll lines and their comparison with the registry: set-based reads (see {@link FindingQueries}). */
@ApplicationScoped
public class JdbcPayrollRepository implements PayrollRepository {

    private static final PayrollRule[] RULES = PayrollRule.values();

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;

    @Override
    public List<MonthHeld> months() {
        return Sql.call(dataSource, c -> Sql.list(c, "select pay_month, count(*), count(distinct unit_id), max(imported_at)"
                + " from payroll_entry group by pay_month order by pay_month desc",
                r -> new MonthHeld(PayMonth.of(Sql.localDate(r, 1)), r.getLong(2), r.getLong(3), instant(r, 4))));
    }

    @Override
    public boolean holds(PayMonth month) {
        return Sql.call(dataSource, c -> !Sql.list(c, "select 1 from payroll_entry where pay_month = ? fetch first 1 rows only",
                r -> r.getInt(1), month.firstDay()).isEmpty());
    }

    /** A finding with the count of every rule that its row carries. */
    private record Row(PayrollDiscrepancy finding, long[] perRule) {}

    /**
     * One query computes every rule once: the rows of the page carry the count of each rule (window aggregates over
     * all findings in the unit filter), so counts and page cost one pass over the month's list and the registry.
     * Only an empty page needs the counts asked again.
     */
    @Override
    public Found find(PayMonth month, List<PayrollRule> rules, String unitPath, int offset, Integer limit) {
        List<String> regions = regions(month);
        FindingQueries q = new FindingQueries(month);
        String counts = IntStream.rangeClosed(1, RULES.length)
                .mapToObj(n -> "count(case when f.rule_no = " + n + " then 1 end) over () c" + n).collect(Collectors.joining(", "));
        SqlQuery sql = new SqlQuery("select * from (select f.rule_no, u.code, coalesce(us.name, u.code) unit_name, f.person_id,"
                + " f.id_number, f.person_name, f.payroll_name, coalesce(ps.name, pu.code) paying_name, f.quota_type, f.valid_from,"
                + " f.ended_on, f.exit_reason, f.notice_no, " + counts + " from (").and(q.union(rulesFor(regions), regions, unitPath))
                .and(") f join unit u on u.id = f.unit_id left join").and(q.unitStates()).and("us on us.unit_id = f.unit_id")
                .and("left join unit pu on pu.id = f.paying_unit_id left join").and(q.unitStates())
                .and("ps on ps.unit_id = f.paying_unit_id) t where 1 = 1")
                .in("t.rule_no", rules.stream().map(r -> r.ordinal() + 1).toList())
                .and("order by t.rule_no, t.code, t.id_number, t.valid_from");
        if (limit != null) sql.and("offset ? rows fetch first ? rows only", offset, limit);
        List<Row> rows = Sql.call(dataSource, c -> sql.list(c, JdbcPayrollRepository::row));
        if (rows.isEmpty()) return new Found(counts(month, regions, unitPath), List.of());
        Map<PayrollRule, Long> perRule = new EnumMap<>(PayrollRule.class);
        for (PayrollRule r : RULES) perRule.put(r, rows.get(0).perRule()[r.ordinal()]);
        return new Found(perRule, rows.stream().map(Row::finding).toList());
    }

    private static Row row(ResultSet r) throws SQLException {
        String quotaType = r.getString(9);
        String exitReason = r.getString(12);
        PayrollDiscrepancy d = new PayrollDiscrepancy(RULES[r.getInt(1) - 1], r.getString(2), r.getString(3),
                Sql.nullableLong(r, 4), r.getString(5), r.getString(6), r.getString(7), r.getString(8),
                quotaType == null ? null : QuotaType.valueOf(quotaType), Sql.localDate(r, 10), Sql.localDate(r, 11),
                exitReason == null ? null : ExitReason.valueOf(exitReason), r.getString(13));
        long[] perRule = new long[RULES.length];
        for (int i = 0; i < RULES.length; i++) perRule[i] = r.getLong(14 + i);
        return new Row(d, perRule);
    }

    private Map<PayrollRule, Long> counts(PayMonth month, List<String> regions, String unitPath) {
        FindingQueries q = new FindingQueries(month);
        SqlQuery sql = new SqlQuery("select f.rule_no, count(*) from (").and(q.union(rulesFor(regions), regions, unitPath))
                .and(") f group by f.rule_no");
        Map<PayrollRule, Long> counts = new EnumMap<>(PayrollRule.class);
        Sql.run(dataSource, c -> sql.list(c, r -> counts.put(RULES[r.getInt(1) - 1], r.getLong(2))));
        return counts;
    }

    /** Every rule, except the unpaid occupancies when the month's list covers no region. */
    private static List<PayrollRule> rulesFor(List<String> regions) {
        return regions.isEmpty() ? List.of(PayrollRule.PAID_WITHOUT_OCCUPANCY, PayrollRule.PAID_AFTER_EXIT,
                PayrollRule.PAYING_UNIT_MISMATCH) : List.of(RULES);
    }

    /** The regions (行政区划代码) of the units that paid in the month: only there is an unpaid occupancy suspicious. */
    private List<String> regions(PayMonth month) {
        SqlQuery sql = new FindingQueries(month).regions();
        return Sql.call(dataSource, c -> sql.list(c, r -> r.getString(1)));
    }

    private static Instant instant(ResultSet r, int column) throws SQLException {
        OffsetDateTime t = r.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
