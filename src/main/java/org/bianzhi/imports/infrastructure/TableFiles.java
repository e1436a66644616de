package org.bianzhi.imports.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bianzhi.imports.domain.ImportKind;
import org.bianzhi.imports.domain.ImportTable;

/**
 * Reads an import file from disk, CSV or XLSX by its content (offices rename files freely), row by row so
 * that a province-sized file does not sit in memory. A file that cannot be read as a table is refused with a
 * {@link org.bianzhi.shared.domain.BianzhiException} in Chinese; whatever the sink throws passes unchanged.
 */
public final class TableFiles {

    private TableFiles() {
    }

    /** Whether the file is a ZIP container, as every XLSX file is. */
    public static boolean isXlsx(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] b = in.readNBytes(4);
            return b.length == 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the file (CSV or XLSX by content), calling the sink; memory stays flat whatever the file size. The table is
     * where the header of {@code kind} is found (the sheet, and the rows above it passed over; see {@link HeaderSearch});
     * a refusal for a missing header names the columns of that kind. Without a kind the first non-blank row is the header.
     */
    public static void read(Path file, ImportKind kind, RowSink sink) {
        if (isXlsx(file)) XlsxTableReader.read(file, kind, sink);
        else CsvTableReader.read(file, kind, sink);
    }

    /** The first non-blank row of the first sheet holding one is the header. */
    public static void read(Path file, RowSink sink) {
        read(file, null, sink);
    }

    /** Convenience for small files and tests: reads everything into an {@link ImportTable}. */
    public static ImportTable readAll(Path file) {
        return readAll(file, null);
    }

    /** Reads a whole file of {@code kind} (units and approvals: tens of thousands of rows at most), with the reader's notes. */
    public static ImportTable readAll(Path file, ImportKind kind) {
        Collector table = new Collector();
        read(file, kind, table);
        return new ImportTable(table.encoding, table.headers, table.rows, table.notes);
    }

    private static final class Collector implements RowSink {
        String encoding;
        List<String> headers;
        final List<ImportTable.Row> rows = new ArrayList<>();
        final List<String> notes = new ArrayList<>();

        @Override
        public void note(String note) {
            notes.add(note);
        }

        @Override
        public void headers(List<String> headers, String encoding) {
            this.headers = headers;
            this.encoding = encoding;
        }

        @Override
        public void row(ImportTable.Row row, double fractionRead) {
            rows.add(row);
        }
    }
}
