package org.bianzhi.imports.application;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bianzhi.imports.domain.ImportTable.Row;
import org.bianzhi.shared.domain.BianzhiException;

/** Reads typed values from cells, refusing with the column named (the field is the column header). */
final class CellValues {

    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/年.]\\s*(\\d{1,2})\\s*[-/月.]\\s*(\\d{1,2})\\s*日?");

    private CellValues() {
    }

    /** {@code YYYY-MM-DD}, also {@code YYYY/M/D} and {@code YYYY年M月D日}; null for an empty cell. */
    static LocalDate date(Row row, String column) {
        String text = row.get(column);
        if (text == null) return null;
        Matcher m = DATE.matcher(text);
        if (m.matches()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } catch (DateTimeException e) {
                // fall through to the refusal
            }
        }
        throw BianzhiException.invalid(column, column + "“" + text + "”不是有效日期，应写作 2024-03-01、2024/3/1 或 2024年3月1日");
    }

    static Integer count(Row row, String column) {
        String text = row.get(column);
        if (text == null) return null;
        try {
            return Integer.valueOf(text.replace(".0", ""));
        } catch (NumberFormatException e) {
            throw BianzhiException.invalid(column, column + "“" + text + "”应为整数");
        }
    }
}
