package org.bianzhi.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Workbooks shaped as county offices' files are, written here with POI (no spreadsheet from elsewhere is checked in):
 * the 花名册 layout of issue 20, and a plain sheet whose cells are typed as a clerk types them.
 */
public final class RealFiles {

    private RealFiles() {
    }

    /** One person of a 花名册: ID number, name, gender, birth date (YYYY-MM-DD). */
    public record Person(String id, String name, String gender, String birth) {}

    /** The people of one unit, all 公务员 on its 行政编制 in 行政岗位. */
    public record UnitPeople(String code, String name, List<Person> people) {}

    /** Columns of the 花名册 sheet, in order (row 4 of the sheet; 序号, 所在单位 and 备注 span rows 3–4). */
    public static final List<String> HUAMINGCE_COLUMNS = List.of("序号", "所在单位", "身份证号 ", "姓　名", "性别", "出生日期", "人员身份",
            "编制单位代码", "编制类型", "入编日期", "增人通知单号", "工作单位代码", "岗位类型", "工作安排", "借调起始日期", "借调截止日期",
            "借调批准文号", "备注");

    /**
     * A 实名制人员花名册 as units send it: an instructions sheet first; on the second sheet a title row merged across, a
     * row saying who filled it in, two-level headers (基本信息 / 编制情况 / 岗位情况 / 借调情况 merged over their columns; 序号,
     * 所在单位 and 备注 merged over both header rows; 身份证号 with a trailing blank, 姓名 with a full-width space), the unit's
     * name, codes and quota type merged down over its people, 序号 as number cells, 入编日期 as real date cells, the second
     * person's row hidden and the 出生日期 column hidden. People start in row 5.
     */
    public static byte[] huamingce(List<UnitPeople> units) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet help = wb.createSheet("填表说明");
            String[] lines = {"填表说明", "1. 身份证号、单位代码请先将单元格设置为“文本”格式再填写。",
                    "2. 人员身份：公务员、参公人员、事业人员、机关工勤人员、编外人员。", "3. 编外人员不填编制单位代码和编制类型。"};
            for (int i = 0; i < lines.length; i++) help.createRow(i).createCell(0).setCellValue(lines[i]);
            Row columnHelp = help.createRow(lines.length);
            columnHelp.createCell(0).setCellValue("身份证号");
            columnHelp.createCell(1).setCellValue("18 位，末位可为 X");

            Sheet sheet = wb.createSheet("花名册");
            int last = HUAMINGCE_COLUMNS.size() - 1;
            sheet.createRow(0).createCell(0).setCellValue("瑞安市机构编制实名制人员花名册");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last));
            sheet.createRow(1).createCell(0).setCellValue("填报单位（盖章）：            数据时点：2026年6月30日");
            Row groups = sheet.createRow(2);
            Row names = sheet.createRow(3);
            for (int c = 0; c <= last; c++) names.createCell(c).setCellValue(HUAMINGCE_COLUMNS.get(c));
            for (int c : new int[] {0, 1, last}) {
                groups.createCell(c).setCellValue(HUAMINGCE_COLUMNS.get(c));
                names.getCell(c).setBlank(); // what a merge keeps: only the top-left cell has the value
                sheet.addMergedRegion(new CellRangeAddress(2, 3, c, c));
            }
            group(sheet, groups, "基本信息", 2, 6);
            group(sheet, groups, "编制情况", 7, 10);
            group(sheet, groups, "岗位情况", 11, 13);
            group(sheet, groups, "借调情况", 14, 16);

            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            int r = 4;
            int number = 1;
            for (UnitPeople unit : units) {
                int first = r;
                for (Person p : unit.people()) {
                    Row row = sheet.createRow(r);
                    row.createCell(0).setCellValue(number++);
                    if (r == first) {
                        row.createCell(1).setCellValue(unit.name());
                        row.createCell(7).setCellValue(unit.code());
                        row.createCell(8).setCellValue("行政编制");
                        row.createCell(11).setCellValue(unit.code());
                    }
                    row.createCell(2).setCellValue(p.id());
                    row.createCell(3).setCellValue(p.name());
                    row.createCell(4).setCellValue(p.gender());
                    row.createCell(5).setCellValue(p.birth());
                    row.createCell(6).setCellValue("公务员");
                    row.createCell(9).setCellValue(LocalDate.of(2021, 8, 1));
                    row.getCell(9).setCellStyle(date);
                    row.createCell(10).setCellValue("Z2021-" + (10000 + number));
                    row.createCell(12).setCellValue("行政岗位");
                    row.createCell(13).setCellValue("在岗");
                    row.createCell(last).setCellValue(r == first ? "单位负责人" : "");
                    r++;
                }
                if (r - 1 > first) {
                    for (int c : new int[] {1, 7, 8, 11}) sheet.addMergedRegion(new CellRangeAddress(first, r - 1, c, c));
                }
            }
            sheet.getRow(5).setZeroHeight(true);
            sheet.setColumnHidden(5, true);
            return bytes(wb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void group(Sheet sheet, Row groups, String name, int from, int to) {
        groups.createCell(from).setCellValue(name);
        sheet.addMergedRegion(new CellRangeAddress(2, 2, from, to));
    }

    /**
     * One sheet with a header in row 1 and the rows under it, each cell a text cell unless it is a {@link Double}: a
     * number cell, as Excel makes of a long number typed into a General cell.
     */
    public static byte[] sheet(List<String> headers, List<List<Object>> rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("Sheet1");
            Row h = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) h.createCell(c).setCellValue(headers.get(c));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object v = rows.get(r).get(c);
                    if (v instanceof Double d) row.createCell(c).setCellValue(d);
                    else if (v != null) row.createCell(c).setCellValue(v.toString());
                }
            }
            return bytes(wb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(XSSFWorkbook wb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
    }
}
