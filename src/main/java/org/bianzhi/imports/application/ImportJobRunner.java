package org.bianzhi.imports.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.bianzhi.imports.domain.ImportJob;
import org.bianzhi.imports.domain.ImportJobRepository;
import org.bianzhi.imports.domain.ImportJobState;
import org.bianzhi.imports.domain.ImportKind;
import org.bianzhi.imports.domain.ImportMode;
import org.bianzhi.imports.domain.ImportTable;
import org.bianzhi.imports.infrastructure.ApprovalBulkLoad;
import org.bianzhi.imports.infrastructure.CertificateBulkLoad;
import org.bianzhi.imports.infrastructure.CrossingBulkLoad;
import org.bianzhi.imports.infrastructure.IssuanceBulkLoad;
import org.bianzhi.imports.infrastructure.PayrollBulkLoad;
import org.bianzhi.imports.infrastructure.RosterBulkLoad;
import org.bianzhi.imports.infrastructure.RowSink;
import org.bianzhi.imports.infrastructure.StagedLoad;
import org.bianzhi.imports.infrastructure.TableFiles;
import org.bianzhi.imports.infrastructure.TableStatistics;
import org.bianzhi.imports.infrastructure.UnitBulkLoad;
import org.bianzhi.shared.application.Incident;
import org.bianzhi.shared.application.PeopleChanged;
import org.bianzhi.shared.application.RegistryChanged;
import org.bianzhi.shared.application.Caller;
import org.bianzhi.shared.application.RegistryClock;
import org.bianzhi.shared.domain.BianzhiException;
import org.bianzhi.shared.infrastructure.DatabaseDefinition;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs import jobs, one at a time per service (they compete for the same rows and the same two cores).
 * A roster, a payroll list or a file of approvals is streamed from the file into staging and stored set-wise
 * ({@link RosterBulkLoad}, {@link PayrollBulkLoad}, {@link ApprovalBulkLoad}); units and travel applications, a few tens
 * of thousands of rows at most, go through the application services ({@link ImportPass}).
 * Whatever happens, the job ends in a final state with its counts, and its staged rows are gone.
 */
@ApplicationScoped
public class ImportJobRunner {

    private static final Logger LOG = Logger.getLogger(ImportJobRunner.class.getName());
    private static final String READING = "读取校验";
    private static final String STORING = "入库";
    /** Share of a roster job's time spent reading and staging, for the estimate of the time left. */
    private static final double READ_SHARE = 0.35;
    private static final int MAX_NOTES = 50;

    private final Semaphore oneAtATime = new Semaphore(1, true);

    @Inject
    ImportJobRepository jobs;

    @Inject
    ImportPass pass;

    @Inject
    Caller caller;

    @Inject
    RegistryClock clock;

    @Inject
    TableStatistics statistics;

    @Inject
    Event<RegistryChanged> changed;

    @Inject
    Event<PeopleChanged> peopleChanged;

    @Inject
    @ConfigProperty(name = "bianzhi.import.chunk-rows", defaultValue = "200000")
    int chunkRows;

    /**
     * A roster import whose rows changed at most this many rows tells the search index and the audit whom it changed;
     * above it they rebuild and re-evaluate everything, which is faster for a province's file.
     */
    @Inject
    @ConfigProperty(name = "bianzhi.import.follow-rows-max", defaultValue = "5000")
    int followRowsMax;

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;

    /** The thread that reads a streamed file while the job's thread stores it. */
    @Resource
    ManagedThreadFactory threads;

    /** Thrown from inside the reading loop when the job is cancelled (or storing gave up). */
    static final class Cancelled extends RuntimeException {
        Cancelled() {
            super(null, null, false, false);
        }
    }

    @ActivateRequestContext
    void run(long jobId, Caller.Identity who, Path file, LiveJob live) {
        try {
            oneAtATime.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            live.done.completeExceptionally(e);
            return;
        }
        try {
            caller.actFor(who, "/import-jobs/" + jobId);
            ImportJob job = jobs.find(jobId).orElseThrow();
            live.started = true;
            jobs.started(jobId, clock.now());
            if (job.kind() == ImportKind.ROSTER) {
                LocalDate asOf = job.asOf() != null ? job.asOf() : clock.today();
                streamed(job, file, live, () -> new RosterBulkLoad(dataSource, job.id(), job.submittedBy(), job.basisDocument(),
                        job.scopePath(), asOf), (row, today) -> RosterRowCheck.check(row, today, asOf));
            } else if (job.kind() == ImportKind.QUOTAS || job.kind() == ImportKind.LEADERSHIP) {
                boolean quota = job.kind() == ImportKind.QUOTAS;
                streamed(job, file, live, () -> new ApprovalBulkLoad(dataSource, job.id(), job.submittedBy(), quota),
                        quota ? ApprovalRowCheck::quota : ApprovalRowCheck::leadership);
            } else if (job.kind() == ImportKind.PAYROLL) {
                streamed(job, file, live, () -> new PayrollBulkLoad(dataSource, job.id(), job.submittedBy()), PayrollRowCheck::check);
            } else if (job.kind() == ImportKind.BORDER_CROSSINGS) {
                streamed(job, file, live, () -> new CrossingBulkLoad(dataSource, job.id(), job.submittedBy()), CrossingRowCheck::check);
            } else if (job.kind() == ImportKind.DOCUMENT_ISSUANCES) {
                streamed(job, file, live, () -> new IssuanceBulkLoad(dataSource, job.id(), job.submittedBy()), PublicSecurityRowCheck::issuance);
            } else if (job.kind() == ImportKind.EXIT_CERTIFICATES) {
                streamed(job, file, live, () -> new CertificateBulkLoad(dataSource, job.id(), job.submittedBy()),
                        PublicSecurityRowCheck::certificate);
            } else if (job.kind() == ImportKind.UNITS) {
                units(job, file, live);
            } else {
                table(job, file, live);
            }
            live.done.complete(null);
        } catch (BianzhiException e) {
            jobs.finished(jobId, ImportJobState.FAILED, e.getMessage(), null, jobs.countRejectedRows(jobId), clock.now());
            live.done.completeExceptionally(e);
        } catch (RuntimeException | SQLException e) {
            String incident = Incident.record(LOG, "import job " + jobId + " failed", e);
            jobs.finished(jobId, ImportJobState.FAILED, "导入因系统错误中止，数据库未作改动（全部或全不）或只保留已报告入库的行。"
                    + "请将事件编号 " + incident + " 告知系统管理员。", null, jobs.countRejectedRows(jobId), clock.now());
            live.done.completeExceptionally(e);
        } finally {
            oneAtATime.release();
        }
    }

    /** Checks one row on its own. */
    interface RowCheck {
        CheckedRow<?> check(ImportTable.Row row, LocalDate today);
    }

    /** Opens the set-wise load of a job. */
    interface LoadOpener {
        StagedLoad open() throws SQLException;
    }

    /**
     * Streams the file into staging, row by row, and stores it in ranges: a second thread reads, checks each row on its
     * own and stages it, while this one stores the ranges already staged (reading is the service's CPU, storing the
     * database's: each has a core). Storing keeps its one transaction (all or nothing) or commits each range.
     */
    private void streamed(ImportJob job, Path file, LiveJob live, LoadOpener opener, RowCheck check) throws SQLException {
        Progress progress = new Progress(job.id(), live);
        Rejections rejections = new Rejections(jobs, job.id());
        Notes notes = new Notes();
        LocalDate today = clock.today();
        try (StagedLoad load = opener.open()) {
            StagedRanges ranges = new StagedRanges(load.rangeRows(chunkRows));
            Thread reader = threads.newThread(() -> read(job, file, live, load, check, today, ranges, progress, rejections, notes));
            reader.start();
            StagedLoad.Stored total;
            try {
                total = storeRanges(job, load, ranges, progress, rejections);
            } catch (Cancelled e) {
                total = null;
            } finally {
                ranges.stop();
                awaitEnd(reader);
            }
            if (total == null) {
                cancelled(job, load, rejections, notes);
                return;
            }
            ImportJobState state = ImportJobState.SUCCEEDED;
            if (job.mode() == ImportMode.ALL_OR_NOTHING) {
                if (rejections.rows > 0) {
                    load.rollback();
                    state = ImportJobState.REJECTED;
                } else {
                    load.commit(total);
                }
            }
            storedInBulk(job.kind(), load);
            if (state == ImportJobState.SUCCEEDED) notes.addAll(load.notes());
            jobs.finished(job.id(), state, message(state, rejections.rows), notes.text(), rejections.rows, clock.now());
            load.discardStaged();
        }
    }

    /** Stores each range once it is staged; the total stored (all or nothing), or null when the job was cancelled. */
    private StagedLoad.Stored storeRanges(ImportJob job, StagedLoad load, StagedRanges ranges, Progress progress,
                                          Rejections rejections) throws SQLException {
        StagedLoad.Stored total = new StagedLoad.Stored(0, 0, 0);
        for (StagedRanges.Range r = next(ranges); r != null; r = next(ranges)) {
            if (progress.cancelled()) return null;
            StagedLoad.Stored s = load.store(r.from(), r.to(), rejections::addNow, clock.now().truncatedTo(ChronoUnit.MICROS));
            if (job.mode() == ImportMode.VALID_ROWS) load.commit(s);
            else total = total.plus(s);
            if (ranges.readingEnded()) {
                progress.tick(STORING, READ_SHARE + (1 - READ_SHARE) * (r.to() - 1) / (double) Math.max(1, load.lastRow() - 1),
                        rejections);
            }
        }
        return total;
    }

    private static StagedRanges.Range next(StagedRanges ranges) {
        try {
            return ranges.next();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("导入作业被中断", e);
        }
    }

    /** The reader must be done with the staging connection before the load closes it. */
    private static void awaitEnd(Thread reader) {
        boolean interrupted = false;
        while (reader.isAlive()) {
            try {
                reader.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    /** The reading thread: reads, checks and stages the rows, handing each range over once staged and committed. */
    private void read(ImportJob job, Path file, LiveJob live, StagedLoad load, RowCheck check, LocalDate today,
                      StagedRanges ranges, Progress progress, Rejections rejections, Notes notes) {
        try {
            TableFiles.read(file, job.kind(), new RowSink() {
                @Override
                public void note(String note) {
                    notes.add(note);
                }

                @Override
                public void headers(List<String> headers, String encoding) {
                    jobs.described(job.id(), encoding);
                    notes.addAll(ImportHeaders.check(job.kind(), headers));
                }

                @Override
                public void row(ImportTable.Row row, double fractionRead) {
                    if (ranges.stopped()) throw new Cancelled();
                    if (ranges.beyond(row.number())) {
                        rejections.flush();
                        commitStaged(load);
                        ranges.stagedBefore(row.number());
                    }
                    live.rowsRead++;
                    CheckedRow<?> result = check.check(row, today);
                    if (result.staged() == null) {
                        rejections.add(result.faults());
                    } else {
                        stage(load, result);
                        if (result.convertedId()) {
                            notes.add("第 " + row.number() + " 行：15 位身份证号 " + row.get("身份证号") + " 已转换为 "
                                    + result.staged().idNumber());
                        }
                    }
                    progress.tick(READING, READ_SHARE * fractionRead, rejections);
                }
            });
            if (live.rowsRead == 0) throw BianzhiException.invalid("file", "文件只有表头，没有数据行");
            rejections.flush();
            jobs.progress(job.id(), STORING, READ_SHARE, live.rowsRead, rejections.rows);
            commitStaged(load);
            ranges.ended(load.lastRow());
        } catch (RuntimeException e) {
            ranges.failed(e);
        } catch (Error e) {
            ranges.failed(new IllegalStateException(e));
            throw e;
        }
    }

    private static void commitStaged(StagedLoad load) {
        try {
            load.commitStaged();
        } catch (SQLException e) {
            throw new IllegalStateException("暂存导入行失败：" + e.getMessage(), e);
        }
    }

    private void cancelled(ImportJob job, StagedLoad load, Rejections rejections, Notes notes) throws SQLException {
        load.rollback();
        rejections.flush();
        if (job.mode() == ImportMode.VALID_ROWS) storedInBulk(job.kind(), load);
        jobs.finished(job.id(), ImportJobState.CANCELLED, job.mode() == ImportMode.ALL_OR_NOTHING
                ? "导入已取消，数据库未作任何改动" : "导入已取消；取消前已报告入库的行已保存", notes.text(), rejections.rows, clock.now());
        load.discardStaged();
    }

    private static void stage(StagedLoad load, CheckedRow<?> result) {
        try {
            load.stage(result.staged());
        } catch (SQLException e) {
            throw new IllegalStateException("暂存导入行失败：" + e.getMessage(), e);
        }
    }

    /** Travel applications: read whole and stored through the services. */
    private void table(ImportJob job, Path file, LiveJob live) {
        ImportTable table = read(job, file, live);
        finish(job, table, pass.runAll(job.kind(), table, job.basisDocument(), job.mode()), false);
    }

    /**
     * Units, read whole (a province has some 20,000): planned in memory against the registry and stored set-wise
     * ({@link UnitBulkLoad}) when the file only establishes units (a new province, a file imported again), else
     * stored row by row through the service, which also records changes (both with the same outcome).
     */
    private void units(ImportJob job, Path file, LiveJob live) throws SQLException {
        long start = System.nanoTime();
        ImportTable table = read(job, file, live);
        long read = System.nanoTime();
        RowResults r = null;
        boolean counted = false;
        try (UnitBulkLoad load = new UnitBulkLoad(dataSource, job.id(), job.submittedBy(), job.basisDocument())) {
            Set<String> nameKeys = new HashSet<>();
            var registry = new UnitPlan.Registry(load.registry(nameKeys), nameKeys);
            ImportPass.UnitsPlanned plan = pass.planUnits(table, job.basisDocument(), job.mode(), registry);
            LOG.info("import job " + job.id() + ": units file read in " + (read - start) / 1_000_000 + " ms, planned in "
                    + (System.nanoTime() - read) / 1_000_000 + " ms" + (plan == null ? " (it changes units: row by row)" : ""));
            if (plan != null) {
                r = plan.results();
                boolean refused = job.mode() == ImportMode.ALL_OR_NOTHING && !r.rejected.isEmpty();
                if (!refused && !plan.units().isEmpty()) {
                    Instant at = clock.now().truncatedTo(ChronoUnit.MICROS);
                    load.stage(plan.units(), at);
                    load.staged();
                    load.store(at);
                    load.commit(new StagedLoad.Stored(r.created, r.updated, r.unchanged)); // the counts with the rows
                    counted = true;
                    load.discardStaged();
                }
            }
        }
        if (r == null) r = pass.runAll(job.kind(), table, job.basisDocument(), job.mode());
        finish(job, table, r, counted);
    }

    private ImportTable read(ImportJob job, Path file, LiveJob live) {
        ImportTable table = TableFiles.readAll(file, job.kind());
        jobs.described(job.id(), table.encoding());
        if (table.rows().isEmpty()) throw BianzhiException.invalid("file", "文件只有表头，没有数据行");
        live.rowsRead = table.rows().size();
        jobs.progress(job.id(), STORING, 0.1, table.rows().size(), 0);
        return table;
    }

    /** Reports what a file read whole did ({@code counted}: its counts are stored already, with its rows). */
    private void finish(ImportJob job, ImportTable table, RowResults r, boolean counted) {
        List<String> headerNotes = new ArrayList<>(table.notes());
        headerNotes.addAll(ImportHeaders.check(job.kind(), table.headers()));
        Rejections rejections = new Rejections(jobs, job.id());
        rejections.add(r.rejected);
        rejections.flush();
        Notes notes = new Notes();
        notes.addAll(headerNotes);
        notes.addAll(r.notes);
        boolean refused = job.mode() == ImportMode.ALL_OR_NOTHING && rejections.rows > 0;
        if (!refused && !counted) jobs.stored(job.id(), r.created, r.updated, r.unchanged);
        ImportJobState state = refused ? ImportJobState.REJECTED : ImportJobState.SUCCEEDED;
        statistics.refresh(job.kind());
        jobs.finished(job.id(), state, message(state, rejections.rows), notes.text(), rejections.rows, clock.now());
    }

    /**
     * After rows were committed in bulk, before the job reports its end: fresh planner statistics, then the change
     * events the bulk rows did not raise row by row: the people a small import changed (a clerk's correction is
     * indexed and audited alone), or everything after a large one (the index is rebuilt, the audit runs in full).
     */
    private void storedInBulk(ImportKind kind, StagedLoad load) throws SQLException {
        statistics.refresh(kind);
        if (kind != ImportKind.ROSTER) return;
        List<PeopleChanged.Touch> touched = load.changedPeople(followRowsMax);
        if (touched == null) changed.fire(RegistryChanged.ofEverything());
        else if (!touched.isEmpty()) peopleChanged.fire(new PeopleChanged(touched));
    }

    private static String message(ImportJobState state, int rejected) {
        if (state == ImportJobState.REJECTED) {
            return "文件中有 " + rejected + " 行数据有误，整个文件未导入。请下载错误行文件，按“错误原因”列修改后重新导入，"
                    + "或选择“只导入正确的行”（mode=valid-rows）";
        }
        return rejected == 0 ? "全部数据行已导入" : rejected + " 行有误未导入，其余行已导入；错误行可下载修改后重新导入";
    }

    /** Writes progress at most once a second, and picks up a cancellation requested through another instance. */
    private final class Progress {
        private final long id;
        private final LiveJob live;
        private long lastWrite;

        Progress(long id, LiveJob live) {
            this.id = id;
            this.live = live;
        }

        synchronized void tick(String phase, double share, Rejections rejections) {
            long now = System.nanoTime();
            if (now - lastWrite < 1_000_000_000L) {
                if (live.cancel.get() && phase.equals(READING)) throw new Cancelled();
                return;
            }
            lastWrite = now;
            rejections.flush();
            jobs.progress(id, phase, share, live.rowsRead, rejections.rows);
            if (cancelled() && phase.equals(READING)) throw new Cancelled();
        }

        boolean cancelled() {
            if (!live.cancel.get() && jobs.cancelRequested(id)) live.cancel.set(true);
            return live.cancel.get();
        }
    }

    /** Import notes, the first {@link #MAX_NOTES} of them and a count of the rest. */
    private static final class Notes {
        private final List<String> list = new ArrayList<>();
        private int more;

        void add(String note) {
            if (list.contains(note)) return;
            if (list.size() < MAX_NOTES) list.add(note);
            else more++;
        }

        void addAll(List<String> notes) {
            notes.forEach(this::add);
        }

        String text() {
            List<String> all = new ArrayList<>(list);
            if (more > 0) all.add("另有 " + more + " 条同类说明未列出");
            return all.isEmpty() ? null : String.join("\n", all);
        }
    }
}
