package org.bianzhi.shared.domain;

/** A refusal of a whole file that still reports what the file held, row by row (an import's report). */
public interface RowCounts {

    int created();

    int updated();

    int unchanged();

    /** The import job the answer belongs to (its rejected rows can be downloaded), or null. */
    default Long jobId() {
        return null;
    }
}
