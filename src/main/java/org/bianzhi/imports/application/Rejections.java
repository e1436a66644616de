package org.bianzhi.imports.application;

import java.util.ArrayList;
import java.util.List;
import org.bianzhi.imports.domain.ImportJobRepository;
import org.bianzhi.imports.domain.ImportJobRepository.RejectedCell;
import org.bianzhi.shared.domain.Violation;

/**
 * A job's rejected rows on their way to the database, in batches; counts rejected rows (a row's faults all
 * arrive together, and a row rejected once is not checked again).
 */
final class Rejections {

    private static final int BATCH = 1000;

    private final ImportJobRepository jobs;
    private final long jobId;
    private final List<RejectedCell> pending = new ArrayList<>();
    volatile int rows;
    /** Data rows start at 2 (the header is row 1). */
    private int lastRow;

    Rejections(ImportJobRepository jobs, long jobId) {
        this.jobs = jobs;
        this.jobId = jobId;
    }

    /** One row's faults (or several rows', in row order). */
    synchronized void add(List<Violation> faults) {
        faults.forEach(v -> queue(new RejectedCell(v.row(), v.column(), v.reason())));
        if (pending.size() >= BATCH) flush();
    }

    /** Faults found by the registry's checks: stored at once, since the next check must see them. */
    synchronized void addNow(List<RejectedCell> cells) {
        cells.forEach(this::queue);
        flush();
    }

    private void queue(RejectedCell cell) {
        if (cell.row() != lastRow) rows++;
        lastRow = cell.row();
        pending.add(cell);
    }

    synchronized void flush() {
        if (pending.isEmpty()) return;
        jobs.reject(jobId, List.copyOf(pending));
        pending.clear();
    }
}
