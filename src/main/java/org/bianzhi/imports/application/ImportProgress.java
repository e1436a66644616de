package org.bianzhi.imports.application;

import org.bianzhi.imports.domain.ImportJobRepository;

/** Writes a job's progress at most once a second, and picks up a cancellation requested through another instance. */
final class ImportProgress {

    static final String READING = "读取校验";
    static final String STORING = "入库";

    /** Thrown from inside the reading loop when the job is cancelled (or storing gave up). */
    static final class Cancelled extends RuntimeException {
        Cancelled() {
            super(null, null, false, false);
        }
    }

    private final ImportJobRepository jobs;
    private final long id;
    private final LiveJob live;
    private long lastWrite;

    ImportProgress(ImportJobRepository jobs, long id, LiveJob live) {
        this.jobs = jobs;
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
