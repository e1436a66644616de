package org.bianzhi.imports.infrastructure;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.openxml4j.opc.OPCPackage;
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
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an XLSX workbook with POI's event (SAX) API, which never builds the whole
 * workbook in memory. Row 1 holds the headers; dates come out as YYYY-MM-DD whatever their cell format.
 */
public final class XlsxTableReader {

    private XlsxTableReader() {
    }

    /** Whether the bytes are a ZIP container, as every XLSX file is. */
    public static boolean isXlsx(byte[] bytes) {
        return bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    public static ImportTable read(byte[] bytes) {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            XSSFReader reader = new XSSFReader(pkg);
            var sheets = reader.getSheetsData();
            if (!sheets.hasNext()) throw BianzhiException.invalid("file", "工作簿中没有工作表");
            Rows rows = new Rows();
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null,
                        new ReadOnlySharedStringsTable(pkg), rows, new IsoDates(), false));
                parser.parse(new InputSource(sheet));
            }
            if (rows.headers == null) throw BianzhiException.invalid("file", "第一个工作表是空的：第 1 行应为表头（如 单位代码,单位名称,…）");
            return new ImportTable("XLSX", rows.headers, rows.rows);
        } catch (BianzhiException e) {
            throw e;
        } catch (Exception e) {
            throw BianzhiException.invalid("file", "文件不是有效的 XLSX 工作簿（请用 Excel 或 WPS 另存为 .xlsx 后重试）");
        }
    }

    /** Collects the rows of the sheet, the first one as headers. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        List<String> headers;
        final List<ImportTable.Row> rows = new ArrayList<>();
        private TreeMap<Integer, String> cells;

        @Override
        public void startRow(int rowNum) {
            cells = new TreeMap<>();
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            if (value != null) cells.put((int) new CellReference(reference).getCol(), value);
        }

        @Override
        public void endRow(int rowNum) {
            if (headers == null) {
                headers = new ArrayList<>();
                int last = cells.isEmpty() ? -1 : cells.lastKey();
                for (int i = 0; i <= last; i++) headers.add(cells.getOrDefault(i, "").strip());
                return;
            }
            if (cells.values().stream().allMatch(String::isBlank)) return;
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < headers.size(); i++) values.put(headers.get(i), cells.getOrDefault(i, ""));
            rows.add(new ImportTable.Row(rowNum + 1, values));
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
