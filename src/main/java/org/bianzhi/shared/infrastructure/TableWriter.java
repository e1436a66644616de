package org.bianzhi.shared.infrastructure;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.bianzhi.shared.domain.SpreadsheetText;

/**
 * Writes a table row by row as CSV (UTF-8 with BOM, which Excel needs to read Chinese) or XLSX (streamed:
 * only a window of rows is in memory). Text passes through {@link SpreadsheetText#safe}, numbers stay numbers; an XLSX
 * cell longer than Excel takes is cut with a marker ({@link SpreadsheetText#fitCell}).
 */
public abstract class TableWriter implements AutoCloseable {

    public abstract void row(List<?> values);

    @Override
    public abstract void close();

    public static TableWriter csv(OutputStream out) {
        return new Csv(out);
    }

    public static TableWriter xlsx(OutputStream out, String sheetName) {
        return new Xlsx(out, sheetName);
    }

    static String text(Object v) {
        return v == null ? "" : SpreadsheetText.safe(v.toString());
    }

    private static final class Csv extends TableWriter {
        private final CSVPrinter printer;

        Csv(OutputStream out) {
            try {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.DEFAULT);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void row(List<?> values) {
            try {
                printer.printRecord(values.stream().map(v -> v instanceof Number n ? n.toString() : text(v)).toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                printer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class Xlsx extends TableWriter {
        private final OutputStream out;
        private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        private final Sheet sheet;
        private int next;

        Xlsx(OutputStream out, String sheetName) {
            this.out = out;
            this.sheet = workbook.createSheet(sheetName);
        }

        @Override
        public void row(List<?> values) {
            Row row = sheet.createRow(next++);
            for (int i = 0; i < values.size(); i++) {
                Object v = values.get(i);
                Cell cell = row.createCell(i);
                if (v instanceof Number n) cell.setCellValue(n.doubleValue());
                else cell.setCellValue(SpreadsheetText.fitCell(text(v)));
            }
        }

        @Override
        public void close() {
            try {
                workbook.write(out);
                workbook.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
