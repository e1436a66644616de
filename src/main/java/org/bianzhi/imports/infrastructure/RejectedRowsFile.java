package org.bianzhi.imports.infrastructure;

import org.bianzhi.shared.infrastructure.TableWriter;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.bianzhi.imports.domain.ImportKind;
import org.bianzhi.imports.domain.ImportTable;

/**
 * The rows an import rejected, as a workbook the office corrects and uploads again: the original columns
 * plus {@value #REASON_COLUMN}, which the importer ignores as an unknown column. Both the file and the
 * rejected rows are streamed, so a province-sized file with many rejections still fits in memory.
 */
public final class RejectedRowsFile {

    public static final String REASON_COLUMN = "错误原因";
    public static final String SHEET_NAME = "错误行";

    private RejectedRowsFile() {
    }

    /**
     * Streams {@code file} (CSV or XLSX) again and writes to {@code out} an XLSX workbook holding the header row
     * plus {@value #REASON_COLUMN}, then for each data row whose number appears in {@code rejected} the original
     * cells in the original column order followed by the reasons. Cells are text, so ID numbers keep all 18
     * digits. {@code rejected} must come in ascending row order (entries for the same row are joined); numbers
     * of rows the file does not hold are passed over. A {@value #REASON_COLUMN} column of the file (a corrected
     * rejected-rows file uploaded again) is replaced, not repeated.
     *
     * @return the number of rows written, not counting the header
     */
    public static int write(Path file, Iterator<RejectedRow> rejected, OutputStream out) {
        return write(file, null, rejected, out);
    }

    /** As {@link #write(Path, Iterator, OutputStream)}, reading the table where the import of {@code kind} found it. */
    public static int write(Path file, ImportKind kind, Iterator<RejectedRow> rejected, OutputStream out) {
        try (TableWriter writer = TableWriter.xlsx(out, SHEET_NAME)) {
            Copier copier = new Copier(rejected, writer);
            try {
                TableFiles.read(file, kind, copier);
            } catch (AllWritten e) {
                // the rest of the file holds no rejected row
            }
            return copier.written;
        }
    }

    /** Merge-joins the rows of the file with the rejected rows, both in ascending row order. */
    private static final class Copier implements RowSink {
        private final Iterator<RejectedRow> rejected;
        private final TableWriter writer;
        private List<String> columns;
        private RejectedRow next;
        private int lastRow = Integer.MIN_VALUE;
        int written;

        Copier(Iterator<RejectedRow> rejected, TableWriter writer) {
            this.rejected = rejected;
            this.writer = writer;
            this.next = advance();
        }

        @Override
        public void headers(List<String> headers, String encoding) {
            columns = headers.stream().filter(h -> !h.equals(REASON_COLUMN)).toList();
            List<String> header = new ArrayList<>(columns);
            header.add(REASON_COLUMN);
            writer.row(header);
            if (next == null) throw new AllWritten();
        }

        @Override
        public void row(ImportTable.Row row, double fractionRead) {
            while (next != null && next.row() < row.number()) next = advance();
            if (next == null) throw new AllWritten();
            if (next.row() > row.number()) return;
            StringBuilder reasons = new StringBuilder(Objects.toString(next.reasons(), ""));
            while ((next = advance()) != null && next.row() == row.number()) reasons.append("；").append(Objects.toString(next.reasons(), ""));
            List<String> cells = new ArrayList<>(columns.size() + 1);
            for (String c : columns) cells.add(row.values().getOrDefault(c, ""));
            cells.add(reasons.toString());
            writer.row(cells);
            written++;
            if (next == null) throw new AllWritten();
        }

        private RejectedRow advance() {
            if (!rejected.hasNext()) return null;
            RejectedRow r = rejected.next();
            if (r.row() < lastRow) {
                throw new IllegalArgumentException("rejected rows must come in ascending row order: " + r.row() + " after " + lastRow);
            }
            lastRow = r.row();
            return r;
        }
    }

    /** Ends the reading of the file once the last rejected row is written. */
    private static final class AllWritten extends RuntimeException {
        AllWritten() {
            super(null, null, false, false);
        }
    }
}
