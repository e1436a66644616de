package org.bianzhi.imports.infrastructure;

import java.sql.SQLException;
import org.bianzhi.shared.infrastructure.Sql;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.bianzhi.imports.domain.ImportJobRepository.RejectedCell;
import org.bianzhi.payroll.domain.PayMonth;

/**
 * Stores a 财政统发工资名单 set-wise ({@link StagedLoad}). The file replaces the stored lines of every (month, paying
 * unit) it contains: lines it no longer has are deleted, lines whose name changed are replaced, new lines are added,
 * and a line already on record is left as it is (with who imported it first), so importing the same file again
 * changes nothing. Since a (month, unit) may be spread over the whole file, the file is one range.
 */
public final class PayrollBulkLoad extends StagedLoad.WholeFile {

    private static final Logger LOG = Logger.getLogger(PayrollBulkLoad.class.getName());
    private static final String COLUMNS = "id_number, name, unit_code, pay_month, month_end";
    /** The live staged rows with their paying unit; parameters: job, from, to. */
    private static final String ROWS = " from import_payroll_row s join unit u on u.code = s.unit_code where" + LIVE;


    public PayrollBulkLoad(DataSource ds, long job, String actor) throws SQLException {
        super(ds, job, actor, "import_payroll_row", COLUMNS);
    }


    @Override
    public Stored store(int from, int to, Faults out, Instant at) throws SQLException {
        Steps steps = new Steps();
        out.add(unknownUnits(from, to));
        out.add(unitsNotYetEstablished(from, to));
        out.add(paidTwiceInAMonth(from, to));
        steps.done("checks");
        int live = (int) Sql.single(c, "select count(*)" + ROWS, job, from, to);
        // marked before anything is written: a "not exists" against payroll_entry while inserting into it made
        // PostgreSQL scan the rows being inserted again for every row (planned for an empty table, 14 minutes and counting)
        int fresh = Sql.update(c, "update import_payroll_row s set fresh = true where" + LIVE + " and not exists (select 1"
                + " from payroll_entry e join unit u on u.id = e.unit_id where e.pay_month = s.pay_month and u.code = s.unit_code"
                + " and e.id_number = s.id_number and e.name = s.name)", job, from, to);
        int renamed = (int) Sql.single(c, "select count(*)" + ROWS + " and exists (select 1 from payroll_entry e where"
                + " e.pay_month = s.pay_month and e.unit_id = u.id and e.id_number = s.id_number and e.name <> s.name)", job, from, to);
        steps.done("counts");
        int deleted = Sql.update(c, "delete from payroll_entry e where exists (select 1" + ROWS + " and s.pay_month = e.pay_month"
                + " and u.id = e.unit_id) and not exists (select 1" + ROWS + " and s.pay_month = e.pay_month and u.id = e.unit_id"
                + " and s.id_number = e.id_number and s.name = e.name)", job, from, to, job, from, to);
        steps.done("replaced");
        Sql.update(c, "insert into payroll_entry (pay_month, unit_id, id_number, name, import_job_id, row_no, imported_by,"
                + " imported_at) select s.pay_month, u.id, s.id_number, s.name, ?, s.row_no, ?, ?" + ROWS + " and s.fresh",
                job, actor, at, job, from, to);
        steps.done("inserted");
        if (deleted > renamed) {
            notes.add("本次名单替换了所含发薪月份、发薪单位的原有名单：原有 " + (deleted - renamed) + " 条发薪记录不在本次名单中，已删除");
        }
        LOG.info("import job " + job + ", payroll rows " + from + "-" + to + ": " + steps);
        return new Stored(fresh - renamed, renamed, live - fresh);
    }


    private List<RejectedCell> unknownUnits(int from, int to) throws SQLException {
        return Sql.list(c, "select s.row_no, s.unit_code from import_payroll_row s where" + LIVE
                + " and not exists (select 1 from unit u where u.code = s.unit_code)",
                r -> new RejectedCell(r.getInt(1), "发薪单位代码", "发薪单位代码 " + r.getString(2) + " 未登记，请核对代码或先导入该单位"), job, from, to);
    }

    /** A unit set up after the month cannot have paid anyone in it: the month or the code is wrong. */
    private List<RejectedCell> unitsNotYetEstablished(int from, int to) throws SQLException {
        return Sql.list(c, "select s.row_no, s.unit_code, s.pay_month, u.established_on" + ROWS
                + " and u.established_on >= s.month_end",
                r -> new RejectedCell(r.getInt(1), "发薪单位代码", "发薪单位 " + r.getString(2) + " 于 " + r.getDate(4)
                        + " 设立，" + month(r.getDate(3)) + "尚不存在，请核对发薪月份和发薪单位代码"), job, from, to);
    }

    private List<RejectedCell> paidTwiceInAMonth(int from, int to) throws SQLException {
        return Sql.list(c, "select t.row_no, t.id_number, t.pay_month, t.first_row from (select s.row_no, s.id_number, s.pay_month,"
                + " first_value(s.row_no) over (partition by s.pay_month, s.id_number order by s.row_no) first_row"
                + " from import_payroll_row s where" + LIVE + ") t where t.row_no <> t.first_row",
                r -> new RejectedCell(r.getInt(1), "身份证号", "身份证号 " + r.getString(2) + " 在" + month(r.getDate(3))
                        + "已在第 " + r.getInt(4) + " 行发薪：同一人同一月份只应有一条发薪记录"), job, from, to);
    }

    private static String month(java.sql.Date firstDay) {
        return PayMonth.of(firstDay.toLocalDate()).chinese();
    }
}
