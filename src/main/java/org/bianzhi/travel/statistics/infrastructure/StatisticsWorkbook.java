package org.bianzhi.travel.statistics.infrastructure;

import static org.bianzhi.travel.infrastructure.PrintedForm.text;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bianzhi.shared.domain.SpreadsheetText;
import org.bianzhi.travel.statistics.domain.StatisticsForm;
import org.bianzhi.travel.statistics.domain.StatisticsForm.Column;
import org.bianzhi.travel.infrastructure.PrintedForm;

/**
 * A statistics form as the seeds print it: the title, 填表单位 and 填表时间, the nested headings as merged cells,
 * one row per line and the 合计, and the signature line (填表人、联系电话、审核人) left for the office to fill in.
 */
public final class StatisticsWorkbook {

    private final PrintedForm printed = new PrintedForm();
    private final XSSFWorkbook book = printed.book;
    private final CellStyle heading = printed.heading;
    private final CellStyle body = printed.body;

    /** {@code lines}: per line 序号 (or "合计"), the unit's name and the numbers in the order of the form's columns. */
    public void write(StatisticsForm form, List<Column> columns, String unitName, LocalDate from, LocalDate to, LocalDate filledOn,
                      List<List<Object>> lines, List<String> notes, OutputStream out) throws IOException {
        Sheet sheet = book.createSheet(form.label().length() > 31 ? form.label().substring(0, 31) : form.label());
        int width = 2 + form.leaves().size();
        int depth = form.headingRows();
        text(sheet, 0, 0, form.label(), printed.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, width - 1));
        // the seed's own line: who signs (or 填表单位) and 填表时间; the period goes into the notes, the form has no place for it
        String signer = form.print() == StatisticsForm.Print.SEED_002 ? unitName : "";
        text(sheet, 1, 0, form.print().signature() + signer + "                    填表时间：" + chinese(filledOn), null);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, width - 1));
        int top = 2;
        headingCell(sheet, top, 0, top + depth - 1, 0, "序号");
        headingCell(sheet, top, 1, top + depth - 1, 1, form == StatisticsForm.GOVERNANCE ? "地区或单位" : "地区、单位（部门）");
        int col = 2;
        for (Column c : columns) col = heading(sheet, c, top, col, depth);
        int r = top + depth;
        for (List<Object> line : lines) {
            Row row = sheet.createRow(r++);
            for (int i = 0; i < width; i++) {
                Object v = i < line.size() ? line.get(i) : null;
                Cell cell = row.createCell(i);
                if (v instanceof Number n) cell.setCellValue(n.doubleValue());
                else cell.setCellValue(v == null ? "" : SpreadsheetText.safe(v.toString())); // a unit named =1+1… is text, not a formula
                cell.setCellStyle(body);
            }
        }
        List<String> all = new ArrayList<>();
        all.add("统计期间：" + chinese(from) + "至" + chinese(to) + "；本级及所属单位：" + unitName + "。");
        all.addAll(notes);
        for (String note : all) {
            text(sheet, ++r, 0, "说明：" + note, null);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, width - 1));
        }
        text(sheet, r + 1, 0, form.print().footer(), null);
        sheet.setColumnWidth(0, 6 * 256);
        sheet.setColumnWidth(1, 28 * 256);
        for (int i = 2; i < width; i++) sheet.setColumnWidth(i, 11 * 256);
        book.write(out);
        book.close();
    }

    /** Writes a heading at (row, col) spanning its leaves, and its children below; a leaf reaches the last heading row. */
    private int heading(Sheet sheet, Column c, int row, int col, int depth) {
        int span = c.leaves().size();
        int bottom = c.leaf() ? row + depth - 1 : row;
        headingCell(sheet, row, col, bottom, col + span - 1, c.label());
        int next = col;
        for (Column child : c.children()) next = heading(sheet, child, row + 1, next, depth - 1);
        return col + span;
    }

    private void headingCell(Sheet sheet, int row, int col, int lastRow, int lastCol, String label) {
        for (int r = row; r <= lastRow; r++) {
            for (int c = col; c <= lastCol; c++) {
                Row x = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
                Cell cell = x.getCell(c) == null ? x.createCell(c) : x.getCell(c);
                cell.setCellStyle(heading);
            }
        }
        sheet.getRow(row).getCell(col).setCellValue(label);
        if (lastRow > row || lastCol > col) sheet.addMergedRegion(new CellRangeAddress(row, lastRow, col, lastCol));
    }



    private static String chinese(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
