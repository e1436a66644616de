package org.bianzhi.imports.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 导入作业: one uploaded file on its way into the registry, with its counts as they grow. {@code scopePath} is
 * the unit subtree the submitter was bound to (null: every unit); the job acts with their rights.
 * Rows stored = created + updated + unchanged; they count only once committed. {@code asOf} is a roster's 数据时点,
 * the day it describes (null: dated by the day it ran).
 */
public record ImportJob(long id, ImportKind kind, ImportMode mode, ImportJobState state, String phase,
                        String fileName, String fileFormat, long fileBytes, String basisDocument,
                        String submittedBy, String scopePath, Instant submittedAt, Instant startedAt,
                        Instant finishedAt, double progress, int rowsRead, int rowsRejected, int rowsCreated,
                        int rowsUpdated, int rowsUnchanged, boolean cancelRequested, String message, String notes,
                        LocalDate asOf) {

    public int rowsStored() {
        return rowsCreated + rowsUpdated + rowsUnchanged;
    }
}
