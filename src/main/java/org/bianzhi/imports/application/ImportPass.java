package org.bianzhi.imports.application;

import jakarta.ejb.ApplicationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bianzhi.establishment.application.UnitCommand;
import org.bianzhi.establishment.application.UnitService;
import org.bianzhi.establishment.domain.UnitAttributes;
import org.bianzhi.imports.application.RowResults.Effect;
import org.bianzhi.imports.domain.ImportKind;
import org.bianzhi.imports.domain.ImportMode;
import org.bianzhi.imports.domain.ImportTable.Row;
import org.bianzhi.imports.domain.ImportTable;
import org.bianzhi.imports.domain.UnitNode;
import org.bianzhi.shared.application.NewTransaction;
import org.bianzhi.shared.application.RegistryClock;
import org.bianzhi.shared.application.UnitOfWork;
import org.bianzhi.shared.domain.Violation;
import org.bianzhi.travel.approval.application.ApplicationImport;

/**
 * One pass over an import file in one transaction. Rows whose numbers are in {@code skip} are left out;
 * unless told to keep what it did, a pass with any rejected row is rolled back.
 */
@ApplicationScoped
public class ImportPass {

    private static final Map<String, String> UNIT_COLUMNS = Map.of("code", "单位代码", "unitCode", "单位代码",
            "name", "单位名称", "shortName", "简称", "kind", "机构类型", "institutionClass", "事业单位类别",
            "parentCode", "上级单位代码", "regionCode", "行政区划代码", "level", "层级", "funding", "经费形式");

    private static final Map<String, String> TRAVEL_COLUMNS = Map.ofEntries(Map.entry("idNumber", "身份证号"),
            Map.entry("name", "姓名"), Map.entry("destinations", "前往国家（地区）"), Map.entry("purpose", "事由"),
            Map.entry("departsOn", "出发日期"), Map.entry("returnsOn", "返回日期"), Map.entry("unitOpinion", "单位意见"),
            Map.entry("disciplineOpinion", "纪检意见"), Map.entry("decision", "审批结果"), Map.entry("decidedOn", "审批日期"),
            Map.entry("decisionDocument", "批准文号"), Map.entry("approvingUnit", "审批单位代码"));

    @Inject
    UnitService units;

    @Inject
    ApplicationImport travelApplications;

    private static final int MAX_PASSES = 5;

    /** Rows after which the persistence context is written and cleared (see {@link UnitOfWork}). */
    private static final int RELEASE_EVERY = 200;

    @Inject
    NewTransaction transaction;

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    RegistryClock clock;

    /**
     * Units found without a 设立日期 have existed for longer than anyone recorded; they are registered as
     * existing since this date, so that the quotas and people of their past can be recorded too.
     */
    static final LocalDate ESTABLISHED_LONG_AGO = LocalDate.of(1949, 10, 1);

    private static final String UNDATED_NOTE = "未填写设立日期的单位按“早已设立”登记（设立日期记为 " + ESTABLISHED_LONG_AGO
            + "），其历史编制和人员可以如实导入";

    /**
     * The whole file: all or nothing (one pass, rolled back if any row is rejected), or the valid rows (passes
     * repeated without the rows rejected so far, so a rejected row never leaves part of itself behind).
     */
    RowResults runAll(ImportKind kind, ImportTable table, String basis, ImportMode mode) {
        return passes(mode, (skip, keepIfRejected) -> pass(kind, table, skip, basis, keepIfRejected));
    }

    /**
     * The units of a file planned in memory against {@code registry}, with the outcome {@link #runAll} would have
     * (the same passes over the same rows); null when a row would change a unit on record (then run them all).
     */
    UnitsPlanned planUnits(ImportTable table, String basis, ImportMode mode, UnitPlan.Registry registry) {
        UnitPlan[] last = new UnitPlan[1];
        try {
            RowResults r = passes(mode, (skip, keepIfRejected) -> {
                last[0] = new UnitPlan(registry);
                RowResults results = new RowResults();
                units(checkedRows(ImportKind.UNITS, table, skip, results), basis, results, last[0]::establish, () -> { });
                return results;
            });
            return new UnitsPlanned(r, last[0].planned());
        } catch (UnitPlan.ChangesAUnit e) {
            return null;
        }
    }

    /** What a units file does when it only establishes units: its results, and the units to store. */
    record UnitsPlanned(RowResults results, List<UnitNode> units) {}

    /** One pass over the rows not in {@code skip}; {@code keepIfRejected}: keep what it did even if it rejected rows. */
    private interface Pass {
        RowResults run(Set<Integer> skip, boolean keepIfRejected);
    }

    private static RowResults passes(ImportMode mode, Pass pass) {
        if (mode == ImportMode.ALL_OR_NOTHING) return pass.run(Set.of(), false);
        Set<Integer> skip = new HashSet<>();
        List<Violation> rejected = new ArrayList<>();
        for (int attempt = 1; ; attempt++) {
            RowResults r = pass.run(skip, attempt == MAX_PASSES);
            rejected.addAll(r.rejected);
            skip.addAll(r.rejectedRows);
            if (r.rejected.isEmpty() || attempt == MAX_PASSES) {
                r.rejected.clear();
                r.rejected.addAll(rejected);
                r.rejected.sort(Comparator.comparing(Violation::row));
                return r;
            }
        }
    }

    private RowResults pass(ImportKind kind, ImportTable table, Set<Integer> skip, String basis, boolean keepIfRejected) {
        try {
            return transaction.run(() -> run(kind, table, skip, basis, keepIfRejected));
        } catch (Refused e) {
            return e.results;
        }
    }

    /** Rolls a pass back and carries what it found. */
    @ApplicationException(rollback = true)
    static final class Refused extends RuntimeException {
        final transient RowResults results;

        Refused(RowResults results) {
            super(null, null, false, false);
            this.results = results;
        }
    }

    /** One pass, in the caller's transaction. */
    RowResults run(ImportKind kind, ImportTable table, Set<Integer> skip, String basis, boolean keepIfRejected) {
        RowResults results = new RowResults();
        List<Row> rows = checkedRows(kind, table, skip, results);
        int[] done = {0};
        Runnable release = () -> {
            if (++done[0] % RELEASE_EVERY == 0) unitOfWork.writeAndForget();
        };
        switch (kind) {
            case UNITS -> units(rows, basis, results, (row, c) -> {
                var outcome = units.establish(c);
                return outcome.created() ? Effect.CREATED : outcome.changed() ? Effect.UPDATED : Effect.UNCHANGED;
            }, release);
            case TRAVEL_APPLICATIONS -> rows.forEach(r -> {
                travelApplication(r, results);
                release.run();
            });
            case QUOTAS, LEADERSHIP, ROSTER, PAYROLL, BORDER_CROSSINGS, DOCUMENT_ISSUANCES, EXIT_CERTIFICATES ->
                    throw new IllegalArgumentException("核定、花名册、工资名单和出入境记录暂存后成批入库（StagedLoad）");
        }
        if (!results.rejected.isEmpty() && !keepIfRejected) throw new Refused(results);
        return results;
    }

    /** The rows not in {@code skip} whose cells can be read; the others are rejected in {@code results}. */
    private List<Row> checkedRows(ImportKind kind, ImportTable table, Set<Integer> skip, RowResults results) {
        LocalDate today = clock.today();
        List<Row> rows = new ArrayList<>();
        for (Row r : table.rows()) {
            if (skip.contains(r.number())) continue;
            var faults = CellValues.faults(r, kind, today);
            if (faults.isEmpty()) rows.add(r);
            else faults.forEach(f -> results.rejectRow(r, f.column(), f.reason()));
        }
        return rows;
    }

    /** Records one unit row's command: the service, or a plan in memory ({@link UnitPlan}). */
    private interface Establisher {
        Effect establish(int row, UnitCommand c);
    }

    /** Parents first: rows whose parent is in the file wait until it is registered, in any order of rows. */
    private void units(List<Row> rows, String basis, RowResults results, Establisher establisher, Runnable release) {
        Map<String, Integer> waiting = new HashMap<>();
        rows.forEach(r -> waiting.merge(upper(r.get("单位代码")), 1, Integer::sum));
        Set<String> done = new HashSet<>();
        List<Row> pending = rows;
        while (!pending.isEmpty()) {
            List<Row> next = new ArrayList<>();
            for (Row r : pending) {
                String code = upper(r.get("单位代码"));
                String parent = upper(r.get("上级单位代码"));
                // a parent not among the waiting rows is registered already, or the row is refused for it
                int parentRows = parent == null ? 0 : waiting.getOrDefault(parent, 0) - (parent.equals(code) ? 1 : 0);
                if (parentRows > 0 && !done.contains(parent)) {
                    next.add(r);
                    continue;
                }
                unit(r, basis, results, establisher);
                release.run();
                waiting.merge(code, -1, Integer::sum);
                done.add(code);
            }
            if (next.size() == pending.size()) break;
            pending = next;
        }
        for (Row r : pending) {
            results.rejectRow(r, "上级单位代码", "上级单位代码 " + r.get("上级单位代码") + " 与本单位形成循环隶属，请核对");
        }
    }

    private void unit(Row r, String basis, RowResults results, Establisher establisher) {
        results.row(r, List.of(UNIT_COLUMNS), List.of(() -> {
            LocalDate from = CellValues.date(r, "设立日期");
            if (from == null && !results.notes.contains(UNDATED_NOTE)) results.notes.add(UNDATED_NOTE);
            return establisher.establish(r.number(), new UnitCommand(r.get("单位代码"), r.get("单位名称"), r.get("简称"),
                    UnitAttributes.splitAliases(r.get("别名")), r.get("机构类型"), r.get("事业单位类别"), r.get("上级单位代码"),
                    r.get("行政区划代码"), r.get("层级"), r.get("经费形式"), from == null ? ESTABLISHED_LONG_AGO : from, basis, null));
        }));
    }

    private void travelApplication(Row r, RowResults results) {
        results.row(r, List.of(TRAVEL_COLUMNS), List.of(() -> travelApplications.importDecided(new ApplicationImport.Decided(
                r.get("身份证号"), r.get("姓名"), r.get("前往国家（地区）"), r.get("事由"), CellValues.date(r, "出发日期"),
                CellValues.date(r, "返回日期"), r.get("单位意见"), r.get("纪检意见"), r.get("审批结果"), CellValues.date(r, "审批日期"),
                r.get("批准文号"), upper(r.get("审批单位代码")))) ? Effect.CREATED : Effect.UNCHANGED));
    }

    static String upper(String s) {
        return s == null ? null : s.toUpperCase();
    }
}
