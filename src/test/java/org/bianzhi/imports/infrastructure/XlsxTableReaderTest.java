package org.bianzhi.imports.infrastructure;

import org.bianzhi.shared.infrastructure.TableWriter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bianzhi.imports.domain.ImportTable;
import org.bianzhi.shared.domain.BianzhiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxTableReaderTest {

    @TempDir
    Path dir;

    /** A quotas sheet as an office fills it in Excel: a date in Excel's short format, a number, a blank row. */
    private Path workbook() throws Exception {
        Path file = dir.resolve("编制核定.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
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
            sheet.createRow(2).createCell(1).setCellValue("  ");
            Row after = sheet.createRow(3);
            after.createCell(0).setCellValue("11331121002310491A");
            after.createCell(2).setCellValue(15);
            wb.write(out);
        }
        return file;
    }

    @Test
    void readsTheFirstSheetWithIsoDatesPlainNumbersAndSpreadsheetRowNumbers() throws Exception {
        Path file = workbook();
        assertTrue(TableFiles.isXlsx(file));
        ImportTable table = TableFiles.readAll(file);
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
        assertEquals("", second.values().get("编制类型"), "a missing cell is an empty value");
        assertEquals(null, second.get("编制类型"), "an empty cell reads as missing");
    }

    @Test
    void aNumberCellIsToldFromATextCell() throws Exception {
        Path file = dir.resolve("数字.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("人员");
            Row h = sheet.createRow(0);
            h.createCell(0).setCellValue("身份证号");
            h.createCell(1).setCellValue("增人通知单号");
            Row r = sheet.createRow(1);
            r.createCell(0).setCellValue(331121198808088123d); // typed into a General cell
            r.createCell(1).setCellValue("2024001");
            wb.write(out);
        }
        ImportTable.Row row = TableFiles.readAll(file).rows().get(0);
        assertTrue(row.numberCell("身份证号"), row::toString);
        assertFalse(row.numberCell("增人通知单号"), row::toString);
    }

    @Test
    void aCsvFileIsNotTakenForAWorkbookAndABrokenWorkbookIsRefusedInChinese() throws Exception {
        Path csv = Files.writeString(dir.resolve("a.xlsx"), "单位代码,编制类型\n", StandardCharsets.UTF_8);
        assertFalse(TableFiles.isXlsx(csv));
        Path broken = Files.write(dir.resolve("broken.xlsx"), new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2});
        assertTrue(TableFiles.isXlsx(broken));
        BianzhiException e = assertThrows(BianzhiException.class, () -> TableFiles.read(broken, new Rows()));
        assertTrue(e.getMessage().contains("XLSX"), e.getMessage());
    }

    @Test
    void whatTheSinkThrowsReachesTheCallerUnchanged() throws Exception {
        Path file = workbook();
        IllegalStateException cancelled = new IllegalStateException("cancelled");
        assertSame(cancelled, assertThrows(IllegalStateException.class, () -> TableFiles.read(file, new Rows() {
            @Override
            public void row(ImportTable.Row row, double fractionRead) {
                throw cancelled;
            }
        })));
        BianzhiException refused = BianzhiException.invalid("file", "表头不对");
        assertSame(refused, assertThrows(BianzhiException.class, () -> TableFiles.read(file, new Rows() {
            @Override
            public void headers(List<String> headers, String encoding) {
                throw refused;
            }
        })));
    }

    @Test
    void reportsProgressThroughTheSheet() throws Exception {
        Path file = dir.resolve("big.xlsx");
        try (OutputStream out = Files.newOutputStream(file); TableWriter w = TableWriter.xlsx(out, "人员")) {
            w.row(List.of("身份证号", "姓名"));
            for (int i = 0; i < 5000; i++) w.row(List.of("1101011990030" + (10000 + i), "张三" + i));
        }
        Rows rows = new Rows();
        TableFiles.read(file, rows);
        assertEquals(5000, rows.fractions.size());
        assertProgress(rows.fractions);
    }

    static void assertProgress(List<Double> fractions) {
        for (int i = 1; i < fractions.size(); i++) {
            assertTrue(fractions.get(i) >= fractions.get(i - 1), "progress never goes back, at row " + i);
        }
        assertTrue(fractions.get(0) < 0.5, "the first row comes before most of the file is read: " + fractions.get(0));
        double last = fractions.get(fractions.size() - 1);
        assertTrue(last > 0.95 && last <= 1.0, "the last row comes at the end of the file: " + last);
    }

    /** Keeps the headers and the progress, nothing else. */
    static class Rows implements RowSink {
        List<String> headers;
        final List<Double> fractions = new ArrayList<>();

        @Override
        public void headers(List<String> headers, String encoding) {
            this.headers = headers;
        }

        @Override
        public void row(ImportTable.Row row, double fractionRead) {
            fractions.add(fractionRead);
        }
    }

    /**
     * A sheet that declares an external entity naming a local file (XXE) never reads that file: the workbook is refused
     * or read without it, and nothing but the registry's own refusal comes out.
     */
    @Test
    void aSheetWithAnExternalEntityNeverReadsTheFileItNames() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "机密内容XXE");
        Path plain = workbook();
        Path hostile = dir.resolve("xxe.xlsx");
        boolean planted = false;
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(plain));
             var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(hostile))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    xml = xml.replaceFirst("\\?>", "?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>")
                            .replace("<v>12.0</v>", "<v>&xxe;</v>").replace("<v>12</v>", "<v>&xxe;</v>");
                    bytes = xml.getBytes(StandardCharsets.UTF_8);
                    planted = xml.contains("<!DOCTYPE") && xml.contains("&xxe;");
                }
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        assertTrue(planted, "the hostile sheet holds the entity");
        List<String> cells = new ArrayList<>();
        try {
            ImportTable table = TableFiles.readAll(hostile);
            for (var row : table.rows()) cells.addAll(row.values().values());
        } catch (BianzhiException refused) {
            cells.add(refused.getMessage());
        }
        assertFalse(String.join("|", cells).contains("机密内容"), () -> "the entity was resolved: " + cells);
    }
}
