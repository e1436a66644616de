package org.bianzhi.imports.application;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The ranges of a file's rows handed from the thread that reads and stages them to the one that stores them: a
 * range is handed over once every row up to its end is staged and committed, so reading (Java's work) and storing
 * (PostgreSQL's) run side by side. Ranges are fixed spans of row numbers from row 2, {@code size} rows each.
 */
final class StagedRanges {

    /** Rows {@code from} to {@code to}, ends included. */
    record Range(int from, int to) {}

    private final int size;
    private final Deque<Range> ready = new ArrayDeque<>();
    private int from = 2;
    private boolean ended;
    private RuntimeException failure;
    private volatile boolean stop;

    StagedRanges(int size) {
        this.size = size;
    }

    /** Whether the row numbered {@code row} lies beyond the range being staged (so that range is complete before it). */
    boolean beyond(int row) {
        return row > end();
    }

    private int end() {
        return (int) Math.min(Integer.MAX_VALUE, (long) from + size - 1);
    }

    /** Every row before {@code row} is staged and committed: the ranges before it are ready. */
    synchronized void stagedBefore(int row) {
        while (row > end()) {
            ready.add(new Range(from, end()));
            from = end() + 1;
        }
        notifyAll();
    }

    /** Reading ended with {@code lastRow} the last row staged (0: none): the ranges up to it are ready, and no more. */
    synchronized void ended(int lastRow) {
        while (from <= lastRow) {
            ready.add(new Range(from, Math.min(lastRow, end())));
            from = end() + 1;
        }
        ended = true;
        notifyAll();
    }

    /** Reading failed (or was cancelled): the storing side rethrows it instead of taking another range. */
    synchronized void failed(RuntimeException e) {
        failure = e;
        ended = true;
        notifyAll();
    }

    /** The next range to store, waiting for it; null once reading has ended and every range was taken. */
    synchronized Range next() throws InterruptedException {
        while (failure == null && ready.isEmpty() && !ended) wait();
        if (failure != null) throw failure;
        return ready.poll();
    }

    /** Whether reading has ended (every range is known). */
    synchronized boolean readingEnded() {
        return ended;
    }

    /** The storing side gave up (failure or cancellation): reading stops at its next row. */
    void stop() {
        stop = true;
    }

    boolean stopped() {
        return stop;
    }
}
