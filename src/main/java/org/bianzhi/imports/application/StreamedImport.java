package org.bianzhi.imports.application;

import static org.bianzhi.imports.application.ImportProgress.READING;
import static org.bianzhi.imports.application.ImportProgress.STORING;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.bianzhi.imports.domain.ImportJob;
import org.bianzhi.imports.domain.ImportJobRepository;
import org.bianzhi.imports.domain.ImportJobState;
import org.bianzhi.imports.domain.ImportMode;
import org.bianzhi.imports.domain.ImportTable;
import org.bianzhi.imports.infrastructure.RowSink;
import org.bianzhi.imports.infrastructure.StagedLoad;
import org.bianzhi.imports.infrastructure.TableFiles;
import org.bianzhi.shared.application.RegistryClock;
import org.bianzhi.shared.domain.BianzhiException;

/**
 * One streamed import job (the roster, approvals, payroll and public security's files): the file is streamed into
 * staging, row by row, and stored in ranges. A second thread reads, checks each row on its own and stages it, while
 * the job's thread stores the ranges already staged (reading is the service's CPU, storing the database's: each has
 * a core). Storing keeps its one transaction (all or nothing) or commits each range.
 */
final class StreamedImport {

    /** Share of a streamed job's time spent reading and staging, for the estimate of the time left. */
    private static final double READ_SHARE = 0.35;

    /** Checks one row on its own. */
    interface RowCheck {
        CheckedRow<?> check(ImportTable.Row row, LocalDate today);
    }

    /** Opens the set-wise load of a job. */
    interface LoadOpener {
        StagedLoad open() throws SQLException;
    }

    /** What the runner does once rows were committed in bulk, before the job reports its end. */
    interface AfterBulk {
        void stored(StagedLoad load) throws SQLException;
    }

    private final ImportJob job;
    private final Path file;
    private final LiveJob live;
    private final RowCheck check;
    private final ImportJobRepository jobs;
    private final RegistryClock clock;
    private final AfterBulk afterBulk;
    private final ImportProgress progress;
    private final Rejections rejections;
    private final ImportNotes notes = new ImportNotes();
    private final LocalDate today;

    StreamedImport(ImportJob job, Path file, LiveJob live, RowCheck check, ImportJobRepository jobs, RegistryClock clock,
                   AfterBulk afterBulk) {
        this.job = job;
        this.file = file;
        this.live = live;
        this.check = check;
        this.jobs = jobs;
        this.clock = clock;
        this.afterBulk = afterBulk;
        this.progress = new ImportProgress(jobs, job.id(), live);
        this.rejections = new Rejections(jobs, job.id());
        this.today = clock.today();
    }

    void run(LoadOpener opener, ManagedThreadFactory threads, int chunkRows) throws SQLException {
        try (StagedLoad load = opener.open()) {
            StagedRanges ranges = new StagedRanges(load.rangeRows(chunkRows));
            Thread reader = threads.newThread(() -> read(load, ranges));
            reader.start();
            StagedLoad.Stored total;
            try {
                total = storeRanges(load, ranges);
            } catch (ImportProgress.Cancelled e) {
                total = null;
            } finally {
                ranges.stop();
                awaitEnd(reader);
            }
            if (total == null) {
                cancelled(load);
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
            afterBulk.stored(load);
            if (state == ImportJobState.SUCCEEDED) notes.addAll(load.notes());
            jobs.finished(job.id(), state, ImportJobRunner.message(state, rejections.rows), notes.text(), rejections.rows, clock.now());
            load.discardStaged();
        }
    }

    /** Stores each range once it is staged; the total stored (all or nothing), or null when the job was cancelled. */
    private StagedLoad.Stored storeRanges(StagedLoad load, StagedRanges ranges) throws SQLException {
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
    private void read(StagedLoad load, StagedRanges ranges) {
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
                    if (ranges.stopped()) throw new ImportProgress.Cancelled();
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

    private void cancelled(StagedLoad load) throws SQLException {
        load.rollback();
        rejections.flush();
        if (job.mode() == ImportMode.VALID_ROWS) afterBulk.stored(load);
        jobs.finished(job.id(), ImportJobState.CANCELLED, job.mode() == ImportMode.ALL_OR_NOTHING
                ? "导入已取消，数据库未作任何改动" : "导入已取消；取消前已报告入库的行已保存", notes.text(), rejections.rows, clock.now());
        load.discardStaged();
    }

    private static void commitStaged(StagedLoad load) {
        try {
            load.commitStaged();
        } catch (SQLException e) {
            throw new IllegalStateException("暂存导入行失败：" + e.getMessage(), e);
        }
    }

    private static void stage(StagedLoad load, CheckedRow<?> result) {
        try {
            load.stage(result.staged());
        } catch (SQLException e) {
            throw new IllegalStateException("暂存导入行失败：" + e.getMessage(), e);
        }
    }
}
