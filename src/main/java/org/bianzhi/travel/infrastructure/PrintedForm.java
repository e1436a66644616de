package org.bianzhi.travel.infrastructure;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The look the seeds' forms share when written as XLSX (the 查询表 and the statistics tables): a large bold title,
 * thin-bordered centred cells (bold in the headings), and plain lines of text above and below the table.
 */
public final class PrintedForm {

    public final XSSFWorkbook book = new XSSFWorkbook();
    public final CellStyle heading = bordered(true);
    public final CellStyle body = bordered(false);
    public final CellStyle title = title();

    /** Writes {@code value} at (row, col), creating the row when needed; {@code style} may be null. */
    public static void text(Sheet sheet, int row, int col, String value, CellStyle style) {
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

    private CellStyle title() {
        CellStyle s = book.createCellStyle();
        Font big = book.createFont();
        big.setFontHeightInPoints((short) 16);
        big.setBold(true);
        s.setFont(big);
        s.setAlignment(HorizontalAlignment.CENTER);
        return s;
    }
}
