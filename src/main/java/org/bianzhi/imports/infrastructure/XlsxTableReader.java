package org.bianzhi.imports.infrastructure;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.bianzhi.imports.domain.ImportTable;
import org.bianzhi.shared.domain.BianzhiException;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an XLSX workbook with POI's event (SAX) API, straight from the file (no copy in
 * memory) and handing each row on as it ends. Row 1 holds the headers; dates come out as YYYY-MM-DD
 * whatever their cell format.
 * <p>
 * The shared string table is the one part held in memory: workbooks Excel writes keep their text there, so
 * it grows with the distinct texts of the file. Files exported by this service use inline strings instead.
 */
final class XlsxTableReader {

    private XlsxTableReader() {
    }

    static void read(Path file, RowSink sink) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) throw BianzhiException.invalid("file", "工作簿中没有工作表");
            try (CountingInputStream sheet = new CountingInputStream(sheets.next())) {
                Rows rows = new Rows(SinkFailure.guard(sink), sheet, sheets.getSheetPart().getSize());
                XMLReader parser = XMLHelper.newXMLReader();
                CellTypes types = new CellTypes(new XSSFSheetXMLHandler(reader.getStylesTable(), null,
                        new ReadOnlySharedStringsTable(pkg), rows, new IsoDates(), false));
                rows.types = types;
                parser.setContentHandler(types);
                parser.parse(new InputSource(sheet));
                if (rows.headers == null) {
                    throw BianzhiException.invalid("file", "第一个工作表是空的：第 1 行应为表头（如 单位代码,单位名称,…）");
                }
            }
        } catch (Exception e) {
            SinkFailure.rethrowFromSink(e);
            if (e instanceof BianzhiException be) throw be;
            throw BianzhiException.invalid("file", "文件不是有效的 XLSX 工作簿（请用 Excel 或 WPS 另存为 .xlsx 后重试）");
        }
    }

    /** Hands the rows of the sheet on as they end, the first non-blank one as headers. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowSink sink;
        private final CountingInputStream sheet;
        private final long sheetSize;
        List<String> headers;
        CellTypes types;
        private TreeMap<Integer, String> cells;
        private final Set<Integer> numbers = new HashSet<>();

        Rows(RowSink sink, CountingInputStream sheet, long sheetSize) {
            this.sink = sink;
            this.sheet = sheet;
            this.sheetSize = sheetSize;
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
            if (cells.values().stream().allMatch(String::isBlank)) return;
            if (headers == null) {
                List<String> h = new ArrayList<>();
                for (int i = 0; i <= cells.lastKey(); i++) h.add(cells.getOrDefault(i, "").strip());
                headers = List.copyOf(h);
                sink.headers(headers, "XLSX");
                return;
            }
            Map<String, String> values = new LinkedHashMap<>();
            Set<String> numberCells = new HashSet<>();
            for (int i = 0; i < headers.size(); i++) {
                values.put(headers.get(i), cells.getOrDefault(i, ""));
                if (numbers.contains(i)) numberCells.add(headers.get(i));
            }
            sink.row(new ImportTable.Row(rowNum + 1, values, numberCells), sheet.fractionOf(sheetSize));
        }
    }

    /**
     * Passes the sheet's XML on to POI's handler, noting whether the cell being read is a number cell (no type, or
     * {@code t="n"}; a formula with a number result too): POI hands on only the formatted text.
     */
    private static final class CellTypes extends DefaultHandler {
        private final ContentHandler next;
        boolean number;

        CellTypes(ContentHandler next) {
            this.next = next;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            if ("c".equals(localName)) {
                String type = attributes.getValue("t");
                number = type == null || type.equals("n");
            }
            next.startElement(uri, localName, qName, attributes);
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
