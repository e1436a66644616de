package org.bianzhi.imports.infrastructure;

import org.bianzhi.shared.infrastructure.Sql;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.bianzhi.imports.domain.ImportJob;
import org.bianzhi.imports.domain.ImportJobRepository;
import org.bianzhi.imports.domain.ImportJobState;
import org.bianzhi.imports.domain.ImportKind;
import org.bianzhi.imports.domain.ImportMode;
import org.bianzhi.shared.infrastructure.DatabaseDefinition;

/**
 * Import jobs in plain JDBC, each call committed on its own (outside any JTA transaction), so a job's
 * progress is visible while its data are still being written and survives a rollback of that data.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class JdbcImportJobRepository implements ImportJobRepository {

    private static final String COLUMNS = "id, kind, mode, state, phase, file_name, file_format, file_bytes, basis_document,"
            + " submitted_by, scope_path, submitted_at, started_at, finished_at, progress, rows_read, rows_rejected,"
            + " rows_created, rows_updated, rows_unchanged, cancel_requested, message, notes, as_of";

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;

    @Override
    public long create(ImportKind kind, ImportMode mode, String fileName, long fileBytes, String basis, String submittedBy,
                       String scopePath, LocalDate asOf, Instant at) {
        return Sql.call(dataSource, c -> {
            long id = Sql.single(c, "select " + Sql.nextValue(Sql.postgres(c), "import_job_seq"));
            Sql.update(c, "insert into import_job (" + COLUMNS + ") values (?, ?, ?, ?, null, ?, null, ?, ?, ?, ?, ?, null, null,"
                    + " 0, 0, 0, 0, 0, 0, false, null, null, ?)", id, kind.name(), mode.name(), ImportJobState.QUEUED.name(),
                    fileName, fileBytes, basis, submittedBy, scopePath, at, asOf);
            return id;
        });
    }

    @Override
    public Optional<ImportJob> find(long id) {
        List<ImportJob> jobs = select("select " + COLUMNS + " from import_job where id = ?", id);
        return jobs.stream().findFirst();
    }

    @Override
    public List<ImportJob> recent(String submittedBy, int offset, int limit) {
        String where = submittedBy == null ? "" : " where submitted_by = ?";
        Object[] params = submittedBy == null ? new Object[] {offset, limit} : new Object[] {submittedBy, offset, limit};
        return select("select " + COLUMNS + " from import_job" + where + " order by submitted_at desc, id desc"
                + " offset ? rows fetch first ? rows only", params);
    }

    @Override
    public long count(String submittedBy) {
        return Sql.call(dataSource, c -> submittedBy == null ? Sql.single(c, "select count(*) from import_job")
                : Sql.single(c, "select count(*) from import_job where submitted_by = ?", submittedBy));
    }

    @Override
    public void started(long id, Instant at) {
        Sql.run(dataSource, c -> Sql.update(c, "update import_job set state = ?, started_at = ? where id = ?",
                ImportJobState.RUNNING.name(), at, id));
    }

    @Override
    public void described(long id, String fileFormat) {
        Sql.run(dataSource, c -> Sql.update(c, "update import_job set file_format = ? where id = ?", fileFormat, id));
    }

    @Override
    public void progress(long id, String phase, double progress, int rowsRead, int rowsRejected) {
        Sql.run(dataSource, c -> Sql.update(c, "update import_job set phase = ?, progress = ?, rows_read = ?, rows_rejected = ?"
                + " where id = ?", phase, progress, rowsRead, rowsRejected, id));
    }

    @Override
    public void finished(long id, ImportJobState state, String message, String notes, int rowsRejected, Instant at) {
        Sql.run(dataSource, c -> Sql.update(c, "update import_job set state = ?, phase = null, message = ?, notes = ?,"
                + " rows_rejected = ?, finished_at = ?, progress = case when ? then 1 else progress end where id = ?",
                state.name(), Sql.cut(message, 2000), Sql.cut(notes, 20000), rowsRejected, at,
                state == ImportJobState.SUCCEEDED, id));
    }

    @Override
    public void stored(long id, int created, int updated, int unchanged) {
        Sql.run(dataSource, c -> addStored(c, id, created, updated, unchanged));
    }

    /** Adds to the stored counts on {@code c}, so that they commit with the rows they count. */
    public static void addStored(Connection c, long id, int created, int updated, int unchanged) throws SQLException {
        Sql.update(c, "update import_job set rows_created = rows_created + ?, rows_updated = rows_updated + ?,"
                + " rows_unchanged = rows_unchanged + ? where id = ?", created, updated, unchanged, id);
    }

    @Override
    public void requestCancel(long id) {
        Sql.run(dataSource, c -> Sql.update(c, "update import_job set cancel_requested = true where id = ?", id));
    }

    @Override
    public boolean cancelRequested(long id) {
        return Sql.call(dataSource, c -> Sql.single(c, "select count(*) from import_job where id = ? and cancel_requested", id) > 0);
    }

    @Override
    public void reject(long id, List<RejectedCell> cells) {
        if (cells.isEmpty()) return;
        Sql.run(dataSource, c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "insert into import_rejection (job_id, row_no, column_name, reason) values (?, ?, ?, ?)")) {
                for (RejectedCell cell : cells) {
                    s.setLong(1, id);
                    s.setInt(2, cell.row());
                    s.setString(3, Sql.cut(cell.column(), 50));
                    s.setString(4, Sql.cut(cell.reason(), 1000));
                    s.addBatch();
                }
                s.executeBatch();
            }
        });
    }

    @Override
    public int countRejectedRows(long id) {
        return Sql.call(dataSource, c -> (int) Sql.single(c, "select count(distinct row_no) from import_rejection where job_id = ?", id));
    }

    @Override
    public List<RejectedCell> rejections(long id, int afterRow, int rows) {
        return Sql.call(dataSource, c -> {
            long last = Sql.single(c, "select coalesce(max(row_no), 0) from (select distinct row_no from import_rejection"
                    + " where job_id = ? and row_no > ? order by row_no fetch first ? rows only) t", id, afterRow, rows);
            List<RejectedCell> cells = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("select row_no, column_name, reason from import_rejection"
                    + " where job_id = ? and row_no > ? and row_no <= ? order by row_no")) {
                Sql.bind(s, id, afterRow, last);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) cells.add(new RejectedCell(r.getInt(1), r.getString(2), r.getString(3)));
                }
            }
            return cells;
        });
    }

    @Override
    public List<Long> interruptUnfinished(String message, Instant at) {
        return Sql.call(dataSource, c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("select id from import_job where state in (?, ?)")) {
                s.setString(1, ImportJobState.QUEUED.name());
                s.setString(2, ImportJobState.RUNNING.name());
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) ids.add(r.getLong(1));
                }
            }
            for (long id : ids) {
                Sql.update(c, "update import_job set state = ?, phase = null, message = ?, finished_at = ? where id = ?",
                        ImportJobState.INTERRUPTED.name(), message, at, id);
                Sql.update(c, "delete from import_roster_row where job_id = ?", id);
                Sql.update(c, "delete from import_payroll_row where job_id = ?", id);
                Sql.update(c, "delete from import_approval_row where job_id = ?", id);
                Sql.update(c, "delete from import_unit_row where job_id = ?", id);
                Sql.update(c, "delete from import_crossing_row where job_id = ?", id);
                Sql.update(c, "delete from import_issuance_row where job_id = ?", id);
                Sql.update(c, "delete from import_certificate_row where job_id = ?", id);
            }
            return ids;
        });
    }

    private List<ImportJob> select(String sql, Object... params) {
        return Sql.call(dataSource, c -> {
            List<ImportJob> jobs = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(sql)) {
                Sql.bind(s, params);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) jobs.add(job(r));
                }
            }
            return jobs;
        });
    }

    private static ImportJob job(ResultSet r) throws SQLException {
        return new ImportJob(r.getLong("id"), ImportKind.valueOf(r.getString("kind")), ImportMode.valueOf(r.getString("mode")),
                ImportJobState.valueOf(r.getString("state")), r.getString("phase"), r.getString("file_name"),
                r.getString("file_format"), r.getLong("file_bytes"), r.getString("basis_document"),
                r.getString("submitted_by"), r.getString("scope_path"), instant(r, "submitted_at"), instant(r, "started_at"),
                instant(r, "finished_at"), r.getDouble("progress"), r.getInt("rows_read"), r.getInt("rows_rejected"),
                r.getInt("rows_created"), r.getInt("rows_updated"), r.getInt("rows_unchanged"),
                r.getBoolean("cancel_requested"), r.getString("message"), r.getString("notes"), Sql.localDate(r, "as_of"));
    }

    private static Instant instant(ResultSet r, String column) throws SQLException {
        OffsetDateTime t = r.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
