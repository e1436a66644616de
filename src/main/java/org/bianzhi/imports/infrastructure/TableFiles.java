package org.bianzhi.imports.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    /** Reads the file (CSV or XLSX by content), calling the sink; memory stays flat whatever the file size. */
    public static void read(Path file, RowSink sink) {
        if (isXlsx(file)) XlsxTableReader.read(file, sink);
        else CsvTableReader.read(file, sink);
    }

    /** Convenience for small files and tests: reads everything into an {@link ImportTable}. */
    public static ImportTable readAll(Path file) {
        Collector table = new Collector();
        read(file, table);
        return new ImportTable(table.encoding, table.headers, table.rows);
    }

    private static final class Collector implements RowSink {
        String encoding;
        List<String> headers;
        final List<ImportTable.Row> rows = new ArrayList<>();

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
