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

    /** A streamed job of its own ({@link StreamedImport}), after which the bulk rows' events are raised here. */
    private void streamed(ImportJob job, Path file, LiveJob live, StreamedImport.LoadOpener opener, StreamedImport.RowCheck check)
            throws SQLException {
        new StreamedImport(job, file, live, check, jobs, clock, load -> storedInBulk(job.kind(), load)).run(opener, threads, chunkRows);
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
        jobs.progress(job.id(), ImportProgress.STORING, 0.1, table.rows().size(), 0);
        return table;
    }

    /** Reports what a file read whole did ({@code counted}: its counts are stored already, with its rows). */
    private void finish(ImportJob job, ImportTable table, RowResults r, boolean counted) {
        List<String> headerNotes = new ArrayList<>(table.notes());
        headerNotes.addAll(ImportHeaders.check(job.kind(), table.headers()));
        Rejections rejections = new Rejections(jobs, job.id());
        rejections.add(r.rejected);
        rejections.flush();
        ImportNotes notes = new ImportNotes();
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

    static String message(ImportJobState state, int rejected) {
        if (state == ImportJobState.REJECTED) {
            return "文件中有 " + rejected + " 行数据有误，整个文件未导入。请下载错误行文件，按“错误原因”列修改后重新导入，"
                    + "或选择“只导入正确的行”（mode=valid-rows）";
        }
        return rejected == 0 ? "全部数据行已导入" : rejected + " 行有误未导入，其余行已导入；错误行可下载修改后重新导入";
    }
}
