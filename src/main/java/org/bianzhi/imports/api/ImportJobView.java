package org.bianzhi.imports.api;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.bianzhi.imports.domain.ImportJob;

/**
 * An import job as a clerk follows it: state, rows read, stored and rejected, the rate and an estimate of the
 * time left (from the share of the work done so far), and where to cancel it or fetch its rejected rows; a roster's
 * 数据时点 ({@code asOf}).
 */
public record ImportJobView(long id, String kind, String kindLabel, String mode, String modeLabel, String state,
                            String stateLabel, String phase, boolean finished, String fileName, String fileFormat,
                            long fileBytes, String basisDocument, LocalDate asOf, String submittedBy, Instant submittedAt,
                            Instant startedAt, Instant finishedAt, int percentDone, int rowsRead, int rowsStored,
                            int rowsCreated, int rowsUpdated, int rowsUnchanged, int rowsRejected, Double rowsPerSecond,
                            Long secondsElapsed, Long secondsLeft, boolean cancelRequested, String message,
                            List<String> notes, Links links) {

    /** Addresses of the job, its cancellation and its rejected rows (null when there are none). */
    public record Links(String self, String cancel, String rejectedRows) {}

    static ImportJobView of(ImportJob j, Instant now) {
        String self = "/api/v1/import-jobs/" + j.id();
        double seconds = j.startedAt() == null ? 0
                : Duration.between(j.startedAt(), j.finishedAt() == null ? now : j.finishedAt()).toMillis() / 1000.0;
        Long elapsed = j.startedAt() == null ? null : (long) seconds;
        Double rate = seconds <= 0 ? null : Math.round(j.rowsRead() / seconds * 10) / 10.0;
        Long left = j.state().finished() ? Long.valueOf(0)
                : j.startedAt() == null || j.progress() < 0.01 ? null : Math.round(seconds * (1 - j.progress()) / j.progress());
        List<String> notes = j.notes() == null ? List.of() : List.of(j.notes().split("\n"));
        return new ImportJobView(j.id(), j.kind().path(), j.kind().label(), j.mode().name(), j.mode().label(), j.state().name(),
                j.state().label(), j.phase(), j.state().finished(), j.fileName(), j.fileFormat(), j.fileBytes(),
                j.basisDocument(), j.asOf(), j.submittedBy(), j.submittedAt(), j.startedAt(), j.finishedAt(),
                (int) Math.floor(j.progress() * 100), j.rowsRead(), j.rowsStored(), j.rowsCreated(), j.rowsUpdated(),
                j.rowsUnchanged(), j.rowsRejected(), rate, elapsed, left, j.cancelRequested(), j.message(), notes,
                new Links(self, j.state().finished() ? null : self + "/cancel",
                        j.rowsRejected() == 0 ? null : self + "/rejected-rows"));
    }
}
