package org.bianzhi.imports.infrastructure;

import static org.bianzhi.imports.infrastructure.StagedLoad.LIVE;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bianzhi.establishment.domain.UnitKind;
import org.bianzhi.imports.domain.ImportJobRepository.RejectedCell;
import org.bianzhi.roster.domain.PostType;
import org.bianzhi.shared.domain.Labeled;
import org.bianzhi.shared.domain.UnitPath;
import org.bianzhi.shared.infrastructure.Sql;
import org.bianzhi.shared.infrastructure.SqlQuery;

/**
 * The checks of staged roster rows that need the registry, one query each over a range of rows: the units
 * exist and are visible to the submitter, existed on the row's dates and have the row's kind of post, and the
 * ID number is not on record (or earlier in the file) under another name. Rows already rejected are skipped,
 * so each row is blamed for its first problem of this kind.
 */
final class RosterSetChecks {

    private final Connection c;
    private final long job;
    private final String scopePattern;
    private final String submitter;

    RosterSetChecks(Connection c, long job, String scopePath, String submitter) {
        this.c = c;
        this.job = job;
        this.scopePattern = scopePath == null ? null : UnitPath.likePattern(scopePath);
        this.submitter = submitter;
    }

    /** Runs every check in order, handing each one's findings over before the next runs. */
    void run(int from, int to, StagedLoad.Faults out) throws SQLException {
        out.add(unknownUnits("occ_unit", "编制单位代码", from, to));
        out.add(unknownUnits("post_unit", "工作单位代码", from, to));
        out.add(inactiveUnits("occ_unit", "entry_date", "入编日期", from, to));
        out.add(inactiveUnits("post_unit", "post_from", "工作单位代码", from, to));
        out.add(inactiveUnits("lead_unit", "lead_from", "领导职务", from, to));
        out.add(postsTheUnitHasNot(from, to));
        if (scopePattern != null) out.add(registeredOutsideScope(from, to));
        out.add(otherNameOnRecord(from, to));
        out.add(otherNameEarlierInFile(from, to));
    }

    private List<RejectedCell> unknownUnits(String column, String header, int from, int to) throws SQLException {
        String visible = scopePattern == null ? "" : " and u.path like ?";
        String sql = "select s.row_no, s." + column + " from import_roster_row s where" + LIVE + " and s." + column
                + " is not null and not exists (select 1 from unit u where u.code = s." + column + visible + ")";
        return query(sql, scopePattern == null ? new Object[] {job, from, to} : new Object[] {job, from, to, scopePattern},
                r -> new RejectedCell(r.getInt(1), header, header + " " + r.getString(2) + " 未登记，请先导入该单位"));
    }

    private List<RejectedCell> inactiveUnits(String column, String date, String header, int from, int to) throws SQLException {
        String sql = "select s.row_no, s." + column + ", s." + date + ", u.established_on, u.abolished_on"
                + " from import_roster_row s join unit u on u.code = s." + column + " where" + LIVE
                + " and (u.established_on > s." + date + " or u.abolished_on <= s." + date + ")";
        return query(sql, new Object[] {job, from, to}, r -> new RejectedCell(r.getInt(1), header, "单位 " + r.getString(2)
                + " 在 " + r.getDate(3) + " 不存在（设立于 " + r.getDate(4)
                + (r.getDate(5) == null ? "" : "，撤销于 " + r.getDate(5)) + "），请核对日期"));
    }

    private List<RejectedCell> postsTheUnitHasNot(int from, int to) throws SQLException {
        String allowed = Stream.of(UnitKind.values()).map(kind -> "(v.kind = '" + kind.name() + "' and s.post_type in ("
                + Stream.of(PostType.values()).filter(p -> p.existsIn(kind)).map(p -> "'" + p.name() + "'")
                .collect(Collectors.joining(", ")) + "))").collect(Collectors.joining(" or "));
        String sql = "select s.row_no, s.post_type, v.kind, v.name from import_roster_row s join unit u on u.code = s.post_unit"
                + " join unit_version v on v.unit_id = u.id and " + SqlQuery.inForce("v", "s.post_from") + " where" + LIVE + " and not (" + allowed + ")";
        return query(sql, new Object[] {job, from, to}, r -> {
            UnitKind kind = UnitKind.valueOf(r.getString(3));
            String types = Stream.of(PostType.values()).filter(p -> p.existsIn(kind)).map(Labeled::label)
                    .collect(Collectors.joining("/"));
            return new RejectedCell(r.getInt(1), "岗位类型", kind.label() + "“" + r.getString(4) + "”没有"
                    + PostType.valueOf(r.getString(2)).label() + "（" + kind.label() + "的岗位类型为 " + types + "）");
        });
    }

    /**
     * A unit clerk's row whose ID number belongs to someone they do not see (records only outside their units, or none
     * and registered by another account) is refused with one answer, whatever name the row gives: no stored name, and no
     * "right name gets in" either, so a file of guessed numbers and names learns nothing but that a number is on record.
     * The transfer-in path (调入) is the office's increase notice; after it the person is the clerk's to import.
     */
    private List<RejectedCell> registeredOutsideScope(int from, int to) throws SQLException {
        String under = Stream.of("occupancy", "posting", "appointment")
                .map(t -> "exists (select 1 from " + t + " r join unit u on u.id = r.unit_id where r.person_id = p.id and u.path like ?)")
                .collect(Collectors.joining(" or "));
        String any = Stream.of("occupancy", "posting", "appointment")
                .map(t -> "exists (select 1 from " + t + " r where r.person_id = p.id)").collect(Collectors.joining(" or "));
        String sql = "select s.row_no, s.id_number from import_roster_row s join person p on p.id_number = s.id_number where" + LIVE
                + " and not (" + under + " or (not (" + any + ") and p.recorded_by = ?))";
        return query(sql, new Object[] {job, from, to, scopePattern, scopePattern, scopePattern, submitter},
                r -> new RejectedCell(r.getInt(1), "身份证号", "身份证号 " + r.getString(2) + " 已有登记，该人员不在您管理的单位，"
                        + "不显示其登记信息，本行未导入。调入人员由原单位办理减人通知单、编办开具增人通知单调入本单位后，再导入本行"));
    }

    /** The ID number is on record under another name (a unit clerk's rows reach here only for people they see). */
    private List<RejectedCell> otherNameOnRecord(int from, int to) throws SQLException {
        String sql = "select s.row_no, s.id_number, p.name, s.name from import_roster_row s join person p"
                + " on p.id_number = s.id_number where" + LIVE + " and p.name <> s.name";
        return query(sql, new Object[] {job, from, to}, r -> new RejectedCell(r.getInt(1), "姓名", "身份证号 " + r.getString(2)
                + " 已登记为“" + r.getString(3) + "”，与本行姓名“" + r.getString(4) + "”不一致，请核对身份证号和姓名"));
    }

    private List<RejectedCell> otherNameEarlierInFile(int from, int to) throws SQLException {
        String sql = "select t.row_no, t.id_number, t.first_name, t.name, t.first_row from (select s.row_no, s.id_number, s.name,"
                + " first_value(s.name) over (partition by s.id_number order by s.row_no) first_name,"
                + " first_value(s.row_no) over (partition by s.id_number order by s.row_no) first_row"
                + " from import_roster_row s where" + LIVE + ") t where t.name <> t.first_name";
        return query(sql, new Object[] {job, from, to}, r -> new RejectedCell(r.getInt(1), "姓名", "身份证号 " + r.getString(2)
                + " 在第 " + r.getInt(5) + " 行为“" + r.getString(3) + "”，与本行姓名“" + r.getString(4)
                + "”不一致，请核对身份证号和姓名"));
    }

    private List<RejectedCell> query(String sql, Object[] params, Sql.Row<RejectedCell> mapper) throws SQLException {
        return Sql.list(c, sql, mapper, params);
    }
}
