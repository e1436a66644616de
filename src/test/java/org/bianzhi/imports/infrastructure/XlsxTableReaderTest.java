package org.bianzhi.imports.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bianzhi.imports.domain.ImportTable;
import org.bianzhi.shared.domain.BianzhiException;
import org.junit.jupiter.api.Test;

class XlsxTableReaderTest {

    /** A quotas sheet as an office fills it in Excel: a date in Excel's short format, a number, a blank row. */
    private static byte[] workbook() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("编制核定");
            wb.createSheet("说明").createRow(0).createCell(0).setCellValue("第二个工作表不导入");
            CellStyle shortDate = wb.createCellStyle();
            shortDate.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("m/d/yy"));
            List<String> headers = List.of("单位代码", "编制类型", "核定数", "生效日期", "批准文号");
            Row h = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) h.createCell(i).setCellValue(headers.get(i));
            Row r = sheet.createRow(1);
            r.createCell(0).setCellValue("11331121009444601E");
            r.createCell(1).setCellValue("行政编制");
            r.createCell(2).setCellValue(12);
            r.createCell(3).setCellValue(LocalDate.of(2019, 3, 6));
            r.getCell(3).setCellStyle(shortDate);
            r.createCell(4).setCellValue("青编〔2019〕14号");
            Row after = sheet.createRow(3);
            after.createCell(0).setCellValue("11331121002310491A");
            after.createCell(2).setCellValue(15);
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void readsTheFirstSheetWithIsoDatesPlainNumbersAndSpreadsheetRowNumbers() throws Exception {
        byte[] file = workbook();
        assertTrue(XlsxTableReader.isXlsx(file));
        ImportTable table = XlsxTableReader.read(file);
        assertEquals("XLSX", table.encoding());
        assertEquals(List.of("单位代码", "编制类型", "核定数", "生效日期", "批准文号"), table.headers());
        assertEquals(2, table.rows().size(), "the blank row 3 is skipped");
        ImportTable.Row first = table.rows().get(0);
        assertEquals(2, first.number());
        assertEquals("2019-03-06", first.get("生效日期"));
        assertEquals("12", first.get("核定数"));
        assertEquals("青编〔2019〕14号", first.get("批准文号"));
        ImportTable.Row second = table.rows().get(1);
        assertEquals(4, second.number());
        assertEquals(null, second.get("编制类型"), "an empty cell reads as missing");
    }

    @Test
    void aCsvFileIsNotTakenForAWorkbookAndABrokenWorkbookIsRefusedInChinese() {
        assertFalse(XlsxTableReader.isXlsx("单位代码,编制类型\n".getBytes(StandardCharsets.UTF_8)));
        byte[] broken = {'P', 'K', 3, 4, 0, 0, 1, 2};
        BianzhiException e = assertThrows(BianzhiException.class, () -> XlsxTableReader.read(broken));
        assertTrue(e.getMessage().contains("XLSX"), e.getMessage());
    }
}
