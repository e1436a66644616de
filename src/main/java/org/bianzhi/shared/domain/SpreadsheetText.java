package org.bianzhi.shared.domain;

/**
 * How text goes into a CSV or XLSX cell that a clerk will open in a spreadsheet: a value that a spreadsheet
 * would run as a formula (starting with =, +, -, @, or a tab or carriage return) gets a leading apostrophe,
 * so it shows as the text it is. Every file writer of the registry passes its text cells through here.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    public static String safe(String text) {
        if (text == null || text.isEmpty()) return text;
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }

    /** Reads back a cell that {@link #safe} wrote: the protective apostrophe is dropped again. */
    public static String read(String cell) {
        if (cell == null || cell.length() < 2 || cell.charAt(0) != '\'') return cell;
        String rest = cell.substring(1);
        return safe(rest).equals(cell) ? rest : cell;
    }

    /** The most characters an XLSX cell holds (Excel's limit; POI refuses a longer text). */
    public static final int MAX_CELL = 32_767;

    /**
     * A text cut to fit one XLSX cell, ending with a marker that says it was cut and how long it was; shorter texts
     * stay as they are. Cut rather than refused: the rejected-rows file must echo a row refused for its over-long cell.
     */
    public static String fitCell(String text) {
        if (text == null || text.length() <= MAX_CELL) return text;
        String marker = "…（已截断：原文 " + text.length() + " 个字符，表格单元格最多 " + MAX_CELL + " 个）";
        int end = MAX_CELL - marker.length();
        if (Character.isHighSurrogate(text.charAt(end - 1))) end--; // never half a character
        return text.substring(0, end) + marker;
    }
}
