package org.bianzhi.imports.domain;

import java.time.Instant;

/**
 * 导入作业: one uploaded file on its way into the registry, with its counts as they grow. {@code scopePath} is
 * the unit subtree the submitter was bound to (null: every unit); the job acts with their rights.
 * Rows stored = created + updated + unchanged; they count only once committed.
 */
public record ImportJob(long id, ImportKind kind, ImportMode mode, ImportJobState state, String phase,
                        String fileName, String fileFormat, long fileBytes, String basisDocument,
                        String submittedBy, String scopePath, Instant submittedAt, Instant startedAt,
                        Instant finishedAt, double progress, int rowsRead, int rowsRejected, int rowsCreated,
                        int rowsUpdated, int rowsUnchanged, boolean cancelRequested, String message, String notes) {

    public int rowsStored() {
        return rowsCreated + rowsUpdated + rowsUnchanged;
    }
}
