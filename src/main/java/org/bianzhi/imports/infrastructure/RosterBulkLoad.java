package org.bianzhi.imports.infrastructure;

import org.bianzhi.shared.infrastructure.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.bianzhi.imports.domain.ImportJobRepository.RejectedCell;
import org.bianzhi.imports.domain.StagedRosterRow;

/**
 * Stores a 花名册 set-wise: rows are staged (see {@link RosterStaging}), then each range of rows is checked
 * against the registry ({@link RosterSetChecks}) and its people, occupancies, postings and leadership
 * positions are inserted with one statement each. All of it runs on one connection of its own, outside JTA,
 * so the caller decides where transactions end: after each range, or once at the very end (all or nothing).
 * <p>
 * The outcome equals registering the rows one by one in file order: a person is registered by their first
 * row, a record already open for the same person, unit and type is left as it is, and every created record
 * carries the submitter, the time and the basis document; each row that created something has a change-log
 * entry naming the job and the row.
 */
public final class RosterBulkLoad implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(RosterBulkLoad.class.getName());

    private final Connection c;
    private final boolean postgres;
    private final long job;
    private final String actor;
    private final String basis;
    private final String scopePath;
    private RosterStaging staging;
    private int lastRow;

    /** Receives the faults each check finds, before the next check runs (it must skip those rows). */
    public interface Faults {
        void add(List<RejectedCell> cells);
    }

    /** Rows of one range that were stored: {@code created} made something new, {@code unchanged} were on record. */
    public record Stored(int created, int unchanged) {}

    public RosterBulkLoad(DataSource ds, long job, String actor, String basis, String scopePath) throws SQLException {
        this.c = ds.getConnection();
        this.postgres = Sql.postgres(c);
        this.job = job;
        this.actor = actor;
        this.basis = basis;
        this.scopePath = scopePath;
    }

    public void stage(StagedRosterRow row) throws SQLException {
        if (staging == null) staging = RosterStaging.open(c, postgres, job);
        staging.add(row);
        lastRow = Math.max(lastRow, row.row());
    }

    /** Ends staging (committing the staged rows); the range checks and inserts start a new transaction. */
    public void staged() throws SQLException {
        if (staging != null) {
            staging.finish();
            staging.close();
            staging = null;
        }
        if (postgres) Sql.update(c, "analyze import_roster_row");
        c.commit();
    }

    public int lastRow() {
        return lastRow;
    }

    /** Checks rows {@code from}..{@code to}, hands their faults to {@code out}, and stores the rest. */
    public Stored store(int from, int to, Faults out, Instant at) throws SQLException {
        Steps steps = new Steps();
        // the tables grew with the last range: without fresh statistics PostgreSQL plans for empty tables
        if (postgres && from > 2) Sql.update(c, "analyze person, occupancy, posting, appointment");
        new RosterSetChecks(c, job, scopePath).run(from, to, out);
        steps.done("checks");
        int live = (int) Sql.single(c, "select count(*) from import_roster_row s where" + RosterSetChecks.LIVE, job, from, to);
        int created = Sql.update(c, "update import_roster_row s set fresh = true where" + RosterSetChecks.LIVE
                + " and (" + NEW + ")", job, from, to);
        steps.done("counts");
        insertPeople(from, to, at);
        steps.done("people");
        insertOccupancies(from, to, at);
        steps.done("occupancies");
        insertPostings(from, to, at);
        steps.done("postings");
        insertAppointments(from, to, at);
        steps.done("appointments");
        logFreshRows(from, to, at);
        steps.done("change log");
        LOG.info("import job " + job + ", rows " + from + "-" + to + ": " + steps);
        return new Stored(created, live - created);
    }

    /** How long each step of a range took: the profile of a load, in the log. */
    private static final class Steps {
        private final StringBuilder text = new StringBuilder();
        private long last = System.nanoTime();

        void done(String step) {
            long now = System.nanoTime();
            text.append(text.length() == 0 ? "" : ", ").append(step).append(' ').append((now - last) / 1_000_000).append(" ms");
            last = now;
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    /** Counts stored rows with the commit of the rows they count. */
    public void commit(Stored stored) throws SQLException {
        if (stored.created() + stored.unchanged() > 0) {
            JdbcImportJobRepository.addStored(c, job, stored.created(), 0, stored.unchanged());
        }
        c.commit();
    }

    public void rollback() throws SQLException {
        // an unfinished COPY holds the connection: every other statement would wait for it forever
        if (staging != null) {
            staging.close();
            staging = null;
        }
        c.rollback();
    }

    /** Drops the staged rows (all of them are on record or rejected by now). */
    public void discardStaged() throws SQLException {
        c.rollback();
        Sql.update(c, "delete from import_roster_row where job_id = ?", job);
        c.commit();
    }

    @Override
    public void close() throws SQLException {
        try {
            if (staging != null) staging.close();
            if (!c.getAutoCommit()) c.rollback();
            c.setAutoCommit(true);
        } finally {
            c.close();
        }
    }

    /** A row creates something when its person or one of its records is not on record yet. */
    private static final String NEW = "not exists (select 1 from person p where p.id_number = s.id_number)"
            + " or s.occ_unit is not null and not exists (select 1 from occupancy o join person p on p.id = o.person_id"
            + " join unit u on u.id = o.unit_id where p.id_number = s.id_number and u.code = s.occ_unit"
            + " and o.quota_type = s.quota_type and o.valid_to is null)"
            + " or s.post_unit is not null and not exists (select 1 from posting o join person p on p.id = o.person_id"
            + " join unit u on u.id = o.unit_id where p.id_number = s.id_number and u.code = s.post_unit"
            + " and o.post_type = s.post_type and o.arrangement = s.arrangement and o.valid_to is null)"
            + " or s.lead_unit is not null and not exists (select 1 from appointment o join person p on p.id = o.person_id"
            + " join unit u on u.id = o.unit_id where p.id_number = s.id_number and u.code = s.lead_unit"
            + " and o.category = s.lead_category and o.valid_to is null)";

    private void insertPeople(int from, int to, Instant at) throws SQLException {
        Sql.update(c, "insert into person (id, id_number, name, gender, birth_date, identity, version, basis_document,"
                + " recorded_by, recorded_at) select " + Sql.nextValue(postgres, "person_seq") + ", t.id_number, t.name, t.gender,"
                + " t.birth_date, t.identity, 1, ?, ?, ? from (select s.*, row_number() over (partition by s.id_number"
                + " order by s.row_no) rn from import_roster_row s where" + RosterSetChecks.LIVE + ") t where t.rn = 1"
                + " and not exists (select 1 from person p where p.id_number = t.id_number)", basis, actor, at, job, from, to);
    }

    private void insertOccupancies(int from, int to, Instant at) throws SQLException {
        Sql.update(c, "insert into occupancy (id, person_id, unit_id, quota_type, valid_from, entry_route, increase_notice_no,"
                + " basis_document, recorded_by, recorded_at, version) select " + Sql.nextValue(postgres, "occupancy_seq")
                + ", p.id, u.id, t.quota_type, t.entry_date, t.entry_route, t.increase_notice, ?, ?, ?, 1 from (select s.*,"
                + " row_number() over (partition by s.id_number, s.occ_unit, s.quota_type order by s.row_no) rn"
                + " from import_roster_row s where" + RosterSetChecks.LIVE + " and s.occ_unit is not null) t"
                + " join person p on p.id_number = t.id_number join unit u on u.code = t.occ_unit where t.rn = 1"
                + " and not exists (select 1 from occupancy o where o.person_id = p.id and o.unit_id = u.id"
                + " and o.quota_type = t.quota_type and o.valid_to is null)", basis, actor, at, job, from, to);
    }

    private void insertPostings(int from, int to, Instant at) throws SQLException {
        Sql.update(c, "insert into posting (id, person_id, unit_id, post_type, arrangement, valid_from, secondment_end,"
                + " approval_document, basis_document, recorded_by, recorded_at, version) select "
                + Sql.nextValue(postgres, "posting_seq") + ", p.id, u.id, t.post_type, t.arrangement, t.post_from, t.secondment_end,"
                + " t.approval_document, ?, ?, ?, 1 from (select s.*, row_number() over (partition by s.id_number,"
                + " s.post_unit, s.post_type, s.arrangement order by s.row_no) rn from import_roster_row s where"
                + RosterSetChecks.LIVE + " and s.post_unit is not null) t join person p on p.id_number = t.id_number"
                + " join unit u on u.code = t.post_unit where t.rn = 1 and not exists (select 1 from posting o"
                + " where o.person_id = p.id and o.unit_id = u.id and o.post_type = t.post_type"
                + " and o.arrangement = t.arrangement and o.valid_to is null)", basis, actor, at, job, from, to);
    }

    private void insertAppointments(int from, int to, Instant at) throws SQLException {
        Sql.update(c, "insert into appointment (id, person_id, unit_id, category, valid_from, basis_document, recorded_by,"
                + " recorded_at, version) select " + Sql.nextValue(postgres, "appointment_seq") + ", p.id, u.id, t.lead_category,"
                + " t.lead_from, ?, ?, ?, 1 from (select s.*, row_number() over (partition by s.id_number, s.lead_unit,"
                + " s.lead_category order by s.row_no) rn from import_roster_row s where" + RosterSetChecks.LIVE
                + " and s.lead_unit is not null) t join person p on p.id_number = t.id_number join unit u on u.code = t.lead_unit"
                + " where t.rn = 1 and not exists (select 1 from appointment o where o.person_id = p.id and o.unit_id = u.id"
                + " and o.category = t.lead_category and o.valid_to is null)", basis, actor, at, job, from, to);
    }

    /** One change-log entry per row that created something: its person, the job and the row number. */
    private void logFreshRows(int from, int to, Instant at) throws SQLException {
        Sql.update(c, "insert into change_log (id, occurred_at, actor, entity_type, entity_id, person_id, action,"
                + " basis_document, after_state) select " + Sql.nextValue(postgres, "change_log_seq") + ", ?, ?, 'person',"
                + " p.id, p.id, '批量导入登记', ?, '{\"importJob\":" + job + ",\"row\":' || s.row_no || '}'"
                + " from import_roster_row s join person p on p.id_number = s.id_number where" + RosterSetChecks.LIVE
                + " and s.fresh", at, actor, basis, job, from, to);
    }

}
