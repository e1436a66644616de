package org.bianzhi.shared.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableWriterTest {

    private static final List<TableWriter.Format> FORMATS = List.of(TableWriter.Format.TEXT, TableWriter.Format.GENERAL,
            TableWriter.Format.DATE, TableWriter.Format.TEXT);

    private static byte[] xlsx(List<TableWriter.Format> formats, List<?>... rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter w = TableWriter.xlsx(out, "花名册", formats)) {
            for (List<?> row : rows) w.row(row);
        }
        return out.toByteArray();
    }

    @Test
    void textColumnsAreTextAsWholeColumnsDatesAreDateCellsAndEmptyValuesAreNoCells() throws Exception {
        byte[] file = xlsx(FORMATS, List.of("身份证号", "核定数", "入编日期", "增人通知单号"),
                List.of("330381199001011234", 5, LocalDate.of(2015, 8, 1), "Z2015-00008"),
                Arrays.asList("33038119900101123X", null, null, ""));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = wb.getSheet("花名册");
            assertEquals("@", sheet.getColumnStyle(0).getDataFormatString(), "a row a clerk adds stays text");
            assertEquals("@", sheet.getColumnStyle(3).getDataFormatString());
            assertEquals("yyyy-mm-dd", sheet.getColumnStyle(2).getDataFormatString());

            Row first = sheet.getRow(1);
            assertEquals(CellType.STRING, first.getCell(0).getCellType());
            assertEquals("330381199001011234", first.getCell(0).getStringCellValue());
            assertEquals("@", first.getCell(0).getCellStyle().getDataFormatString());
            assertEquals(CellType.NUMERIC, first.getCell(1).getCellType());
            assertEquals(5.0, first.getCell(1).getNumericCellValue());
            assertEquals(CellType.NUMERIC, first.getCell(2).getCellType());
            assertTrue(DateUtil.isCellDateFormatted(first.getCell(2)));
            assertEquals("yyyy-mm-dd", first.getCell(2).getCellStyle().getDataFormatString());
            assertEquals(LocalDate.of(2015, 8, 1), first.getCell(2).getLocalDateTimeCellValue().toLocalDate());

            Row second = sheet.getRow(2);
            assertNull(second.getCell(1), "null: no cell");
            assertNull(second.getCell(2));
            assertNull(second.getCell(3), "an empty text: no cell either");
        }
    }

    @Test
    void withoutDeclaredFormatsTextStaysTextAndADateIsStillADate() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter w = TableWriter.xlsx(out, "表")) {
            w.row(List.of("日期", "文字"));
            w.row(List.of(LocalDate.of(2024, 3, 1), "=1+1"));
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Row row = wb.getSheetAt(0).getRow(1);
            assertTrue(DateUtil.isCellDateFormatted(row.getCell(0)));
            assertEquals("'=1+1", row.getCell(1).getStringCellValue());
            assertEquals("General", wb.getSheetAt(0).getColumnStyle(1).getDataFormatString());
        }
    }

    @Test
    void csvWritesDatesAsIsoDaysAndEmptyValuesAsEmptyFields() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter w = TableWriter.csv(out)) {
            w.row(Arrays.asList("330381199001011234", 5, LocalDate.of(2015, 8, 1), null));
        }
        assertEquals("\uFEFF330381199001011234,5,2015-08-01,\r\n", out.toString(StandardCharsets.UTF_8));
    }
}
