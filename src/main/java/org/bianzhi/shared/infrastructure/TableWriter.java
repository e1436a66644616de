package org.bianzhi.shared.infrastructure;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.bianzhi.shared.domain.SpreadsheetText;

/**
 * Writes a table row by row as CSV (UTF-8 with BOM, which Excel needs to read Chinese) or XLSX (streamed:
 * only a window of rows is in memory). Text passes through {@link SpreadsheetText#safe}, numbers stay numbers, a
 * {@link LocalDate} is a date ({@code YYYY-MM-DD} in CSV, a real date cell shown {@code yyyy-mm-dd} in XLSX); an XLSX
 * cell longer than Excel takes is cut with a marker ({@link SpreadsheetText#fitCell}). An empty value is an empty
 * CSV field and no cell at all in XLSX.
 * <p>
 * An XLSX table may declare its columns' {@link Format}s: a {@link Format#TEXT} column (ID numbers, codes) is
 * formatted as text ({@code @}) as a whole, so that a row a clerk adds in a spreadsheet stays text and an 18-digit
 * number keeps its digits; a {@link Format#DATE} column shows the dates a clerk types as {@code yyyy-mm-dd}.
 */
public abstract class TableWriter implements AutoCloseable {

    /** How an XLSX column is formatted, for the cells written and those a clerk adds. */
    public enum Format {
        /** The spreadsheet's own: numbers as numbers. */
        GENERAL(null),
        /** Text ({@code @}): what is typed stays as typed, 18 digits included. */
        TEXT("@"),
        /** A date shown as {@code yyyy-mm-dd}. */
        DATE("yyyy-mm-dd");

        private final String numberFormat;

        Format(String numberFormat) {
            this.numberFormat = numberFormat;
        }

        /** The number format code ({@code @}, {@code yyyy-mm-dd}); null for {@link #GENERAL}. */
        public String numberFormat() {
            return numberFormat;
        }

        /** A new cell style of {@code workbook} with this format (null for {@link #GENERAL}: the default style). */
        public CellStyle style(Workbook workbook) {
            if (numberFormat == null) return null;
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(numberFormat));
            return style;
        }
    }

    public abstract void row(List<?> values);

    @Override
    public abstract void close();

    public static TableWriter csv(OutputStream out) {
        return new Csv(out);
    }

    public static TableWriter xlsx(OutputStream out, String sheetName) {
        return new Xlsx(out, sheetName, List.of());
    }

    /** An XLSX table whose columns, in order, have these formats (columns beyond the list: {@link Format#GENERAL}). */
    public static TableWriter xlsx(OutputStream out, String sheetName, List<Format> columns) {
        return new Xlsx(out, sheetName, columns);
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
                printer.printRecord(values.stream().map(v -> v instanceof Number || v instanceof LocalDate ? v.toString() : text(v)).toList());
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
        private final CellStyle[] styles;
        private final CellStyle dates;
        private int next;

        Xlsx(OutputStream out, String sheetName, List<Format> columns) {
            this.out = out;
            this.sheet = workbook.createSheet(sheetName);
            this.dates = Format.DATE.style(workbook);
            this.styles = new CellStyle[columns.size()];
            for (int i = 0; i < columns.size(); i++) {
                Format f = columns.get(i);
                styles[i] = f == Format.DATE ? dates : f.style(workbook);
                if (styles[i] != null) sheet.setDefaultColumnStyle(i, styles[i]);
            }
        }

        @Override
        public void row(List<?> values) {
            boolean header = next == 0;
            Row row = sheet.createRow(next++);
            for (int i = 0; i < values.size(); i++) {
                Object v = values.get(i);
                if (v == null || v.toString().isEmpty()) continue; // an empty cell is no cell
                Cell cell = row.createCell(i);
                CellStyle style = header || i >= styles.length ? null : styles[i];
                if (v instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else if (v instanceof LocalDate d) {
                    cell.setCellValue(d);
                    style = dates;
                } else {
                    cell.setCellValue(SpreadsheetText.fitCell(text(v)));
                }
                if (style != null) cell.setCellStyle(style);
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
