package org.bianzhi.imports.domain;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bianzhi.shared.domain.SpreadsheetText;

/**
 * A file read into rows keyed by column header. {@code number} is the spreadsheet row number
 * (the header is row 1 unless a title stands above it), which is what a clerk sees when correcting the file.
 * {@code notes} say how the file was read (which sheet and header rows, hidden rows).
 */
public record ImportTable(String encoding, List<String> headers, List<Row> rows, List<String> notes) {

    /**
     * {@code numberCells}: the columns whose cell was a number cell of a workbook (Excel keeps 15 significant digits
     * of those, so an ID number or a code in one may already have lost its last digits).
     */
    public record Row(int number, Map<String, String> values, Set<String> numberCells) {

        public Row(int number, Map<String, String> values) {
            this(number, values, Set.of());
        }

        /** Whether the column's cell was a number cell of a workbook (never in a CSV file). */
        public boolean numberCell(String column) {
            return numberCells.contains(column);
        }

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
