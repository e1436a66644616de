package org.bianzhi.imports.application;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bianzhi.imports.domain.ImportKind;
import org.bianzhi.imports.domain.ImportTable.Row;
import org.bianzhi.shared.domain.BianzhiException;
import org.bianzhi.shared.domain.Violation;

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

    private static final List<String> DATE_COLUMNS = List.of("设立日期", "生效日期", "出生日期", "入编日期", "借调起始日期", "借调截止日期",
            "出发日期", "返回日期", "审批日期");

    /**
     * Every fault a row shows on its own — an empty required cell, a date or a count that cannot be read —
     * so that a clerk corrects the whole row at once. Empty when the row can go on to the registry's rules.
     */
    static List<Violation> faults(Row row, ImportKind kind) {
        List<Violation> faults = new ArrayList<>();
        for (String column : kind.required()) {
            if (row.get(column) == null) faults.add(Violation.ofRow(row.number(), column, column + "不能为空"));
        }
        for (String column : DATE_COLUMNS) check(row, column, () -> date(row, column), faults);
        check(row, "核定数", () -> count(row, "核定数"), faults);
        return faults;
    }

    private static void check(Row row, String column, Runnable read, List<Violation> faults) {
        try {
            read.run();
        } catch (BianzhiException e) {
            faults.add(Violation.ofRow(row.number(), column, e.getMessage()));
        }
    }
}
