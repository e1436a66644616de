package org.bianzhi.travel.filing.infrastructure;

import static org.bianzhi.travel.infrastructure.PrintedForm.text;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bianzhi.shared.application.ReportTable;
import org.bianzhi.shared.domain.SpreadsheetText;
import org.bianzhi.travel.filing.domain.FilingQueryForm;
import org.bianzhi.travel.infrastructure.PrintedForm;

/**
 * The 查询表 of seed 002 附件1 as printed: row 0 the title, row 1 填表单位（章） left and 填表时间 right, row 2 the 14
 * headings, the people, then a blank row, the footer (填表人（联系电话） left, 审核人 right) and the notes 1–5, a row each.
 * Every cell is text: ID and document numbers must not become numbers.
 */
public final class QueryFormWorkbook {

    /** The column where the right-hand parts of the header and footer lines go (under 人事主管部门). */
    static final int RIGHT = 9;

    private final PrintedForm printed = new PrintedForm();
    private final XSSFWorkbook book = printed.book;

    public void write(ReportTable table, String unitName, LocalDate filledOn, OutputStream out) throws IOException {
        int width = FilingQueryForm.COLUMNS.size();
        CellStyle heading = printed.heading;
        CellStyle body = printed.body;
        CellStyle title = printed.title;
        Sheet sheet = book.createSheet("查询表");
        text(sheet, 0, 0, FilingQueryForm.TITLE, title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, width - 1));
        text(sheet, 1, 0, FilingQueryForm.UNIT_LINE + (unitName == null ? "" : unitName), null);
        text(sheet, 1, RIGHT, FilingQueryForm.dateLine(filledOn), null);
        for (int i = 0; i < width; i++) text(sheet, 2, i, FilingQueryForm.COLUMNS.get(i), heading);
        int r = 3;
        for (List<Object> line : table.rows()) {
            Row row = sheet.createRow(r++);
            for (int i = 0; i < width; i++) {
                Object v = i < line.size() ? line.get(i) : null;
                Cell cell = row.createCell(i);
                if (v instanceof Integer n) cell.setCellValue(n);
                else cell.setCellValue(v == null ? "" : SpreadsheetText.safe(v.toString()));
                cell.setCellStyle(body);
            }
        }
        r++;
        text(sheet, r, 0, FilingQueryForm.SIGNER, null);
        text(sheet, r, RIGHT, FilingQueryForm.REVIEWER, null);
        for (String note : FilingQueryForm.NOTES) {
            text(sheet, ++r, 0, note, null);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, width - 1));
        }
        int[] widths = {6, 6, 8, 6, 21, 12, 26, 18, 22, 16, 12, 22, 12, 10};
        for (int i = 0; i < width; i++) sheet.setColumnWidth(i, widths[i] * 256);
        book.write(out);
        book.close();
    }


}
