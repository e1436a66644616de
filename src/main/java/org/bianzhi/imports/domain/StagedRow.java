package org.bianzhi.imports.domain;

/**
 * A row of an import file that passed every check it can pass on its own, normalised, on its way into a staging
 * table: its spreadsheet row number, its (18-digit) ID number, and its values in the staging table's column order.
 */
public interface StagedRow {

    int row();

    String idNumber();

    /** The values in the column order of the staging table (after job and row number). */
    Object[] values();

    /** A staged row without an ID number (units, approvals): row number and values. */
    static StagedRow of(int row, Object[] values) {
        return new StagedRow() {
            @Override
            public int row() {
                return row;
            }

            @Override
            public String idNumber() {
                return null;
            }

            @Override
            public Object[] values() {
                return values;
            }
        };
    }
}
