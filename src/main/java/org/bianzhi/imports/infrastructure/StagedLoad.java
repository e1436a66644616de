package org.bianzhi.imports.infrastructure;

import org.bianzhi.shared.infrastructure.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.bianzhi.imports.domain.ImportJobRepository.RejectedCell;
import org.bianzhi.imports.domain.StagedRow;
import org.bianzhi.shared.application.PeopleChanged;

/**
 * A large file stored set-wise: its rows are staged (see {@link Staging}), then each range of rows is checked
 * against the registry and stored with a few statements. Storing runs on one connection of its own, outside JTA,
 * so the caller decides where transactions end: after each range, or once at the very end (all or nothing).
 * Staging has a second connection that commits as it goes ({@link #commitStaged}), so that one thread can store
 * range n while another stages range n + 1; staged rows are scratch, whatever the storing transaction does.
 */
public abstract class StagedLoad implements AutoCloseable {

    /** Staged rows of the range not rejected so far; {@code s} is the staged row. Parameters: job, from, to. */
    static final String LIVE = " s.job_id = ? and s.row_no between ? and ? and not exists (select 1 from import_rejection x"
            + " where x.job_id = s.job_id and x.row_no = s.row_no)";

    protected final Connection c;
    protected final boolean postgres;
    private final DataSource ds;
    /** The staging connection, opened with the first staged row. */
    private Connection sc;
    protected final long job;
    /** Who the stored rows are recorded by. */
    protected final String actor;
    /** What the stored rows did beyond their counts, for the import report ({@link #notes}). */
    protected final List<String> notes = new ArrayList<>();
    private final String table;
    private final String columns;
    private Staging staging;
    private volatile int lastRow;

    /** Receives the faults each check finds, before the next check runs (it must skip those rows). */
    public interface Faults {
        void add(List<RejectedCell> cells);
    }

    /** Rows of one range that were stored: new, replacing a different record, or already on record. */
    public record Stored(int created, int updated, int unchanged) {

        public Stored plus(Stored s) {
            return new Stored(created + s.created, updated + s.updated, unchanged + s.unchanged);
        }
    }

    /** {@code table}: the staging table; {@code columns}: its columns after {@code job_id, row_no}. */
    protected StagedLoad(DataSource ds, long job, String actor, String table, String columns) throws SQLException {
        this.ds = ds;
        this.c = ds.getConnection();
        this.postgres = Sql.postgres(c);
        c.setAutoCommit(false);
        this.job = job;
        this.actor = actor;
        this.table = table;
        this.columns = columns;
    }

    public void stage(StagedRow row) throws SQLException {
        if (sc == null) sc = ds.getConnection();
        if (staging == null) staging = Staging.open(sc, postgres, table, columns, job);
        staging.add(row);
        lastRow = Math.max(lastRow, row.row());
    }

    /**
     * Commits the rows staged so far and refreshes the planner's statistics of the staging table, so that they can
     * be stored (on the other connection) while staging goes on.
     */
    public void commitStaged() throws SQLException {
        if (staging == null) return;
        staging.finish();
        staging.close();
        staging = null;
        if (postgres) Sql.update(sc, "analyze " + table);
        sc.commit();
    }

    /** Ends staging (committing the staged rows); the range checks and inserts start a new transaction. */
    public void staged() throws SQLException {
        commitStaged();
        c.commit();
    }

    public int lastRow() {
        return lastRow;
    }

    /** How many rows a range holds, given the configured size (a load that must see the whole file: all of them). */
    public int rangeRows(int configured) {
        return configured;
    }

    /** Checks rows {@code from}..{@code to}, hands their faults to {@code out}, and stores the rest. */
    public abstract Stored store(int from, int to, Faults out, Instant at) throws SQLException;

    /**
     * The people the stored rows created or changed, each with a unit where their records changed (null: none), once
     * each pair; null when more than {@code maxRows} rows changed something (or the load does not say), and then
     * whatever follows the registry must look at everything.
     */
    public List<PeopleChanged.Touch> changedPeople(int maxRows) throws SQLException {
        return null;
    }

    /** What the stored rows did beyond their counts, for the import report. */
    public List<String> notes() {
        return notes;
    }

    /** A load whose checks must see the whole file at once (duplicates between rows, replaced lists): one range. */
    abstract static class WholeFile extends StagedLoad {

        WholeFile(DataSource ds, long job, String actor, String table, String columns) throws SQLException {
            super(ds, job, actor, table, columns);
        }

        @Override
        public int rangeRows(int configured) {
            return Integer.MAX_VALUE / 2;
        }
    }

    /** Counts stored rows with the commit of the rows they count. */
    public void commit(Stored stored) throws SQLException {
        if (stored.created() + stored.updated() + stored.unchanged() > 0) {
            JdbcImportJobRepository.addStored(c, job, stored.created(), stored.updated(), stored.unchanged());
        }
        c.commit();
    }

    public void rollback() throws SQLException {
        endStaging();
        c.rollback();
    }

    /** Drops rows staged but not committed: an unfinished COPY holds its connection, every other statement would wait. */
    private void endStaging() throws SQLException {
        if (staging != null) {
            staging.close();
            staging = null;
            sc.rollback();
        }
    }

    /** Drops the staged rows (all of them are on record or rejected by now). */
    public void discardStaged() throws SQLException {
        c.rollback();
        Sql.update(c, "delete from " + table + " where job_id = ?", job);
        c.commit();
    }

    @Override
    public void close() throws SQLException {
        try {
            if (sc != null) {
                try {
                    endStaging();
                    sc.setAutoCommit(true);
                } finally {
                    sc.close();
                }
            }
            if (!c.getAutoCommit()) c.rollback();
            c.setAutoCommit(true);
        } finally {
            c.close();
        }
    }

    /** How long each step of a range took: the profile of a load, in the log. */
    protected static final class Steps {
        private final StringBuilder text = new StringBuilder();
        private long last = System.nanoTime();

        public void done(String step) {
            long now = System.nanoTime();
            text.append(text.length() == 0 ? "" : ", ").append(step).append(' ').append((now - last) / 1_000_000).append(" ms");
            last = now;
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
