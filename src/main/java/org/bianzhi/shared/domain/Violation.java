package org.bianzhi.shared.domain;

/**
 * One thing wrong with the input: the field (or the import row and column) and why, in Chinese.
 * {@code row} is the 1-based data row of an import file (header excluded is row 1's predecessor), or null.
 */
public record Violation(String field, Integer row, String column, String reason) {

    public static Violation ofField(String field, String reason) {
        return new Violation(field, null, null, reason);
    }

    public static Violation ofRow(int row, String column, String reason) {
        return new Violation(null, row, column, reason);
    }
}
