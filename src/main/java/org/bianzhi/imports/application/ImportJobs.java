package org.bianzhi.imports.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.bianzhi.imports.domain.ImportJob;
import org.bianzhi.imports.domain.ImportJobRepository.RejectedCell;
import org.bianzhi.imports.domain.ImportJobRepository;
import org.bianzhi.imports.domain.ImportJobState;
import org.bianzhi.imports.domain.ImportKind;
import org.bianzhi.imports.domain.ImportMode;
import org.bianzhi.imports.domain.ImportReport;
import org.bianzhi.imports.infrastructure.ImportFiles;
import org.bianzhi.imports.infrastructure.RejectedRow;
import org.bianzhi.imports.infrastructure.RejectedRowsFile;
import org.bianzhi.imports.infrastructure.TemplateWorkbook;
import org.bianzhi.shared.application.Page;
import org.bianzhi.shared.application.Bound;
import org.bianzhi.shared.application.Bounds;
import org.bianzhi.shared.application.Caller;
import org.bianzhi.shared.application.RegistryClock;
import org.bianzhi.shared.application.Scope;
import org.bianzhi.shared.domain.BianzhiException;
import org.bianzhi.shared.domain.Check;
import org.bianzhi.shared.domain.Violation;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * 批量导入 as jobs: an upload becomes a job that runs in the background. Small files (up to
 * {@code bianzhi.import.sync-rows}, 50,000) and callers that ask to wait get the finished report in the same request;
 * larger files answer at once with the job, whose progress, rejected rows and cancellation are here.
 */
@ApplicationScoped
public class ImportJobs {

    /** Files up to this many rows are answered synchronously (the 50,000; tests lower it). */
    @Inject
    @ConfigProperty(name = "bianzhi.import.sync-rows", defaultValue = "50000")
    int syncRows;
    /** A job still queued behind another after this long is answered as a job, even if small. */
    private static final long QUEUED_PATIENCE_MS = 5_000;

    @Inject
    ImportJobRepository jobs;

    @Inject
    ImportFiles files;

    @Inject
    ImportJobRunner runner;

    @Inject
    Caller caller;

    @Inject
    Scope scope;

    @Inject
    RegistryClock clock;

    @Inject
    ImportExecutor executor;

    private final Map<Long, LiveJob> live = new ConcurrentHashMap<>();

    /** The job, finished if it could be waited for; {@code report} is set when it finished in this request. */
    public record Submitted(ImportJob job, ImportReport report) {}

    /**
     * Takes an upload. {@code asOf} (数据时点, null: today) is the day a roster describes: its undated facts hold from
     * then; only a roster has one, and not in the future (it describes what is, not what is planned).
     */
    public Submitted submit(ImportKind kind, ImportMode mode, String basis, String fileName, LocalDate asOf, InputStream body,
                            boolean wait) {
        requireMayImport(kind);
        // the job row's columns: basis_document varchar(200), file_name varchar(255)
        Check texts = new Check();
        texts.require(basis == null || basis.strip().length() <= Bounds.CHARS, "basis", "basis 不能超过 " + Bounds.CHARS + " 个字符（现有 "
                + (basis == null ? 0 : basis.strip().length()) + " 个）");
        texts.require(fileName == null || fileName.length() <= 255, "fileName", "fileName 不能超过 255 个字符（现有 "
                + (fileName == null ? 0 : fileName.length()) + " 个）");
        LocalDate today = clock.today();
        texts.require(asOf == null || kind == ImportKind.ROSTER, "asOf", "数据时点（asOf）只用于实名人员花名册导入");
        texts.require(asOf == null || !asOf.isAfter(today), "asOf", "数据时点 " + asOf + " 晚于今天（" + today + "）：花名册描述已有的情况");
        texts.require(asOf == null || !asOf.isBefore(LocalDate.parse(Bound.PRC)), "asOf", "数据时点 " + asOf + " 早于 " + Bound.PRC);
        texts.orThrow();
        Path received = files.receive(body);
        long size = size(received);
        if (size == 0) {
            files.delete(received);
            throw BianzhiException.invalid("file", "请求内容为空：请上传 CSV 或 XLSX 文件");
        }
        String basisDocument = basis == null || basis.isBlank() ? "批量导入（" + kind.label() + "）" : basis.strip();
        LocalDate snapshot = kind == ImportKind.ROSTER ? (asOf == null ? today : asOf) : null;
        long id = jobs.create(kind, mode, fileName, size, basisDocument, caller.name(), scope.unitPath(), snapshot, clock.now());
        Path file = files.keep(received, id);
        LiveJob job = new LiveJob(id);
        live.put(id, job);
        Caller.Identity who = caller.identity();
        executor.execute(() -> {
            try {
                runner.run(id, who, file, job);
            } finally {
                live.remove(id);
            }
        });
        return await(job, wait);
    }

    private Submitted await(LiveJob job, boolean wait) {
        long since = System.currentTimeMillis();
        while (true) {
            try {
                job.done.get(100, TimeUnit.MILLISECONDS);
                ImportJob finished = jobs.find(job.id).orElseThrow();
                ImportReport report = report(finished);
                if (finished.state() == ImportJobState.REJECTED) throw new ImportRejectedException(report, job.id);
                return new Submitted(finished, report);
            } catch (TimeoutException e) {
                boolean large = job.rowsRead > syncRows;
                boolean stuck = !job.started && System.currentTimeMillis() - since > QUEUED_PATIENCE_MS;
                if (!wait && (large || stuck)) return new Submitted(jobs.find(job.id).orElseThrow(), null);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof BianzhiException be) throw be;
                throw new IllegalStateException("导入失败：" + e.getCause().getMessage(), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Submitted(jobs.find(job.id).orElseThrow(), null);
            }
        }
    }

    /**
     * The job, if the caller may see it: their own, or anyone's for roles that see every unit — but 干部监督, who
     * imports travel records only, sees their own jobs only (others' rejected rows hold the roster's data).
     */
    public ImportJob find(long id) {
        ImportJob job = jobs.find(id).orElseThrow(() -> BianzhiException.notFound("导入作业", String.valueOf(id)));
        boolean own = caller.name().equals(job.submittedBy());
        if (!scope.seesWorkOf(job.submittedBy()) || (cadreSupervision() && !own)) {
            throw BianzhiException.notFound("导入作业", String.valueOf(id));
        }
        return job;
    }

    public Page<ImportJob> recent(int offset, int limit) {
        String only = scope.unitPath() == null && !cadreSupervision() ? null : caller.name();
        return new Page<>(jobs.recent(only, offset, limit), jobs.count(only), offset, limit);
    }

    /** The template of a kind ({@link TemplateWorkbook}, 导入模板) for a caller who may import that kind, else 403. */
    public Consumer<OutputStream> template(ImportKind kind) {
        requireMayImport(kind);
        return out -> TemplateWorkbook.write(kind, out);
    }

    /**
     * Refuses (403) a caller who may not import this kind: only the roster is imported by unit clerks, for their units;
     * 干部监督 imports the records of private travel only.
     */
    private void requireMayImport(ImportKind kind) {
        if (kind != ImportKind.ROSTER) scope.requireAllUnits("导入" + kind.label());
        if (cadreSupervision() && !kind.travel()) {
            throw BianzhiException.forbidden("干部监督人员只能导入因私出国（境）的数据，不能导入" + kind.label());
        }
    }

    private boolean cadreSupervision() {
        return CADRE_SUPERVISION.equals(caller.role());
    }

    private static final String CADRE_SUPERVISION = "CADRE_SUPERVISION";

    /** Asks the job to stop; a job that has finished is left as it is. */
    public ImportJob cancel(long id) {
        ImportJob job = find(id);
        if (job.state().finished()) {
            throw BianzhiException.conflict("job-finished", "导入作业 " + id + " 已结束（" + job.state().label() + "），无法取消");
        }
        jobs.requestCancel(id);
        LiveJob running = live.get(id);
        if (running != null) running.cancel.set(true);
        return jobs.find(id).orElseThrow();
    }

    /** The report of a finished job, its rejected rows with their reasons included. */
    public ImportReport report(ImportJob job) {
        List<Violation> rejected = new ArrayList<>();
        new RejectionPages(jobs, job.id()).forEachRemaining(c -> rejected.add(Violation.ofRow(c.row(), c.column(), c.reason())));
        List<String> notes = new ArrayList<>();
        if (job.notes() != null) notes.addAll(List.of(job.notes().split("\n")));
        if (job.asOf() != null) notes.add("数据时点 " + job.asOf() + "：没有到岗日期、入编日期的任职和领导职务自该日起");
        return new ImportReport(job.kind().path(), job.fileFormat(), job.rowsRead(), job.rowsCreated(), job.rowsUpdated(),
                job.rowsUnchanged(), rejected, notes, "/api/v1/import-jobs/" + job.id());
    }

    /** The input's rejected rows as an XLSX workbook with the column 错误原因, ready to correct and import again. */
    public Consumer<OutputStream> rejectedRows(long id) {
        ImportJob job = find(id);
        if (job.rowsRejected() == 0) throw BianzhiException.notFound("导入作业 " + id + " 的错误行", "（该作业没有错误行）");
        Path file = files.of(id);
        if (!Files.exists(file)) {
            throw BianzhiException.notFound("导入作业 " + id + " 的原始文件", "（上传文件保留 30 天，已被清理）");
        }
        return out -> {
            Iterator<RejectedCell> cells = new RejectionPages(jobs, id);
            // a row's faults come one after another; the file joins them in its 错误原因 cell, each naming its column
            RejectedRowsFile.write(file, job.kind(), new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return cells.hasNext();
                }

                @Override
                public RejectedRow next() {
                    RejectedCell c = cells.next();
                    boolean named = c.column() == null || c.reason().startsWith(c.column());
                    return new RejectedRow(c.row(), named ? c.reason() : c.column() + "：" + c.reason());
                }
            }, out);
        };
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
