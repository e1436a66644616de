package org.bianzhi.imports.domain;

import java.util.List;
import java.util.Map;
import org.bianzhi.shared.domain.SpreadsheetText;

/**
 * A file read into rows keyed by column header. {@code number} is the spreadsheet row number
 * (the header is row 1), which is what a clerk sees when correcting the file.
 */
public record ImportTable(String encoding, List<String> headers, List<Row> rows) {

    public record Row(int number, Map<String, String> values) {

        /**
         * The stripped value of a column, or null when the column is missing or the cell empty; the apostrophe
         * an export put before a formula-like text is dropped.
         */
        public String get(String column) {
            String v = values.get(column);
            return v == null || v.isBlank() ? null : SpreadsheetText.read(v.strip());
        }
    }
}
