package org.bianzhi.imports.infrastructure;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bianzhi.establishment.domain.UnitCode;
import org.bianzhi.imports.domain.ImportColumn;
import org.bianzhi.imports.domain.ImportKind;
import org.bianzhi.roster.domain.IdNumber;
import org.bianzhi.shared.infrastructure.TableWriter;

/**
 * 导入模板: the XLSX workbook a unit fills in for an import kind. The data sheet comes first, named after the kind, with
 * the headers of the format in row 1 and nothing else, so that the workbook imports as it is filled; its ID-number and
 * code columns are text ({@code @}) and its date columns dates ({@code yyyy-mm-dd}) as whole columns, and every coded
 * column offers its Chinese choices as a drop-down list (data validation) on the first {@value #VALIDATED_ROWS} data
 * rows. The second sheet, {@value #INSTRUCTIONS}, says how to fill it in and lists each column: required or not, its
 * format, its choices, a note and an example value — one complete, valid example row, read down the 示例 column.
 * The example stays on the instructions sheet, listed down the rows (no header row an importer could take for data): a
 * template sent back untouched holds no data row and is refused as such, never imported as a made-up person.
 */
public final class TemplateWorkbook {

    /** The name of the instructions sheet. */
    public static final String INSTRUCTIONS = "说明";

    /** The headers of the column table on the instructions sheet. */
    public static final List<String> COLUMN_TABLE = List.of("列名", "是否必填", "格式", "可选值", "填写说明", "示例");

    /** Data rows (2 to 1 + this) that carry the drop-down lists. */
    public static final int VALIDATED_ROWS = 5000;

    /** A unit code and an ID number that pass their check characters, for the examples. */
    static final String EXAMPLE_UNIT = withCheck("11330381MB1234567", true);
    static final String EXAMPLE_ID = withCheck("33038119900101123", false);

    private TemplateWorkbook() {
    }

    /** How each column of a kind's sheet is formatted, in the order of its files (for exports as well). */
    public static List<TableWriter.Format> sheetFormats(ImportKind kind) {
        return ImportColumn.of(kind).stream().map(TemplateWorkbook::sheetFormat).toList();
    }

    private static TableWriter.Format sheetFormat(ImportColumn column) {
        if (column.format() == ImportColumn.Format.DATE) return TableWriter.Format.DATE;
        return column.format().text() ? TableWriter.Format.TEXT : TableWriter.Format.GENERAL;
    }

    public static void write(ImportKind kind, OutputStream out) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles styles = new Styles(wb);
            List<ImportColumn> columns = ImportColumn.of(kind);
            dataSheet(wb, kind, columns, styles);
            instructions(wb, kind, columns, styles);
            wb.setActiveSheet(0);
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void dataSheet(XSSFWorkbook wb, ImportKind kind, List<ImportColumn> columns, Styles styles) {
        Sheet sheet = wb.createSheet(kind.label());
        Row header = sheet.createRow(0);
        DataValidationHelper validations = sheet.getDataValidationHelper();
        for (int i = 0; i < columns.size(); i++) {
            ImportColumn c = columns.get(i);
            Cell cell = header.createCell(i);
            cell.setCellValue(c.header());
            cell.setCellStyle(kind.required().contains(c.header()) ? styles.requiredHeader : styles.header);
            sheet.setColumnWidth(i, Math.max(10, Math.min(40, c.header().length() * 2 + 4)) * 256);
            CellStyle columnStyle = styles.of(sheetFormat(c));
            if (columnStyle != null) sheet.setDefaultColumnStyle(i, columnStyle);
            if (!c.choices().isEmpty()) {
                DataValidation v = validations.createValidation(
                        validations.createExplicitListConstraint(c.choices().toArray(String[]::new)),
                        new CellRangeAddressList(1, VALIDATED_ROWS, i, i));
                v.setSuppressDropDownArrow(false); // XSSF: false shows the arrow
                v.setEmptyCellAllowed(true);
                v.setShowErrorBox(true);
                v.setErrorStyle(c.onlyChoices() ? DataValidation.ErrorStyle.STOP : DataValidation.ErrorStyle.WARNING);
                v.createErrorBox(c.header(), "请从下拉列表中选择：" + String.join("、", c.choices()));
                v.setShowPromptBox(true);
                v.createPromptBox(c.header(), prompt(c));
                sheet.addValidationData(v);
            }
        }
        sheet.createFreezePane(0, 1);
    }

    private static String prompt(ImportColumn c) {
        String text = c.note().isEmpty() ? "请从下拉列表中选择" : c.note();
        return text.length() <= 255 ? text : text.substring(0, 254) + "…";
    }

    private static void instructions(XSSFWorkbook wb, ImportKind kind, List<ImportColumn> columns, Styles styles) {
        Sheet sheet = wb.createSheet(INSTRUCTIONS);
        int r = 0;
        Cell title = sheet.createRow(r++).createCell(0);
        title.setCellValue(kind.label() + "导入模板填写说明");
        title.setCellStyle(styles.header);
        for (String line : List.of(
                "1. 在第一个工作表“" + kind.label() + "”中填写：第 1 行是表头，请勿修改；从第 2 行起每行填写一条，中间不要留空行。",
                "2. 红色表头的列必须填写（" + String.join("、", kind.required()) + "）；其他列按下表说明填写或留空，不需要的可选列可以删除，列的顺序可以调整。",
                "3. 身份证号、单位代码、文号等列已设为文本格式，请直接输入；从其他表格粘贴时请选择“只粘贴数值”，不要让 Excel 把它们变成数字（只保留 15 位有效数字）。",
                "4. 日期写作 2024-03-01（也可 2024/3/1、2024年3月1日，或 Excel 日期）。",
                "5. 有下拉箭头的列请从列表中选择。",
                "6. 本说明页不会被导入。下表“示例”一列是一行完整的示例，仅供参考，请按实际情况填写。")) {
            sheet.createRow(r++).createCell(0).setCellValue(line);
        }
        r++;
        Row head = sheet.createRow(r++);
        for (int i = 0; i < COLUMN_TABLE.size(); i++) {
            Cell cell = head.createCell(i);
            cell.setCellValue(COLUMN_TABLE.get(i));
            cell.setCellStyle(styles.header);
        }
        Map<String, Object> example = example(kind);
        for (ImportColumn c : columns) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(c.header());
            row.createCell(1).setCellValue(kind.required().contains(c.header()) ? "必填" : "可空");
            row.createCell(2).setCellValue(c.format().label());
            if (!c.choices().isEmpty()) row.createCell(3).setCellValue(String.join("/", c.choices()));
            if (!c.note().isEmpty()) row.createCell(4).setCellValue(c.note());
            Object value = example.get(c.header());
            if (value != null) {
                Cell cell = row.createCell(5);
                if (value instanceof LocalDate d) cell.setCellValue(d);
                else if (value instanceof Number n) cell.setCellValue(n.doubleValue());
                else cell.setCellValue(value.toString());
                CellStyle style = styles.of(sheetFormat(c));
                if (style != null) cell.setCellStyle(style);
            }
        }
        int[] widths = {16, 10, 12, 40, 60, 24};
        for (int i = 0; i < widths.length; i++) sheet.setColumnWidth(i, widths[i] * 256);
    }

    /** One valid row of the kind, column by column (empty columns absent). */
    static Map<String, Object> example(ImportKind kind) {
        Map<String, Object> row = new HashMap<>();
        List<Object> values = switch (kind) {
            case UNITS -> List.of("单位代码", EXAMPLE_UNIT, "单位名称", "示例县教育局", "简称", "教育局", "机构类型", "机关",
                    "行政区划代码", "330381", "层级", "县", "经费形式", "全额拨款", "别名", "县教育局", "设立日期", LocalDate.of(1984, 1, 1));
            case QUOTAS -> List.of("单位代码", EXAMPLE_UNIT, "编制类型", "行政编制", "核定数", 12, "生效日期", LocalDate.of(2024, 1, 1),
                    "批准文号", "示编办〔2024〕12号");
            case LEADERSHIP -> List.of("单位代码", EXAMPLE_UNIT, "职数类别", "单位副职", "核定数", 2, "生效日期", LocalDate.of(2024, 1, 1),
                    "批准文号", "示编办〔2024〕12号");
            case ROSTER -> List.of("身份证号", EXAMPLE_ID, "姓名", "张三", "性别", "男", "出生日期", LocalDate.of(1990, 1, 1),
                    "人员身份", "公务员", "编制单位代码", EXAMPLE_UNIT, "编制类型", "行政编制", "入编日期", LocalDate.of(2015, 8, 1),
                    "增人通知单号", "Z2015-00008", "工作单位代码", EXAMPLE_UNIT, "岗位类型", "行政岗位", "工作安排", "在岗", "入编方式", "考录");
            case PAYROLL -> List.of("身份证号", EXAMPLE_ID, "姓名", "张三", "发薪单位代码", EXAMPLE_UNIT, "发薪月份", "2024-05");
            case TRAVEL_APPLICATIONS -> List.of("身份证号", EXAMPLE_ID, "姓名", "张三", "前往国家（地区）", "日本", "事由", "旅游",
                    "出发日期", LocalDate.of(2024, 5, 1), "返回日期", LocalDate.of(2024, 5, 7), "单位意见", "同意", "纪检意见", "同意",
                    "审批结果", "批准", "审批日期", LocalDate.of(2024, 4, 20), "批准文号", "示组〔2024〕3号", "审批单位代码", EXAMPLE_UNIT);
            case BORDER_CROSSINGS -> List.of("身份证号", EXAMPLE_ID, "证件类型", "因私护照", "证件号码", "E12345678", "出入境方向", "出境",
                    "日期", LocalDate.of(2024, 5, 1), "口岸", "上海浦东国际机场", "前往地", "日本");
            case DOCUMENT_ISSUANCES -> List.of("身份证号", EXAMPLE_ID, "姓名", "张三", "证件类型", "因私护照", "证件号码", "E12345678",
                    "签发日期", LocalDate.of(2024, 3, 1), "签发机关", "示例市公安局出入境管理支队");
            case EXIT_CERTIFICATES -> List.of("身份证号", EXAMPLE_ID, "姓名", "张三", "证明编号", "示组证〔2024〕8号",
                    "出具日期", LocalDate.of(2024, 2, 20), "出具单位", "中共示例县委组织部");
        };
        for (int i = 0; i < values.size(); i += 2) row.put((String) values.get(i), values.get(i + 1));
        return row;
    }

    private static String withCheck(String first17, boolean unit) {
        return first17 + (unit ? UnitCode.checkCharacter(first17) : IdNumber.checkCharacter(first17));
    }

    /** The workbook's styles, each made once. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle requiredHeader;
        final CellStyle text;
        final CellStyle date;

        Styles(XSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            Font red = wb.createFont();
            red.setBold(true);
            red.setColor(IndexedColors.RED.getIndex());
            requiredHeader = wb.createCellStyle();
            requiredHeader.cloneStyleFrom(header);
            requiredHeader.setFont(red);
            text = TableWriter.Format.TEXT.style(wb);
            date = TableWriter.Format.DATE.style(wb);
        }

        CellStyle of(TableWriter.Format format) {
            return switch (format) {
                case TEXT -> text;
                case DATE -> date;
                case GENERAL -> null;
            };
        }
    }
}
