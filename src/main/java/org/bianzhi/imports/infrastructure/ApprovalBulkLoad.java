package org.bianzhi.imports.infrastructure;

import jakarta.json.Json;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.bianzhi.imports.domain.ImportJobRepository.RejectedCell;
import org.bianzhi.imports.domain.StagedApprovalRow;
import org.bianzhi.imports.domain.StagedRow;
import org.bianzhi.shared.infrastructure.Sql;
import org.bianzhi.shared.infrastructure.SqlQuery;

/**
 * Stores a file of 编制核定 (quota approvals) or 领导职数核定 (leadership approvals) set-wise ({@link StagedLoad}), with the
 * outcome of recording its rows one by one in file order through {@code ApprovalService}:
 * <ul>
 * <li>refusals as the service gives them, in its order: the unit not on record, then what is wrong in the row itself
 *     (carried by the staged row), then the unit not existing on the date;</li>
 * <li>a row saying what the approval in force from its date already says (same count and 批准文号, as on record or as
 *     the file's previous row for that unit, subject and date) records nothing;</li>
 * <li>every other row records a new approval, with the end dates of {@code ApprovalTimeline}: it ends the approval in
 *     force on its date, runs until the next later start, and one superseded on its own first day keeps an empty
 *     period as a trace;</li>
 * <li>each new approval has its change-log entry (the approval as the API shows it when it was recorded) and queues
 *     its unit for the audit, in the same transaction.</li>
 * </ul>
 * Rows of one unit may be anywhere in the file, so the file is one range.
 */
public final class ApprovalBulkLoad extends StagedLoad.WholeFile {

    private static final Logger LOG = Logger.getLogger(ApprovalBulkLoad.class.getName());
    private static final String COLUMNS = "unit_text, unit_code, subject, approved, valid_from, basis, basis_json, unit_id";
    private static final String STAGED = "import_approval_row";

    private final boolean quota;
    private final String table;
    private final String subject;
    private final TreeMap<Integer, List<RejectedCell>> refusals = new TreeMap<>();
    /** The units on record by code, so that each row is staged with its unit's id (null: not on record). */
    private final Map<String, Long> units = new HashMap<>();

    /** {@code quota}: 编制核定 (else 领导职数核定). */
    public ApprovalBulkLoad(DataSource ds, long job, String actor, boolean quota) throws SQLException {
        super(ds, job, actor, STAGED, COLUMNS);
        this.quota = quota;
        this.table = quota ? "quota_approval" : "leadership_approval";
        this.subject = quota ? "quota_type" : "category";
        Sql.list(c, "select code, id from unit", r -> units.put(r.getString(1), r.getLong(2)));
    }

    @Override
    public void stage(StagedRow row) throws SQLException {
        Object[] values = Arrays.copyOf(row.values(), row.values().length + 1);
        values[values.length - 1] = units.get(((StagedApprovalRow) row).unitCode());
        super.stage(StagedRow.of(row.row(), values));
        List<RejectedCell> cells = ((StagedApprovalRow) row).refusals();
        if (!cells.isEmpty()) refusals.put(row.row(), cells);
    }


    @Override
    public Stored store(int from, int to, Faults out, Instant at) throws SQLException {
        Steps steps = new Steps();
        List<RejectedCell> unknown = unknownUnits(from, to);
        out.add(unknown);
        out.add(refusedRows(from, to, unknown));
        out.add(inactiveUnits(from, to));
        steps.done("checks");
        lock(from, to);
        steps.done("locks");
        int live = (int) Sql.single(c, "select count(*) from " + STAGED + " s where" + LIVE, job, from, to);
        int created;
        if (postgres) {
            created = freshWithEndDates(from, to);
            steps.done("fresh and end dates");
        } else {
            created = markFresh(from, to);
            steps.done("fresh");
            endDates(from, to);
            steps.done("end dates");
        }
        endApprovalsInForce(from, to); // before the new ones are inserted: they are not "on record" for it
        Sql.update(c, "insert into " + table + " (id, unit_id, " + subject + ", approved_count, valid_from, valid_to, basis_document,"
                + " recorded_by, recorded_at) select s.approval_id, s.unit_id, s.subject, s.approved, s.valid_from, case when"
                + " s.superseded then s.valid_from else " + least("s.next_existing", "s.next_any") + " end, s.basis, ?, ?"
                + " from " + STAGED + " s where" + LIVE + " and s.fresh", actor, at, job, from, to);
        steps.done("approvals");
        log(from, to, at);
        Sql.update(c, "insert into finding_queue (unit_id, everything, queued_at) select t.unit_id, false, ? from (select distinct"
                + " s.unit_id from " + STAGED + " s where" + LIVE + " and s.fresh) t", at, job, from, to);
        steps.done("change log");
        LOG.info("import job " + job + ", " + table + " rows " + from + "-" + to + ": " + steps);
        return new Stored(created, 0, live - created);
    }

    /** {@code ApprovalService} finds the unit first: "未找到单位" is the row's only refusal then. */
    private List<RejectedCell> unknownUnits(int from, int to) throws SQLException {
        return Sql.list(c, "select s.row_no, s.unit_text from " + STAGED + " s where" + LIVE
                + " and s.unit_id is null order by s.row_no",
                r -> new RejectedCell(r.getInt(1), null, "未找到单位：" + r.getString(2)), job, from, to);
    }

    private List<RejectedCell> refusedRows(int from, int to, List<RejectedCell> unknown) {
        Set<Integer> skip = new HashSet<>();
        unknown.forEach(cell -> skip.add(cell.row()));
        List<RejectedCell> cells = new ArrayList<>();
        refusals.subMap(from, true, to, true).forEach((row, list) -> {
            if (!skip.contains(row)) cells.addAll(list);
        });
        return cells;
    }

    private List<RejectedCell> inactiveUnits(int from, int to) throws SQLException {
        return Sql.list(c, "select s.row_no, s.valid_from, u.established_on, u.abolished_on, (select v.name from unit_version v"
                + " where v.unit_id = u.id and not exists (select 1 from unit_version w where w.unit_id = u.id and (w.valid_from > v.valid_from"
                + " or w.valid_from = v.valid_from and w.id > v.id))) from " + STAGED + " s join unit u on u.id = s.unit_id where" + LIVE
                + " and not exists (select 1 from unit_version v where v.unit_id = u.id and " + SqlQuery.inForce("v", "s.valid_from")
                + ") order by s.row_no",
                r -> new RejectedCell(r.getInt(1), "生效日期", "单位“" + r.getString(5) + "”在 " + r.getDate(2) + " 不存在（设立于 "
                        + r.getDate(3) + (r.getDate(4) == null ? "" : "，撤销于 " + r.getDate(4)) + "）"), job, from, to);
    }

    /** The locks {@code ApprovalService} takes for each unit and subject (quota_lock), created where missing. */
    private void lock(int from, int to) throws SQLException {
        String key = quota ? "s.subject" : "'LEADERSHIP:' || s.subject";
        String keys = "select distinct s.unit_id, " + key + " k from " + STAGED + " s where" + LIVE;
        Sql.update(c, "insert into quota_lock (unit_id, quota_type) select t.unit_id, t.k from (" + keys + ") t where not exists"
                + " (select 1 from quota_lock l where l.unit_id = t.unit_id and l.quota_type = t.k)", job, from, to);
        Sql.list(c, "select l.unit_id from quota_lock l where exists (select 1 from " + STAGED + " s where" + LIVE
                + " and s.unit_id = l.unit_id and " + key + " = l.quota_type) for update", r -> r.getLong(1), job, from, to);
    }

    /**
     * A row is fresh unless the approval in force from its date says the same: for the first live row of a unit, subject
     * and date, the one on record; for a later row, the previous row (which either was that approval or recorded it).
     */
    private int markFresh(int from, int to) throws SQLException {
        String window = " over (partition by s.unit_id, s.subject, s.valid_from order by s.row_no)";
        String rows = "select s.row_no, s.unit_id, s.subject, s.valid_from, s.approved, s.basis, lag(s.row_no)" + window + " prev_row,"
                + " lag(s.approved)" + window + " prev_approved, lag(s.basis)" + window + " prev_basis from " + STAGED + " s where" + LIVE;
        int fresh = Sql.update(c, "update " + STAGED + " s set fresh = true where s.job_id = ? and s.row_no in (select t.row_no from ("
                + rows + ") t where case when t.prev_row is null then case when exists (select 1 from " + table + " a where"
                + " a.unit_id = t.unit_id and a." + subject + " = t.subject and a.valid_from = t.valid_from and a.approved_count = t.approved"
                + " and a.basis_document = t.basis and (a.valid_to is null or a.valid_to > t.valid_from)) then false else true end"
                + " else t.prev_approved <> t.approved or t.prev_basis <> t.basis end)", job, job, from, to);
        // ids in row order, as the rows would have been recorded
        if (postgres) {
            Sql.update(c, "update " + STAGED + " s set approval_id = t.id from (select o.row_no, " + Sql.nextValue(true, table + "_seq")
                    + " id from (select s.row_no from " + STAGED + " s where" + LIVE + " and s.fresh order by s.row_no) o) t"
                    + " where s.job_id = ? and s.row_no = t.row_no", job, from, to, job);
        } else {
            Sql.update(c, "update " + STAGED + " s set approval_id = " + Sql.nextValue(false, table + "_seq") + " where" + LIVE
                    + " and s.fresh", job, from, to);
        }
        return fresh;
    }

    /**
     * {@link #markFresh} and {@link #endDates} in one pass over the staging table (PostgreSQL): each staged row is
     * rewritten once, only if fresh, with its id and what fixes its end; the file's new rows of a unit and subject are
     * compared with each other by a join (a few rows each) rather than a look-up per row.
     */
    private int freshWithEndDates(int from, int to) throws SQLException {
        String window = " over (partition by s.unit_id, s.subject, s.valid_from order by s.row_no)";
        String live = "select s.row_no, s.unit_id, s.subject, s.valid_from, s.approved, s.basis, lag(s.row_no)" + window + " prev_row,"
                + " lag(s.approved)" + window + " prev_approved, lag(s.basis)" + window + " prev_basis from " + STAGED + " s where" + LIVE;
        String fresh = "select t.row_no, t.unit_id, t.subject, t.valid_from from live t where case when t.prev_row is null then"
                + " not exists (select 1 from " + table + " a where a.unit_id = t.unit_id and a." + subject + " = t.subject"
                + " and a.valid_from = t.valid_from and a.approved_count = t.approved and a.basis_document = t.basis"
                + " and (a.valid_to is null or a.valid_to > t.valid_from)) else t.prev_approved <> t.approved or t.prev_basis <> t.basis end";
        String ends = "select f.row_no, min(case when r.row_no < f.row_no and r.valid_from > f.valid_from then r.valid_from end)"
                + " next_earlier, min(case when r.valid_from > f.valid_from then r.valid_from end) next_any, coalesce(bool_or(r.row_no"
                + " > f.row_no and r.valid_from = f.valid_from), false) superseded from fresh f left join fresh r on r.unit_id = f.unit_id"
                + " and r.subject = f.subject and r.valid_from >= f.valid_from and r.row_no <> f.row_no group by f.row_no";
        // ids in row order, as the rows would have been recorded
        return Sql.update(c, "with live as (" + live + "), fresh as (" + fresh + "), ends as (" + ends + ") update " + STAGED
                + " s set fresh = true, approval_id = t.id, next_earlier = t.next_earlier, next_any = t.next_any, superseded ="
                + " t.superseded, next_existing = (select min(a.valid_from) from " + table + " a where a.unit_id = s.unit_id and a."
                + subject + " = s.subject and a.valid_from > s.valid_from) from (select e.*, " + Sql.nextValue(true, table + "_seq")
                + " id from (select * from ends order by row_no) e) t where s.job_id = ? and s.row_no = t.row_no", job, from, to, job);
    }

    /**
     * What fixes the end of each new approval: the first later start on record, among the new rows before it (its end
     * when it was recorded, for the change log) and among all new rows (its end now), and whether a later new row
     * starts on its very day (it then ends on its first day).
     */
    private void endDates(int from, int to) throws SQLException {
        String sibling = " from " + STAGED + " r where r.job_id = s.job_id and r.unit_id = s.unit_id and r.subject = s.subject"
                + " and r.fresh and r.row_no between ? and ?";
        Sql.update(c, "update " + STAGED + " s set next_existing = (select min(a.valid_from) from " + table + " a where a.unit_id = s.unit_id"
                + " and a." + subject + " = s.subject and a.valid_from > s.valid_from), next_earlier = (select min(r.valid_from)" + sibling
                + " and r.row_no < s.row_no and r.valid_from > s.valid_from), next_any = (select min(r.valid_from)" + sibling
                + " and r.valid_from > s.valid_from), superseded = case when exists (select 1" + sibling + " and r.row_no > s.row_no"
                + " and r.valid_from = s.valid_from) then true else false end where" + LIVE + " and s.fresh",
                from, to, from, to, from, to, job, from, to);
    }

    /** An approval on record in force on a new row's date ends on it (the first such date from its start on). */
    private void endApprovalsInForce(int from, int to) throws SQLException {
        String starts = " from " + STAGED + " s where s.job_id = ? and s.row_no between ? and ? and s.fresh and s.unit_id = a.unit_id"
                + " and s.subject = a." + subject + " and s.valid_from >= a.valid_from and (a.valid_to is null or s.valid_from < a.valid_to)";
        Sql.update(c, "update " + table + " a set valid_to = (select min(s.valid_from)" + starts + ") where exists (select 1" + starts
                + ")", job, from, to, job, from, to);
    }

    /** One entry per new approval: the approval as the API showed it when recorded (ApprovalView, as ChangeLog writes it). */
    private void log(int from, int to, Instant at) throws SQLException {
        String after = "'{\"approved\":' || s.approved || ',\"basisDocument\":' || s.basis_json || ',\"id\":' || s.approval_id"
                + " || ',\"recordedAt\":" + sqlText(Json.createValue(at.toString()).toString()) + ",\"recordedBy\":" + sqlText(Json.createValue(actor).toString())
                + ",\"subject\":\"' || s.subject || '\",\"unitCode\":\"' || u.code || '\",\"validFrom\":\"' || s.valid_from || '\"'"
                + " || case when " + least("s.next_existing", "s.next_earlier") + " is null then '' else ',\"validTo\":\"' || "
                + least("s.next_existing", "s.next_earlier") + " || '\"' end || '}'";
        Sql.update(c, "insert into change_log (id, occurred_at, actor, entity_type, entity_id, person_id, unit_id, action,"
                + " basis_document, after_state) select " + Sql.nextValue(postgres, "change_log_seq") + ", ?, ?, '" + table + "',"
                + " s.approval_id, null, s.unit_id, '" + (quota ? "核定编制" : "核定领导职数") + "', s.basis, " + after
                + " from " + STAGED + " s join unit u on u.id = s.unit_id where" + LIVE + " and s.fresh", at, actor, job, from, to);
    }

    /** Text inside a SQL string literal. */
    private static String sqlText(String s) {
        return s.replace("'", "''");
    }

    /** The earlier of two dates, either of which may be null. */
    private static String least(String a, String b) {
        return "case when " + a + " is null then " + b + " when " + b + " is null or " + a + " < " + b + " then " + a + " else " + b + " end";
    }
}
