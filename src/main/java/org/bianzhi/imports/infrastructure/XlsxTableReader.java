package org.bianzhi.imports.infrastructure;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.bianzhi.imports.domain.ImportKind;
import org.bianzhi.imports.domain.ImportTable;
import org.bianzhi.shared.domain.BianzhiException;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an XLSX workbook with POI's event (SAX) API, straight from the file (no copy in memory) and handing each row on
 * as it ends. The table is the first sheet whose first rows hold the header of the kind being imported
 * ({@link HeaderSearch}: an instructions sheet before it, a title row and a two-level header are passed over); rows keep
 * their spreadsheet numbers. Merged cells read as their value in every cell they cover ({@link MergedCells}, a first
 * pass over each sheet); hidden rows and columns are read as any other (and said so). Dates come out as YYYY-MM-DD
 * whatever their cell format; a number cell is marked as such on its row.
 * <p>
 * The shared string table is the one part held in memory: workbooks Excel writes keep their text there, so
 * it grows with the distinct texts of the file. Files exported by this service use inline strings instead.
 */
final class XlsxTableReader {

    /** Hidden data rows named in the note; the rest are counted. */
    private static final int HIDDEN_NAMED = 10;

    private XlsxTableReader() {
    }

    static void read(Path file, ImportKind kind, RowSink sink) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            StylesTable styles = reader.getStylesTable();
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) throw BianzhiException.invalid("file", "工作簿中没有工作表");
            HeaderSearch search = new HeaderSearch(kind);
            RowSink guarded = SinkFailure.guard(sink);
            while (sheets.hasNext()) {
                sheets.next().close(); // each sheet is read twice, from its part
                PackagePart part = sheets.getSheetPart();
                String name = sheets.getSheetName();
                search.sheet(name);
                MergedCells merges;
                try (InputStream in = part.getInputStream()) {
                    merges = MergedCells.read(in, name);
                }
                try (CountingInputStream sheet = new CountingInputStream(part.getInputStream())) {
                    Rows rows = new Rows(guarded, search, merges, sheet, part.getSize(), sheets.hasNext());
                    CellTypes types = new CellTypes(new XSSFSheetXMLHandler(styles, null, strings, rows, new IsoDates(), false), rows);
                    rows.types = types;
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(types);
                    try {
                        parser.parse(new InputSource(sheet));
                    } catch (Exception e) {
                        if (!notHere(e)) throw e;
                        continue;
                    }
                    if (!rows.started && search.endOfSheet()) rows.start();
                    if (rows.started) {
                        rows.noteHidden();
                        return;
                    }
                }
            }
            throw search.refusal(true);
        } catch (Exception e) {
            SinkFailure.rethrowFromSink(e);
            if (e instanceof BianzhiException be) throw be;
            throw BianzhiException.invalid("file", "文件不是有效的 XLSX 工作簿（请用 Excel 或 WPS 另存为 .xlsx 后重试）");
        }
    }

    private static boolean notHere(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) if (t instanceof HeaderSearch.NotHere) return true;
        return false;
    }

    /** Fills merged cells, finds the header, then hands the rows of the sheet on as they end. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowSink sink;
        private final HeaderSearch search;
        private final MergedCells merges;
        private final CountingInputStream sheet;
        private final long sheetSize;
        private final boolean otherSheets;
        CellTypes types;
        boolean started;
        private List<String> headers;
        private TreeMap<Integer, String> cells;
        private final Set<Integer> numbers = new HashSet<>();
        private final Set<Integer> hiddenColumns = new HashSet<>();
        private final List<Integer> hiddenRows = new ArrayList<>();
        private int hiddenRowCount;

        Rows(RowSink sink, HeaderSearch search, MergedCells merges, CountingInputStream sheet, long sheetSize, boolean otherSheets) {
            this.sink = sink;
            this.search = search;
            this.merges = merges;
            this.sheet = sheet;
            this.sheetSize = sheetSize;
            this.otherSheets = otherSheets;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new TreeMap<>();
            numbers.clear();
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            if (value == null) return;
            int column = new CellReference(reference).getCol();
            cells.put(column, value);
            if (types.number) numbers.add(column);
        }

        @Override
        public void endRow(int rowNum) {
            // blank by its own cells: a unit name merged down over a spare row does not make it a row of data
            if (cells.values().stream().allMatch(String::isBlank)) return;
            merges.fill(rowNum, cells, numbers);
            if (!started) {
                List<String> row = new ArrayList<>();
                for (int i = 0; i <= cells.lastKey(); i++) row.add(cells.getOrDefault(i, ""));
                if (search.offer(rowNum + 1, row)) return;
                start();
            }
            if (types.hidden) {
                if (hiddenRows.size() < HIDDEN_NAMED) hiddenRows.add(rowNum + 1);
                hiddenRowCount++;
            }
            Map<String, String> values = new LinkedHashMap<>();
            Set<String> numberCells = new HashSet<>();
            for (int i = 0; i < headers.size(); i++) {
                String h = headers.get(i);
                if (h.isEmpty() || values.containsKey(h) && !values.get(h).isBlank()) continue; // a repeated column: the first filled one
                values.put(h, cells.getOrDefault(i, ""));
                if (numbers.contains(i)) numberCells.add(h);
                else numberCells.remove(h);
            }
            sink.row(new ImportTable.Row(rowNum + 1, values, numberCells), sheet.fractionOf(sheetSize));
        }

        /** The header is known: tell the sink, and where it was found. */
        void start() {
            started = true;
            headers = search.headers();
            String where = search.where(otherSheets || search.sheetIndex() > 1);
            if (where != null) sink.note(where);
            sink.headers(headers, "XLSX");
            List<String> hidden = new ArrayList<>();
            for (int i = 0; i < headers.size(); i++) if (hiddenColumns.contains(i) && !headers.get(i).isEmpty()) hidden.add("“" + headers.get(i) + "”");
            if (!hidden.isEmpty()) sink.note("列 " + String.join("、", hidden) + " 在 Excel 中是隐藏列，已照常导入");
        }

        void noteHidden() {
            if (hiddenRowCount == 0) return;
            StringBuilder rows = new StringBuilder();
            for (int r : hiddenRows) rows.append(rows.isEmpty() ? "" : "、").append(r);
            if (hiddenRowCount > hiddenRows.size()) rows.append(" 等 ").append(hiddenRowCount).append(" 行");
            sink.note("第 " + rows + " 行在 Excel 中是隐藏行，已照常导入（不应导入的行请删除，而非隐藏）");
        }

        void hideColumns(int min, int max) {
            for (int c = Math.max(min, 1); c <= max && c <= 16_384; c++) hiddenColumns.add(c - 1);
        }
    }

    /**
     * Passes the sheet's XML on to POI's handler, noting what POI does not hand on: whether the cell being read is a
     * number cell (no type, or {@code t="n"}; a formula with a number result too), whether its row is hidden, and the
     * hidden columns.
     */
    private static final class CellTypes extends DefaultHandler {
        private final ContentHandler next;
        private final Rows rows;
        boolean number;
        boolean hidden;

        CellTypes(ContentHandler next, Rows rows) {
            this.next = next;
            this.rows = rows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            switch (localName) {
                case "c" -> {
                    String type = attributes.getValue("t");
                    number = type == null || type.equals("n");
                }
                case "row" -> hidden = isTrue(attributes.getValue("hidden"));
                case "col" -> {
                    if (isTrue(attributes.getValue("hidden"))) {
                        try {
                            rows.hideColumns(Integer.parseInt(attributes.getValue("min")), Integer.parseInt(attributes.getValue("max")));
                        } catch (NumberFormatException e) {
                            // a column range we cannot read hides nothing we could name
                        }
                    }
                }
                default -> {
                    // passed on unchanged
                }
            }
            next.startElement(uri, localName, qName, attributes);
        }

        private static boolean isTrue(String v) {
            return "1".equals(v) || "true".equals(v);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            next.endElement(uri, localName, qName);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            next.characters(ch, start, length);
        }
    }

    /** Formats date cells as ISO dates (Excel's default m/d/yy would lose the century); other cells as shown. */
    private static final class IsoDates extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value).toLocalDate().toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }
}
