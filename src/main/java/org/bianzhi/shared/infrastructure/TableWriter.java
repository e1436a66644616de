package org.bianzhi.shared.infrastructure;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.bianzhi.shared.domain.SpreadsheetText;

/**
 * Writes a table row by row as CSV (UTF-8 with BOM, which Excel needs to read Chinese) or XLSX (streamed:
 * each row goes out as it is written, nothing is held). Text passes through {@link SpreadsheetText#safe}, numbers stay numbers, a
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

    /**
     * XLSX written as its XML parts straight into the zip stream, each row as it comes: POI's streaming workbook built
     * cell objects and copied a temporary file at the end, about 50 µs a row (53 s for a province's roster). Cells hold
     * their text inline; the sheet is deflated at the fastest level (the file is a fifth larger, written 3 times faster).
     */
    private static final class Xlsx extends TableWriter {
        private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        private static final String RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        /** Day 0 of Excel's 1900 date system as it counts from 1900-03-01 on. */
        private static final long EXCEL_EPOCH = LocalDate.of(1899, 12, 30).toEpochDay();
        private static final long FIRST_EXACT_DAY = LocalDate.of(1900, 3, 1).toEpochDay();
        private static final int GENERAL = 0;
        private static final int TEXT = 1;
        private static final int DATE = 2;

        private final BufferedOutputStream buffered;
        private final ZipOutputStream zip;
        private final Writer xml;
        private final int[] styles;
        private String[] columnNames = new String[0];
        private int next;

        Xlsx(OutputStream out, String sheetName, List<Format> columns) {
            buffered = new BufferedOutputStream(out, 1 << 16);
            zip = new ZipOutputStream(buffered, StandardCharsets.UTF_8);
            xml = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
            styles = new int[columns.size()];
            for (int i = 0; i < styles.length; i++) {
                styles[i] = columns.get(i) == Format.TEXT ? TEXT : columns.get(i) == Format.DATE ? DATE : GENERAL;
            }
            try {
                zip.setLevel(Deflater.BEST_SPEED);
                part("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                        + "spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\""
                        + "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/><Override PartName=\""
                        + "/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                        + "</Types>");
                part("_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"" + RELS + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
                part("xl/workbook.xml", "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELS + "\"><sheets><sheet name=\""
                        + escaped(WorkbookUtil.createSafeSheetName(sheetName)) + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
                part("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                        + "relationships\"><Relationship Id=\"rId1\" Type=\"" + RELS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                        + "<Relationship Id=\"rId2\" Type=\"" + RELS + "/styles\" Target=\"styles.xml\"/></Relationships>");
                part("xl/styles.xml", "<styleSheet xmlns=\"" + MAIN + "\"><numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\""
                        + Format.DATE.numberFormat() + "\"/></numFmts><fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/>"
                        + "</font></fonts><fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill"
                        + " patternType=\"gray125\"/></fill></fills><borders count=\"1\"><border><left/><right/><top/><bottom/>"
                        + "<diagonal/></border></borders><cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\""
                        + " borderId=\"0\"/></cellStyleXfs><cellXfs count=\"3\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\""
                        + " borderId=\"0\" xfId=\"0\"/><xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
                        + " applyNumberFormat=\"1\"/><xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
                        + " applyNumberFormat=\"1\"/></cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\""
                        + " builtinId=\"0\"/></cellStyles></styleSheet>");
                zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
                xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"" + MAIN + "\">");
                StringBuilder cols = new StringBuilder();
                for (int i = 0; i < styles.length; i++) {
                    // a whole column formatted: a row a clerk adds stays text, a date they type shows as a day
                    if (styles[i] != GENERAL) {
                        cols.append("<col min=\"").append(i + 1).append("\" max=\"").append(i + 1).append("\" width=\"")
                                .append(styles[i] == TEXT ? 20 : 12).append("\" customWidth=\"1\" style=\"").append(styles[i]).append("\"/>");
                    }
                }
                if (cols.length() > 0) xml.write("<cols>" + cols + "</cols>");
                xml.write("<sheetData>");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void part(String name, String content) throws IOException {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + content).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        @Override
        public void row(List<?> values) {
            boolean header = next == 0;
            int number = ++next;
            try {
                xml.write("<row r=\"");
                xml.write(Integer.toString(number));
                xml.write("\">");
                for (int i = 0; i < values.size(); i++) {
                    Object v = values.get(i);
                    if (v == null || v.toString().isEmpty()) continue; // an empty cell is no cell
                    int style = header || i >= styles.length ? GENERAL : styles[i];
                    if (v instanceof LocalDate d && d.toEpochDay() >= FIRST_EXACT_DAY) {
                        cell(i, number, DATE, null);
                        xml.write(Long.toString(d.toEpochDay() - EXCEL_EPOCH));
                        xml.write("</v></c>");
                    } else if (v instanceof Number n && !(v instanceof Double x && !Double.isFinite(x))) {
                        cell(i, number, style, null);
                        xml.write(v instanceof Integer || v instanceof Long || v instanceof Short ? v.toString()
                                : n.doubleValue() == Math.rint(n.doubleValue()) && Math.abs(n.doubleValue()) < 1e15
                                ? Long.toString((long) n.doubleValue()) : Double.toString(n.doubleValue()));
                        xml.write("</v></c>");
                    } else {
                        String text = SpreadsheetText.fitCell(text(v));
                        cell(i, number, style, text);
                        escape(text);
                        xml.write("</t></is></c>");
                    }
                }
                xml.write("</row>");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Opens a cell: up to its value ({@code <v>}) or, for {@code text}, its inline string ({@code <is><t>}). */
        private void cell(int column, int row, int style, String text) throws IOException {
            xml.write("<c r=\"");
            xml.write(columnName(column));
            xml.write(Integer.toString(row));
            if (style != GENERAL) {
                xml.write("\" s=\"");
                xml.write(style == TEXT ? '1' : '2');
            }
            if (text == null) {
                xml.write("\"><v>");
            } else {
                boolean spaced = !text.isEmpty() && (Character.isWhitespace(text.charAt(0))
                        || Character.isWhitespace(text.charAt(text.length() - 1)) || text.indexOf('\n') >= 0);
                xml.write(spaced ? "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">" : "\" t=\"inlineStr\"><is><t>");
            }
        }

        private String columnName(int column) {
            if (column >= columnNames.length) {
                String[] more = java.util.Arrays.copyOf(columnNames, column + 16);
                for (int i = columnNames.length; i < more.length; i++) more[i] = CellReference.convertNumToColString(i);
                columnNames = more;
            }
            return columnNames[column];
        }

        /** Text as XML content; characters XML cannot hold (control characters, a lone surrogate) become '?'. */
        private void escape(String text) throws IOException {
            if (plain(text)) {
                xml.write(text); // nearly every cell: one copy instead of a call per character
                return;
            }
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                switch (ch) {
                    case '<' -> xml.write("&lt;");
                    case '>' -> xml.write("&gt;");
                    case '&' -> xml.write("&amp;");
                    case '\t', '\n', '\r' -> xml.write(ch);
                    default -> {
                        if (ch < 0x20 || ch == 0xFFFE || ch == 0xFFFF) {
                            xml.write('?');
                        } else if (Character.isHighSurrogate(ch) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                            xml.write(ch);
                            xml.write(text.charAt(++i));
                        } else if (Character.isSurrogate(ch)) {
                            xml.write('?');
                        } else {
                            xml.write(ch);
                        }
                    }
                }
            }
        }

        /** Whether {@code text} goes into XML as it is: no markup, control character, surrogate or non-character. */
        private static boolean plain(String text) {
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                if (ch < 0x20 || ch == '<' || ch == '>' || ch == '&' || ch >= 0xD800 && (ch <= 0xDFFF || ch >= 0xFFFE)) return false;
            }
            return true;
        }

        private static String escaped(String text) {
            return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        }

        @Override
        public void close() {
            try {
                xml.write("</sheetData></worksheet>");
                xml.flush();
                zip.closeEntry();
                zip.finish();
                buffered.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
