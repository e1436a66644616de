package org.bianzhi.imports.application;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.bianzhi.imports.domain.ImportJobRepository;
import org.bianzhi.imports.domain.ImportJobRepository.RejectedCell;

/** A job's rejected rows read a page at a time, so that a file of a million bad rows is never held whole. */
final class RejectionPages implements Iterator<RejectedCell> {

    private static final int ROWS_PER_PAGE = 1000;

    private final ImportJobRepository jobs;
    private final long jobId;
    private List<RejectedCell> page = List.of();
    private int next;
    private boolean exhausted;

    RejectionPages(ImportJobRepository jobs, long jobId) {
        this.jobs = jobs;
        this.jobId = jobId;
    }

    @Override
    public boolean hasNext() {
        if (next < page.size()) return true;
        if (exhausted) return false;
        int after = page.isEmpty() ? 0 : page.get(page.size() - 1).row();
        page = jobs.rejections(jobId, after, ROWS_PER_PAGE);
        next = 0;
        exhausted = page.isEmpty();
        return !exhausted;
    }

    @Override
    public RejectedCell next() {
        if (!hasNext()) throw new NoSuchElementException();
        return page.get(next++);
    }
}
