package org.bianzhi.imports.infrastructure;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.bianzhi.shared.infrastructure.Sql;

/**
 * Stores an 出入境记录 extract set-wise ({@link StagedLoad}). A crossing (ID number, document number, direction, day,
 * port: V12's unique key) is stored once: rows already on record, and later rows of the file repeating an earlier
 * one, are counted unchanged, so importing the same file again changes nothing. Crossings of ID numbers the registry
 * does not know are kept (public security's record stands on its own) and counted in the report; the checks join
 * crossings to people by ID number, so they are found once the person is registered.
 */
public final class CrossingBulkLoad extends StagedLoad {

    private static final Logger LOG = Logger.getLogger(CrossingBulkLoad.class.getName());
    private static final String COLUMNS = "id_number, doc_type, doc_number, direction, crossed_on, port, destination";
    private static final String KEY = "id_number, doc_number, direction, crossed_on, port";

    private int unknownRows;
    private int repeatedRows;

    public CrossingBulkLoad(DataSource ds, long job, String actor) throws SQLException {
        super(ds, job, actor, "import_crossing_row", COLUMNS);
    }

    @Override
    public Stored store(int from, int to, Faults out, Instant at) throws SQLException {
        Steps steps = new Steps();
        if (postgres && from > 2) Sql.update(c, "analyze border_crossing");
        int live = (int) Sql.single(c, "select count(*) from import_crossing_row s where" + LIVE, job, from, to);
        // the first row of each crossing in the range (earlier ranges are on record already): no row before it in the
        // range has its key. A correlated probe on the staging key index (V17): H2 ran a window function in an IN as a
        // scan per row (100,000 rows took half an hour), and once its statistics say few people fill the file it probes
        // by row number instead, a scan per row again, unless told which index to use
        int firsts = Sql.update(c, "update import_crossing_row s set fresh = true where" + LIVE + " and not exists (select 1"
                + " from import_crossing_row r" + (postgres ? "" : " use index (import_crossing_row_key_idx)") + " where r.job_id = s.job_id and r.id_number = s.id_number and r.doc_number = s.doc_number"
                + " and r.crossed_on = s.crossed_on and r.direction = s.direction and r.port = s.port and r.row_no >= ?"
                + " and r.row_no < s.row_no)", job, from, to, from);
        int known = Sql.update(c, "update import_crossing_row s set fresh = false where" + LIVE + " and s.fresh and exists (select 1"
                + " from border_crossing b where b.id_number = s.id_number and b.doc_number = s.doc_number and b.direction = s.direction"
                + " and b.crossed_on = s.crossed_on and b.port = s.port)", job, from, to);
        int fresh = firsts - known;
        repeatedRows += live - firsts;
        unknownRows += (int) Sql.single(c, "select count(*) from import_crossing_row s where" + LIVE
                + " and not exists (select 1 from person p where p.id_number = s.id_number)", job, from, to);
        steps.done("marked");
        Sql.update(c, "insert into border_crossing (id, id_number, person_id, doc_type, doc_number, direction, crossed_on, port,"
                + " destination, import_job_id, import_row, recorded_by, recorded_at) select " + Sql.nextValue(postgres, "border_crossing_seq")
                + ", s.id_number, p.id, s.doc_type, s.doc_number, s.direction, s.crossed_on, s.port, s.destination, ?, s.row_no, ?, ?"
                + " from import_crossing_row s left join person p on p.id_number = s.id_number where" + LIVE + " and s.fresh",
                job, actor, at, job, from, to);
        steps.done("inserted");
        LOG.info("import job " + job + ", crossing rows " + from + "-" + to + ": " + steps);
        return new Stored(fresh, 0, live - fresh);
    }

    @Override
    public List<String> notes() {
        List<String> notes = new ArrayList<>();
        if (unknownRows > 0) {
            notes.add(unknownRows + " 行的身份证号未在实名库：出入境记录已保存，人员登记后自动关联");
        }
        if (repeatedRows > 0) notes.add(repeatedRows + " 行与文件中前面的行是同一条出入境记录，只保存一次");
        return notes;
    }
}
