package org.bianzhi.imports.infrastructure;

import org.bianzhi.shared.infrastructure.TableWriter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bianzhi.imports.domain.ImportTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RejectedRowsFileTest {

    private static final List<String> HEADERS = List.of("身份证号", "姓名", "单位代码", "备注");

    @TempDir
    Path dir;

    /** A roster as an office saves it from Excel: GB18030, a blank line, a formula-like remark. */
    private Path roster() throws Exception {
        String csv = String.join(",", HEADERS) + "\r\n"
                + "110101199003071234,张三,11331121009444601E,\r\n"      // row 2
                + "\r\n"                                                   // row 3
                + "11010119900307123X,李四,11331121009444601E,=1+1\r\n"   // row 4
                + "110101199003075555,王五,11331121002310491A,正常\r\n"   // row 5
                + "110101199003076666,赵六,,-3\r\n"                       // row 6
                + "110101199003077777,钱七,11331121002310491A,\r\n";      // row 7
        return Files.write(dir.resolve("roster.csv"), csv.getBytes("GB18030"));
    }

    private Path write(Path source, List<RejectedRow> rejected, int expectedRows) throws Exception {
        Path out = dir.resolve("rejected-" + source.getFileName() + ".xlsx");
        try (OutputStream o = Files.newOutputStream(out)) {
            assertEquals(expectedRows, RejectedRowsFile.write(source, rejected.iterator(), o));
        }
        return out;
    }

    @Test
    void writesOnlyTheRejectedRowsWithTheirReasonsAndReadsBackAsTheSameValues() throws Exception {
        Path source = roster();
        Path out = write(source, List.of(new RejectedRow(1, "表头不算数据行"), new RejectedRow(3, "空行没有数据"),
                new RejectedRow(4, "身份证号校验位错误"), new RejectedRow(6, "缺少单位代码"),
                new RejectedRow(6, "备注不能为负数"), new RejectedRow(99, "文件没有这一行")), 2);

        ImportTable back = TableFiles.readAll(out);
        assertEquals("XLSX", back.encoding());
        assertEquals(List.of("身份证号", "姓名", "单位代码", "备注", "错误原因"), back.headers());
        assertEquals(2, back.rows().size());
        ImportTable original = TableFiles.readAll(source);
        List<ImportTable.Row> wanted = original.rows().stream().filter(r -> r.number() == 4 || r.number() == 6).toList();
        for (int i = 0; i < wanted.size(); i++) {
            for (String h : HEADERS) assertEquals(wanted.get(i).get(h), back.rows().get(i).get(h), h + " of row " + wanted.get(i).number());
        }
        assertEquals("11010119900307123X", back.rows().get(0).get("身份证号"));
        assertEquals("=1+1", back.rows().get(0).get("备注"));
        assertEquals("身份证号校验位错误", back.rows().get(0).get("错误原因"));
        assertEquals("缺少单位代码；备注不能为负数", back.rows().get(1).get("错误原因"));
        assertEquals(null, back.rows().get(1).get("单位代码"));
    }

    @Test
    void idNumbersAreTextCellsOnASheetNamedForErrors() throws Exception {
        Path out = write(roster(), List.of(new RejectedRow(5, "单位不存在")), 1);
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            assertEquals("错误行", sheet.getSheetName());
            assertEquals(1, sheet.getLastRowNum());
            assertEquals(CellType.STRING, sheet.getRow(1).getCell(0).getCellType());
            assertEquals("110101199003075555", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals("单位不存在", sheet.getRow(1).getCell(4).getStringCellValue());
        }
    }

    @Test
    void aRejectedRowsFileUploadedAgainKeepsOneReasonColumn() throws Exception {
        Path first = write(roster(), List.of(new RejectedRow(4, "旧原因"), new RejectedRow(7, "旧原因")), 2);
        Path second = write(first, List.of(new RejectedRow(3, "新原因")), 1);
        ImportTable back = TableFiles.readAll(second);
        assertEquals(List.of("身份证号", "姓名", "单位代码", "备注", "错误原因"), back.headers());
        assertEquals("110101199003077777", back.rows().get(0).get("身份证号"));
        assertEquals("新原因", back.rows().get(0).get("错误原因"));
    }

    @Test
    void numbersOfAWorkbookComeBackAsShownAndNoRejectionsGiveTheHeaderAlone() throws Exception {
        Path source = dir.resolve("quotas.xlsx");
        try (OutputStream o = Files.newOutputStream(source); TableWriter w = TableWriter.xlsx(o, "编制核定")) {
            w.row(List.of("单位代码", "核定数"));
            w.row(List.of("11331121009444601E", 12));
            w.row(List.of("11331121002310491A", 15));
        }
        ImportTable back = TableFiles.readAll(write(source, List.of(new RejectedRow(3, "超编")), 1));
        assertEquals("15", back.rows().get(0).get("核定数"));
        assertEquals("11331121002310491A", back.rows().get(0).get("单位代码"));

        ByteArrayOutputStream none = new ByteArrayOutputStream();
        assertEquals(0, RejectedRowsFile.write(source, List.<RejectedRow>of().iterator(), none));
        Path empty = Files.write(dir.resolve("none.xlsx"), none.toByteArray());
        assertEquals(List.of("单位代码", "核定数", "错误原因"), TableFiles.readAll(empty).headers());
    }

    @Test
    void rejectedRowsOutOfOrderAreRefused() throws Exception {
        Path source = roster();
        assertThrows(IllegalArgumentException.class, () -> RejectedRowsFile.write(source,
                List.of(new RejectedRow(5, "a"), new RejectedRow(4, "b")).iterator(), new ByteArrayOutputStream()));
    }

    @Test
    void aCellLongerThanAnXlsxCellTakesIsCutWithAMarkerNotAFailedDownload() throws Exception {
        String huge = "超长".repeat(20_000) + "😀".repeat(10);
        Path source = Files.writeString(dir.resolve("long.csv"), String.join(",", HEADERS) + "\r\n"
                + "110101199003071234,张三,11331121009444601E," + huge + "\r\n");
        Path out = write(source, List.of(new RejectedRow(2, "备注不能超过 200 个字符（现有 40020 个）")), 1);
        ImportTable back = TableFiles.readAll(out);
        String cell = back.rows().get(0).get("备注");
        assertEquals(32_767, cell.length());
        assertEquals(true, cell.startsWith("超长超长"));
        assertEquals(true, cell.endsWith("…（已截断：原文 40020 个字符，表格单元格最多 32767 个）"), cell.substring(32_700));
        assertEquals("备注不能超过 200 个字符（现有 40020 个）", back.rows().get(0).get("错误原因"));
    }
}
