package org.bianzhi.imports.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Import jobs and their rejected rows. Writes commit at once: a job's state must outlive its work. */
public interface ImportJobRepository {

    long create(ImportKind kind, ImportMode mode, String fileName, long fileBytes, String basis, String submittedBy,
                String scopePath, LocalDate asOf, Instant at);

    Optional<ImportJob> find(long id);

    /** The newest jobs, of one submitter or (null) of everybody. */
    List<ImportJob> recent(String submittedBy, int offset, int limit);

    long count(String submittedBy);

    void started(long id, Instant at);

    /** The file's format as read: the CSV's encoding (UTF-8, GB18030, …) or XLSX. */
    void described(long id, String fileFormat);

    /** Progress while reading: rows read and rejected so far, share of the work done, current phase. */
    void progress(long id, String phase, double progress, int rowsRead, int rowsRejected);

    void finished(long id, ImportJobState state, String message, String notes, int rowsRejected, Instant at);

    /** Counts of rows stored, for jobs whose data went in without the job's own connection. */
    void stored(long id, int created, int updated, int unchanged);

    void requestCancel(long id);

    boolean cancelRequested(long id);

    void reject(long id, List<RejectedCell> cells);

    int countRejectedRows(long id);

    /** The faults of the next {@code rows} rejected rows after row {@code afterRow}, ordered by row number. */
    List<RejectedCell> rejections(long id, int afterRow, int rows);

    /** Marks every unfinished job interrupted (the service stopped under it) and returns their ids. */
    List<Long> interruptUnfinished(String message, Instant at);

    /** One fault of a rejected row: spreadsheet row number, column (may be null) and reason. */
    record RejectedCell(int row, String column, String reason) {}
}
