package org.bianzhi.travel.infrastructure;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bianzhi.shared.application.ReportTable;
import org.bianzhi.shared.domain.SpreadsheetText;
import org.bianzhi.travel.domain.FilingQueryForm;

/**
 * The 查询表 of seed 002 附件1 as printed: row 0 the title, row 1 填表单位（章） left and 填表时间 right, row 2 the 14
 * headings, the people, then a blank row, the footer (填表人（联系电话） left, 审核人 right) and the notes 1–5, a row each.
 * Every cell is text: ID and document numbers must not become numbers.
 */
public final class QueryFormWorkbook {

    /** The column where the right-hand parts of the header and footer lines go (under 人事主管部门). */
    static final int RIGHT = 9;

    private final XSSFWorkbook book = new XSSFWorkbook();

    public void write(ReportTable table, String unitName, LocalDate filledOn, OutputStream out) throws IOException {
        int width = FilingQueryForm.COLUMNS.size();
        CellStyle heading = bordered(true);
        CellStyle body = bordered(false);
        CellStyle title = book.createCellStyle();
        Font big = book.createFont();
        big.setFontHeightInPoints((short) 16);
        big.setBold(true);
        title.setFont(big);
        title.setAlignment(HorizontalAlignment.CENTER);
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

    private static void text(Sheet sheet, int row, int col, String value, CellStyle style) {
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        Cell cell = r.createCell(col);
        cell.setCellValue(value);
        if (style != null) cell.setCellStyle(style);
    }

    private CellStyle bordered(boolean bold) {
        CellStyle s = book.createCellStyle();
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        s.setAlignment(HorizontalAlignment.CENTER);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        s.setWrapText(true);
        if (bold) {
            Font f = book.createFont();
            f.setBold(true);
            s.setFont(f);
        }
        return s;
    }
}
