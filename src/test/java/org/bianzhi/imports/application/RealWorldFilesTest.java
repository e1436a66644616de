package org.bianzhi.imports.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bianzhi.imports.RealFiles;
import org.bianzhi.imports.RealFiles.Person;
import org.bianzhi.imports.RealFiles.UnitPeople;
import org.bianzhi.imports.domain.ImportKind;
import org.bianzhi.imports.domain.ImportTable;
import org.bianzhi.imports.infrastructure.TableFiles;
import org.bianzhi.roster.domain.IdNumber;
import org.bianzhi.shared.domain.BianzhiException;
import org.bianzhi.shared.domain.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files as county offices make them (issue 20, items 3 and 4), written by this test, each with the answer it must get:
 * read by {@link TableFiles} as the import of its kind reads it, then checked row by row as the import checks it.
 */
class RealWorldFilesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    private static final String BUREAU = "11330381MB0000000X";
    private static final String STATION = "12330381MB0000001Y";

    @TempDir
    Path dir;

    private static String id(String first17) {
        return first17 + IdNumber.checkCharacter(first17);
    }

    private Path file(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    private static List<Violation> faults(ImportTable table) {
        List<Violation> all = new ArrayList<>();
        for (ImportTable.Row r : table.rows()) all.addAll(RosterRowCheck.check(r, TODAY).faults());
        return all;
    }

    @Test
    void aHuamingceIsReadFromItsSheetAndHeaderWithMergedCellsInEveryRowTheyCover() throws Exception {
        List<Person> bureau = List.of(new Person(id("33038119800401001"), "陈一", "男", "1980-04-01"),
                new Person(id("33038119810401002"), "陈二", "女", "1981-04-01"),
                new Person(id("33038119820401003"), "陈三", "男", "1982-04-01"));
        List<Person> station = List.of(new Person(id("33038119900401005"), "黄五", "男", "1990-04-01"),
                new Person(id("33038119910401006"), "黄六", "女", "1991-04-01"));
        Path f = file("花名册.xlsx", RealFiles.huamingce(List.of(new UnitPeople(BUREAU, "瑞安市水利局", bureau),
                new UnitPeople(STATION, "瑞安市水利工程管理站", station))));

        ImportTable table = TableFiles.readAll(f, ImportKind.ROSTER);
        assertTrue(table.headers().containsAll(List.of("身份证号", "姓名", "人员身份", "编制单位代码", "工作单位代码")), table.headers()::toString);
        assertTrue(table.headers().containsAll(List.of("序号", "所在单位", "备注")), "unknown columns stay, for the notes to name");
        assertEquals(List.of(5, 6, 7, 8, 9), table.rows().stream().map(ImportTable.Row::number).toList(), "spreadsheet row numbers");
        for (int i = 0; i < 5; i++) {
            ImportTable.Row r = table.rows().get(i);
            String unit = i < 3 ? BUREAU : STATION;
            assertEquals(List.of(unit, unit, "行政编制"), List.of(r.get("编制单位代码"), r.get("工作单位代码"), r.get("编制类型")),
                    "merged down over every person of the unit, row " + r.number());
            assertEquals(i < 3 ? "瑞安市水利局" : "瑞安市水利工程管理站", r.get("所在单位"));
            assertEquals("2021-08-01", r.get("入编日期"));
        }
        assertEquals("陈二", table.rows().get(1).get("姓名"), "the hidden row 6 is data like any other");
        assertEquals("1981-04-01", table.rows().get(1).get("出生日期"), "so is the hidden column");
        String notes = String.join("\n", table.notes());
        assertTrue(notes.contains("数据取自工作表“花名册”，表头在第 4 行"), notes);
        assertTrue(notes.contains("第 6 行在 Excel 中是隐藏行，已照常导入"), notes);
        assertTrue(notes.contains("列 “出生日期” 在 Excel 中是隐藏列"), notes);
        assertEquals(List.of(), faults(table), "every row checks out: the 序号 number cells are in a column the roster does not know");
        List<String> unknown = ImportHeaders.check(ImportKind.ROSTER, table.headers());
        assertTrue(unknown.contains("未识别的列“序号”已忽略") && unknown.contains("未识别的列“备注”已忽略"), unknown::toString);
    }

    @Test
    void aBlankOrInstructionsOnlyWorkbookIsAnsweredWithTheHeadersOfTheKindImported() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("Sheet1");
            wb.createSheet("说明").createRow(2).createCell(0).setCellValue("请在“花名册”工作表中逐人填写");
            wb.write(out);
        }
        Path f = file("空.xlsx", out.toByteArray());
        String roster = assertThrows(BianzhiException.class, () -> TableFiles.readAll(f, ImportKind.ROSTER)).getMessage();
        assertTrue(roster.contains("身份证号、姓名、人员身份") && !roster.contains("单位名称"), roster);
        String units = assertThrows(BianzhiException.class, () -> TableFiles.readAll(f, ImportKind.UNITS)).getMessage();
        assertTrue(units.contains("单位代码、单位名称") && !units.contains("身份证号"), units);

        ByteArrayOutputStream blank = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("Sheet1");
            wb.write(blank);
        }
        String empty = assertThrows(BianzhiException.class,
                () -> TableFiles.readAll(file("blank.xlsx", blank.toByteArray()), ImportKind.ROSTER)).getMessage();
        assertTrue(empty.contains("身份证号、姓名、人员身份") && !empty.contains("单位名称"), empty);
        String emptyCsv = assertThrows(BianzhiException.class,
                () -> TableFiles.readAll(file("blank.csv", "\r\n,,\r\n".getBytes(StandardCharsets.UTF_8)), ImportKind.ROSTER)).getMessage();
        assertTrue(emptyCsv.contains("身份证号、姓名、人员身份"), emptyCsv);
    }

    @Test
    void aHeaderMissingARequiredColumnIsNamedWithItsSheetAndRow() throws Exception {
        Path f = file("缺列.xlsx", RealFiles.sheet(List.of("身份证号", "姓名", "性别"), List.of(List.of(id("33038119800401001"), "陈一", "男"))));
        BianzhiException e = assertThrows(BianzhiException.class, () -> TableFiles.readAll(f, ImportKind.ROSTER));
        assertTrue(e.getMessage().contains("工作表“Sheet1”第 1 行，缺少 人员身份"), e.getMessage());
        assertEquals(List.of(Violation.ofRow(1, "人员身份", "缺少必填列“人员身份”")), e.violations());
    }

    @Test
    void numberCellsInIdentifierColumnsAreRefusedByRowAndColumnWithHowToEnterThemAsText() throws Exception {
        List<String> headers = List.of("身份证号", "姓名", "人员身份", "编制单位代码", "编制类型", "入编日期", "工作单位代码", "岗位类型", "增人通知单号");
        String good = id("33112119880808800");
        Path f = file("数字.xlsx", RealFiles.sheet(headers, List.of(
                Arrays.asList(good, "周一", "公务员", BUREAU, "行政编制", "2015-08-01", BUREAU, "行政岗位", "Z2015-00001"),
                // Excel has kept 331121198808088000: 15 digits and zeros
                Arrays.asList(Double.valueOf(good.substring(0, 17)) * 10, "周二", "公务员", BUREAU, "行政编制", "2015-08-01", BUREAU, "行政岗位", null),
                Arrays.asList(id("33112119880808801"), "周三", "公务员", 1.2331121406588E17, "行政编制", "2015-08-01", BUREAU, "行政岗位", 2015001d))));
        List<Violation> faults = faults(TableFiles.readAll(f, ImportKind.ROSTER));
        assertEquals(List.of("3 身份证号", "4 编制单位代码", "4 增人通知单号"), faults.stream().map(v -> v.row() + " " + v.column()).toList(),
                faults::toString);
        for (Violation v : faults) {
            assertTrue(v.reason().contains("是数字单元格") && v.reason().contains("15 位有效数字")
                    && v.reason().contains("设置单元格格式为“文本”后重新输入") && v.reason().contains("英文单引号 '"), v::toString);
        }
    }

    @Test
    void scientificNotationAndCodesOver18CharactersInACsvAreRowErrors() throws Exception {
        String csv = "身份证号,姓名,人员身份,编制单位代码,编制类型,入编日期,工作单位代码,岗位类型\r\n"
                + "3.31121198808088E+17,周一,公务员," + BUREAU + ",行政编制,2015-08-01," + BUREAU + ",行政岗位\r\n"
                + id("33112119880808801") + ",周二,公务员,1.2331121406588E+017,行政编制,2015-08-01," + BUREAU + ",行政岗位\r\n"
                + id("33112119880808802") + ",周三,公务员," + BUREAU + "0,行政编制,2015-08-01," + BUREAU + ",行政岗位\r\n";
        List<Violation> faults = faults(TableFiles.readAll(file("科学计数.csv", csv.getBytes(Charset.forName("GB18030"))), ImportKind.ROSTER));
        assertEquals(List.of("2 身份证号", "3 编制单位代码", "4 编制单位代码"), faults.stream().map(v -> v.row() + " " + v.column()).toList(),
                faults::toString);
        assertTrue(faults.get(0).reason().contains("科学计数法") && faults.get(0).reason().contains("文本"), faults::toString);
        assertTrue(faults.get(1).reason().contains("科学计数法"), faults::toString);
        assertTrue(faults.get(2).reason().contains("不能超过 18 个字符"), faults::toString);
    }

    @Test
    void aGb18030CsvWithItsByteOrderMarkAndPaddedHeadersUnderATitle() throws Exception {
        String csv = "瑞安市水利局实名制人员花名册,,,\r\n,,,\r\n 身份证号 ,姓　名,人员身份,*工作单位代码,岗位类型,备注\r\n"
                + id("33038119800401001") + ",陈一,编外人员," + BUREAU + ",行政岗位,外聘\r\n";
        byte[] text = csv.getBytes(Charset.forName("GB18030"));
        byte[] bom = "\uFEFF".getBytes(Charset.forName("GB18030"));
        byte[] bytes = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(text, 0, bytes, bom.length, text.length);
        ImportTable table = TableFiles.readAll(file("gb.csv", bytes), ImportKind.ROSTER);
        assertEquals("GB18030 (BOM)", table.encoding());
        assertEquals(List.of("身份证号", "姓名", "人员身份", "工作单位代码", "岗位类型", "备注"), table.headers());
        assertEquals(4, table.rows().get(0).number());
        assertEquals(List.of("表头在第 3 行，其上的标题等行未导入"), table.notes());
        assertEquals(List.of(), faults(table));
        assertNull(table.rows().get(0).get("编制单位代码"));
        assertFalse(table.rows().get(0).numberCell("身份证号"));
    }
}
