package org.bianzhi.shared.application;

import java.util.List;

/**
 * A report as the table an office exchanges (CSV, XLSX): a title (the sheet and file name), Chinese column
 * headers and rows of plain values (text, numbers, dates). The JSON form of a report is its own view; this is
 * the spreadsheet form of the same numbers.
 */
public record ReportTable(String title, List<String> columns, List<List<Object>> rows) {

    public ReportTable {
        columns = List.copyOf(columns);
    }
}
