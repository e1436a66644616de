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
}
