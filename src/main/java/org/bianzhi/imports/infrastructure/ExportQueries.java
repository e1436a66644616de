package org.bianzhi.imports.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.bianzhi.shared.domain.UnitPath;
import org.bianzhi.shared.infrastructure.DatabaseDefinition;
import org.bianzhi.shared.infrastructure.Sql;
import org.bianzhi.shared.infrastructure.SqlQuery;

/**
 * The registry's current state as rows for export files; the roster is streamed from one cursor so that a province
 * never sits in memory at once. {@code path} restricts to a unit subtree (materialized path prefix).
 */
@ApplicationScoped
public class ExportQueries {

    /** Rows the driver fetches at a time from the roster's cursor. */
    private static final int FETCH = 2_000;

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;

    /** Current units, parents before children: code, name, short name, kind, class, parent code, region, level, funding, aliases, established. */
    public List<Object[]> units(String path) {
        SqlQuery q = new SqlQuery("select u.code, v.name, v.short_name, v.kind, v.institution_class, p.code as parent,"
                + " v.region_code, v.admin_level, v.funding, v.aliases, u.established_on from unit u"
                + " join unit_version v on v.unit_id = u.id and v.valid_to is null left join unit p on p.id = v.parent_id"
                + " where u.abolished_on is null and u.path like ? order by u.path", UnitPath.likePattern(path));
        return Sql.call(dataSource, c -> q.list(c, ExportQueries::columns));
    }

    /** Approvals in force for some time (not superseded on their first day): code, subject, count, from, document. */
    public List<Object[]> approvals(String table, String subjectColumn, String path) {
        SqlQuery q = new SqlQuery("select u.code, a." + subjectColumn + ", a.approved_count, a.valid_from, a.basis_document"
                + " from " + table + " a join unit u on u.id = a.unit_id where u.abolished_on is null"
                + " and (a.valid_to is null or a.valid_to > a.valid_from) and u.path like ?"
                + " order by u.code, a." + subjectColumn + ", a.valid_from", UnitPath.likePattern(path));
        return Sql.call(dataSource, c -> q.list(c, ExportQueries::columns));
    }

    /** A row's columns as the driver gives them (texts, numbers, dates), for the export's writer. */
    private static Object[] columns(ResultSet r) throws SQLException {
        Object[] row = new Object[r.getMetaData().getColumnCount()];
        for (int i = 0; i < row.length; i++) row[i] = r.getObject(i + 1);
        return row;
    }

    /** Receives the roster's current records, in person order: the person's columns, the kind and the record's. */
    public interface RosterRecords {
        void record(Object[] person, RecordKind kind, Object[] record);
    }

    /**
     * What a roster record is. Its columns: an occupancy's person, unit code, quota type, from, increase notice number,
     * entry route; a posting's person, unit code, post type, arrangement, from, secondment end, approval document; a
     * leadership position's person, unit code, category.
     */
    public enum RecordKind { OCCUPANCY, POSTING, APPOINTMENT }

    /**
     * Every current occupancy, posting and leadership position under the path, from one cursor, ordered by person and
     * then by kind and start: the person's columns are id, ID number, name, gender, birth date, identity, 职务层次 and
     * 户口所在地 in force (a person with a leadership position only under the path is among them, with no other record). A province's roster never sits in memory: the
     * driver holds {@link #FETCH} rows at a time (PostgreSQL sorts the 2.4 million records in some seconds, which is
     * cheaper than 4 queries per 1,000 people).
     * <p>
     * The sink must not write through the application's transactions while the cursor is open: their commit ends the
     * cursor's transaction too ("portal does not exist").
     */
    public void roster(String path, RosterRecords sink) {
        String under = path.equals("/") ? "" : " and u.path like ?";
        String sql = "select p.id, p.id_number, p.name, p.gender, p.birth_date, p.identity, fr.fact_value, fh.fact_value,"
                + " r.kind, r.code, r.c1, r.d1, r.c2, r.c3, r.d2, r.c4 from ("
                + "select 1 kind, o.person_id, o.valid_from sort_from, o.id sort_id, u.code, o.quota_type c1, o.valid_from d1,"
                + " o.increase_notice_no c2, o.entry_route c3, cast(null as date) d2, cast(null as varchar(500)) c4"
                + " from occupancy o join unit u on u.id = o.unit_id where o.valid_to is null" + under
                + " union all select 2, s.person_id, s.valid_from, s.id, u.code, s.post_type, s.valid_from, s.arrangement, null,"
                + " s.secondment_end, s.approval_document from posting s join unit u on u.id = s.unit_id where s.valid_to is null" + under
                + " union all select 3, a.person_id, a.valid_from, a.id, u.code, a.category, null, null, null, null, null"
                + " from appointment a join unit u on u.id = a.unit_id where a.valid_to is null" + under
                + ") r join person p on p.id = r.person_id"
                + " left join person_fact fr on fr.person_id = p.id and fr.kind = 'RANK' and fr.valid_to is null"
                + " left join person_fact fh on fh.person_id = p.id and fh.kind = 'HOUSEHOLD' and fh.valid_to is null"
                + " order by r.person_id, r.kind, r.sort_from, r.sort_id";
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false); // PostgreSQL keeps a cursor only inside a transaction
            try (PreparedStatement q = c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                q.setFetchSize(FETCH);
                if (!under.isEmpty()) for (int i = 1; i <= 3; i++) q.setString(i, UnitPath.likePattern(path));
                try (ResultSet r = q.executeQuery()) {
                    Object[] person = null;
                    while (r.next()) {
                        long id = r.getLong(1);
                        if (person == null || ((Long) person[0]) != id) {
                            person = new Object[] {id, r.getString(2), r.getString(3), r.getString(4), Sql.localDate(r, 5),
                                    r.getString(6), r.getString(7), r.getString(8)};
                        }
                        String code = r.getString(10);
                        switch (r.getInt(9)) {
                            case 1 -> sink.record(person, RecordKind.OCCUPANCY, new Object[] {id, code, r.getString(11),
                                    Sql.localDate(r, 12), r.getString(13), r.getString(14)});
                            case 2 -> sink.record(person, RecordKind.POSTING, new Object[] {id, code, r.getString(11), r.getString(13),
                                    Sql.localDate(r, 12), Sql.localDate(r, 15), r.getString(16)});
                            default -> sink.record(person, RecordKind.APPOINTMENT, new Object[] {id, code, r.getString(11)});
                        }
                    }
                }
            } finally {
                c.rollback();
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("导出花名册失败：" + e.getMessage(), e);
        }
    }
}
