package org.bianzhi.imports.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bianzhi.establishment.domain.UnitCode;
import org.bianzhi.imports.domain.ImportColumn;
import org.bianzhi.imports.domain.ImportKind;
import org.bianzhi.imports.domain.ImportTable;
import org.bianzhi.roster.domain.IdNumber;
import org.bianzhi.shared.infrastructure.TableWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TemplateWorkbookTest {

    @TempDir
    Path dir;

    private static XSSFWorkbook template(ImportKind kind) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TemplateWorkbook.write(kind, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    /** The drop-down lists of a sheet: the column they cover (rows 2 to 5001) and their choices. */
    private static Map<Integer, List<String>> dropDowns(XSSFSheet sheet) {
        Map<Integer, List<String>> lists = new HashMap<>();
        for (XSSFDataValidation v : sheet.getDataValidations()) {
            DataValidationConstraint c = v.getValidationConstraint();
            assertEquals(DataValidationConstraint.ValidationType.LIST, c.getValidationType());
            assertFalse(v.getSuppressDropDownArrow(), "the arrow shows");
            CellRangeAddress range = v.getRegions().getCellRangeAddress(0);
            assertEquals(1, range.getFirstRow());
            assertEquals(TemplateWorkbook.VALIDATED_ROWS, range.getLastRow());
            assertEquals(range.getFirstColumn(), range.getLastColumn());
            lists.put(range.getFirstColumn(), Arrays.asList(c.getExplicitListValues()));
        }
        return lists;
    }

    @ParameterizedTest
    @EnumSource(ImportKind.class)
    void theDataSheetComesFirstWithTheHeadersOfTheFormatTextCodeColumnsDateColumnsAndDropDowns(ImportKind kind) throws Exception {
        try (XSSFWorkbook wb = template(kind)) {
            assertEquals(2, wb.getNumberOfSheets());
            XSSFSheet data = wb.getSheetAt(0);
            assertEquals(kind.label(), data.getSheetName());
            assertEquals(TemplateWorkbook.INSTRUCTIONS, wb.getSheetName(1));
            assertEquals(0, data.getLastRowNum(), "the header row and nothing else");
            List<String> headers = new ArrayList<>();
            data.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            assertEquals(kind.columns(), headers);

            Map<Integer, List<String>> dropDowns = dropDowns(data);
            for (int i = 0; i < kind.columns().size(); i++) {
                ImportColumn column = ImportColumn.find(kind.columns().get(i)).orElseThrow(() -> new AssertionError("undescribed"));
                String format = data.getColumnStyle(i).getDataFormatString();
                switch (column.format()) {
                    case DATE -> assertEquals("yyyy-mm-dd", format, column.header());
                    case COUNT -> assertEquals("General", format, column.header());
                    default -> assertEquals("@", format, column.header());
                }
                assertEquals(column.choices().isEmpty() ? null : column.choices(), dropDowns.get(i), column.header());
            }
            assertEquals(kind.columns().stream().filter(h -> ImportColumn.of(h).format() == ImportColumn.Format.CHOICE).count(),
                    dropDowns.size(), "a drop-down for every coded column");
        }
    }

    @Test
    void theRosterOffersTheChineseLabelsOfEveryCodedColumn() throws Exception {
        try (XSSFWorkbook wb = template(ImportKind.ROSTER)) {
            XSSFSheet data = wb.getSheetAt(0);
            Map<Integer, List<String>> dropDowns = dropDowns(data);
            Map<String, List<String>> byHeader = new HashMap<>();
            dropDowns.forEach((col, list) -> byHeader.put(data.getRow(0).getCell(col).getStringCellValue(), list));
            assertEquals(List.of("行政编制", "政法专项编制", "事业编制", "机关工勤编制"), byHeader.get("编制类型"));
            assertEquals(List.of("公务员", "参公人员", "事业人员", "机关工勤人员", "编外人员"), byHeader.get("人员身份"));
            assertEquals(List.of("行政岗位", "管理岗位", "专业技术岗位", "工勤技能岗位", "机关工勤岗位"), byHeader.get("岗位类型"));
            assertEquals(List.of("在岗", "借调", "挂职"), byHeader.get("工作安排"));
            assertEquals(List.of("单位正职", "单位副职", "内设机构正职", "内设机构副职"), byHeader.get("领导职务"));
            assertEquals(List.of("考录", "公开招聘", "调任", "转任", "军转安置", "选调", "其他"), byHeader.get("入编方式"));
            assertEquals(List.of("男", "女"), byHeader.get("性别"));
            assertEquals(List.of("省部级", "厅局级", "县处级", "乡科级", "其他"), byHeader.get("职务层次"));
            assertEquals(8, byHeader.size());
            XSSFDataValidation strict = data.getDataValidations().get(0);
            assertTrue(strict.getShowErrorBox());
            assertEquals(DataValidation.ErrorStyle.STOP, strict.getErrorStyle());
        }
        try (XSSFWorkbook wb = template(ImportKind.UNITS)) {
            XSSFSheet data = wb.getSheetAt(0);
            Map<String, List<String>> byHeader = new HashMap<>();
            dropDowns(data).forEach((col, list) -> byHeader.put(data.getRow(0).getCell(col).getStringCellValue(), list));
            assertEquals(List.of("机关", "事业单位"), byHeader.get("机构类型"));
            assertEquals(List.of("全额拨款", "差额拨款", "自收自支"), byHeader.get("经费形式"));
            assertEquals(List.of("参公", "公益一类", "公益二类", "生产经营类"), byHeader.get("事业单位类别"));
            assertEquals(List.of("省", "市", "县", "乡"), byHeader.get("层级"));
        }
    }

    @ParameterizedTest
    @EnumSource(ImportKind.class)
    void theInstructionsListEveryColumnWithAValidExampleRow(ImportKind kind) throws Exception {
        try (XSSFWorkbook wb = template(kind)) {
            Sheet sheet = wb.getSheet(TemplateWorkbook.INSTRUCTIONS);
            int head = -1;
            for (Row row : sheet) {
                if (row.getCell(0) != null && row.getCell(0).getStringCellValue().equals("列名")) head = row.getRowNum();
            }
            assertTrue(head > 0);
            List<String> table = new ArrayList<>();
            sheet.getRow(head).forEach(c -> table.add(c.getStringCellValue()));
            assertEquals(TemplateWorkbook.COLUMN_TABLE, table);
            Map<String, Object> example = TemplateWorkbook.example(kind);
            for (int i = 0; i < kind.columns().size(); i++) {
                Row row = sheet.getRow(head + 1 + i);
                String header = kind.columns().get(i);
                assertEquals(header, row.getCell(0).getStringCellValue());
                assertEquals(kind.required().contains(header) ? "必填" : "可空", row.getCell(1).getStringCellValue());
                ImportColumn column = ImportColumn.of(header);
                if (!column.choices().isEmpty()) assertEquals(String.join("/", column.choices()), row.getCell(3).getStringCellValue());
                Cell value = row.getCell(5);
                if (kind.required().contains(header)) assertTrue(value != null, "the example fills every required column: " + header);
                if (value == null) {
                    assertNull(example.get(header));
                } else if (column.format() == ImportColumn.Format.DATE) {
                    assertEquals(CellType.NUMERIC, value.getCellType(), header);
                    assertTrue(DateUtil.isCellDateFormatted(value), header);
                    assertEquals(example.get(header), value.getLocalDateTimeCellValue().toLocalDate());
                } else if (column.format() == ImportColumn.Format.COUNT) {
                    assertEquals(((Number) example.get(header)).doubleValue(), value.getNumericCellValue());
                } else {
                    assertEquals(example.get(header), value.getStringCellValue(), header);
                    if (!column.choices().isEmpty() && column.onlyChoices()) assertTrue(column.choices().contains(value.getStringCellValue()), header);
                }
            }
            assertTrue(kind.columns().containsAll(example.keySet()), "examples only for columns of the kind: " + example.keySet());
        }
    }

    @Test
    void theExampleCodesPassTheirCheckCharacters() {
        assertNull(UnitCode.problem(TemplateWorkbook.EXAMPLE_UNIT));
        assertNull(IdNumber.problem(TemplateWorkbook.EXAMPLE_ID));
        assertEquals(LocalDate.of(1990, 1, 1), IdNumber.read(TemplateWorkbook.EXAMPLE_ID).idNumber().birthDate());
    }

    @ParameterizedTest
    @EnumSource(ImportKind.class)
    void theImporterReadsTheTemplateAsTheHeadersOfItsKindAndNoRow(ImportKind kind) throws Exception {
        Path file = dir.resolve(kind.path() + ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            TemplateWorkbook.write(kind, out);
        }
        ImportTable table = TableFiles.readAll(file);
        assertEquals(kind.columns(), table.headers());
        assertEquals(List.of(), table.rows());
    }

    @Test
    void anExportedSheetReadsBackWithIsoDatesWholeIdNumbersAndEmptyCellsEmpty() throws Exception {
        Path file = dir.resolve("花名册.xlsx");
        List<String> headers = ImportKind.ROSTER.columns();
        Object[] values = new Object[headers.size()];
        values[headers.indexOf("身份证号")] = TemplateWorkbook.EXAMPLE_ID;
        values[headers.indexOf("姓名")] = "张三";
        values[headers.indexOf("出生日期")] = LocalDate.of(1990, 1, 1);
        values[headers.indexOf("入编日期")] = LocalDate.of(2015, 8, 1);
        values[headers.indexOf("增人通知单号")] = "Z2015-00008";
        try (OutputStream out = Files.newOutputStream(file);
             TableWriter w = TableWriter.xlsx(out, "实名人员花名册", TemplateWorkbook.sheetFormats(ImportKind.ROSTER))) {
            w.row(headers);
            w.row(Arrays.asList(values));
        }
        ImportTable.Row row = TableFiles.readAll(file).rows().get(0);
        assertEquals(TemplateWorkbook.EXAMPLE_ID, row.get("身份证号"));
        assertEquals("1990-01-01", row.get("出生日期"));
        assertEquals("2015-08-01", row.get("入编日期"));
        assertEquals("Z2015-00008", row.get("增人通知单号"));
        assertNull(row.get("编制单位代码"));
    }
}
