package org.bianzhi.imports.application;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bianzhi.establishment.domain.UnitAttributes;
import org.bianzhi.imports.domain.ImportColumn;
import org.bianzhi.imports.domain.ImportKind;
import org.bianzhi.imports.domain.ImportTable.Row;
import org.bianzhi.shared.application.Bound;
import org.bianzhi.shared.application.Bounds;
import org.bianzhi.shared.domain.BianzhiException;
import org.bianzhi.shared.domain.Violation;
import org.bianzhi.travel.approval.domain.TravelApplication;
import org.bianzhi.travel.approval.domain.TravelDeclaration;

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

    /**
     * The dates a column takes: effective dates as the API's {@code @Bound(since = Bound.PRC, yearsAhead = Bound.PLANNED_YEARS)},
     * a birth date not after today, the others {@link Bounds}' default window.
     */
    private static final Map<String, DateWindow> DATE_COLUMNS = Map.of(
            "设立日期", DateWindow.PLANNED, "生效日期", DateWindow.PLANNED, "入编日期", DateWindow.PLANNED,
            "借调起始日期", DateWindow.PLANNED, "借调截止日期", DateWindow.PLANNED, "到岗日期", DateWindow.PLANNED,
            "出生日期", DateWindow.PAST,
            "出发日期", DateWindow.DEFAULT, "返回日期", DateWindow.DEFAULT, "审批日期", DateWindow.DEFAULT);

    private enum DateWindow {
        PLANNED(LocalDate.parse(Bound.PRC), Bound.PLANNED_YEARS), PAST(Bounds.SINCE, 0), DEFAULT(Bounds.SINCE, Bounds.YEARS_AHEAD);

        final LocalDate since;
        final int yearsAhead;

        DateWindow(LocalDate since, int yearsAhead) {
            this.since = since;
            this.yearsAhead = yearsAhead;
        }
    }

    /**
     * The longest text a column takes: the width of the column it is stored in (名称 unit_version.name, 增人通知单号
     * notice numbers, 事由 and 意见 the travel application's texts, …). Every other column takes {@link Bounds#CHARS}:
     * codes and choices are checked further and stored as codes, never as sent.
     */
    private static final Map<String, Integer> MAX_CHARS = Map.ofEntries(
            Map.entry("单位代码", 18), Map.entry("上级单位代码", 18), Map.entry("编制单位代码", 18), Map.entry("工作单位代码", 18),
            Map.entry("发薪单位代码", 18), Map.entry("单位名称", UnitAttributes.MAX_NAME), Map.entry("简称", UnitAttributes.MAX_SHORT_NAME),
            Map.entry("别名", UnitAttributes.MAX_ALIASES_TEXT), Map.entry("姓名", 50), Map.entry("增人通知单号", 40),
            Map.entry("证件号码", 30), Map.entry("口岸", 100), Map.entry("前往地", 100),
            Map.entry("前往国家（地区）", TravelDeclaration.MAX_DESTINATIONS), Map.entry("事由", TravelApplication.MAX_TEXT),
            Map.entry("单位意见", TravelApplication.MAX_TEXT), Map.entry("纪检意见", TravelApplication.MAX_TEXT),
            Map.entry("签发机关", 100), Map.entry("证明编号", 40), Map.entry("出具单位", 200));

    /**
     * Columns whose values are identifiers kept as text: a number cell (or the scientific notation a spreadsheet writes
     * for one, in a CSV file) has lost what followed the 15th significant digit, and an ID number whose check digit still
     * fits would be stored as someone else. 行政区划代码 is not among them: six digits survive a number cell.
     */
    static final Set<String> TEXT_COLUMNS = ImportColumn.identifiers();

    /** What Excel shows or saves for a long number: {@code 3.31121198808088E+17}, {@code 1.2331121406588E+017}, {@code 1E+17}. */
    private static final Pattern SCIENTIFIC = Pattern.compile("[+-]?\\d+(?:\\.\\d*)?[eE][+-]\\d+|[+-]?\\d+\\.\\d*[eE]\\d+");

    /** Why the column's cell is a number where text belongs, or null. */
    static String spreadsheetNumber(Row row, String column) {
        String text = row.get(column);
        if (text == null || !TEXT_COLUMNS.contains(column)) return null;
        boolean scientific = SCIENTIFIC.matcher(text).matches();
        if (!row.numberCell(column) && !scientific) return null;
        return column + "“" + text + "”" + (row.numberCell(column) ? "是数字单元格" : "是科学计数法")
                + "：Excel 把号码当作数字保存，只保留 15 位有效数字（超出的位数变成 0），开头的 0 也会丢失，原来的号码已无法确认。"
                + "请将该列设置单元格格式为“文本”后重新输入，或在号码前加英文单引号 '";
    }

    /**
     * Every fault a row shows on its own — an empty required cell, a text longer than its column takes, a date or a count
     * that cannot be read or lies outside its window — so that a clerk corrects the whole row at once. Empty when the row
     * can go on to the registry's rules.
     */
    static List<Violation> faults(Row row, ImportKind kind, LocalDate today) {
        List<Violation> faults = new ArrayList<>();
        for (String column : kind.required()) {
            if (row.get(column) == null) faults.add(Violation.ofRow(row.number(), column, column + "不能为空"));
        }
        Set<String> tooLong = new HashSet<>();
        for (String column : kind.columns()) { // other columns (a 错误原因 of a corrected file) are not read
            String text = row.get(column);
            String number = spreadsheetNumber(row, column);
            if (number != null) {
                faults.add(Violation.ofRow(row.number(), column, number));
                continue;
            }
            int max = MAX_CHARS.getOrDefault(column, Bounds.CHARS);
            if (text != null && text.length() > max) {
                tooLong.add(column); // not read any further: its refusals would quote all of it
                faults.add(Violation.ofRow(row.number(), column, column + "不能超过 " + max + " 个字符（现有 " + text.length() + " 个）"));
            }
        }
        DATE_COLUMNS.forEach((column, window) -> {
            if (tooLong.contains(column)) return;
            check(row, column, () -> {
                LocalDate d = date(row, column);
                LocalDate until = today.plusYears(window.yearsAhead);
                if (d != null && (d.isBefore(window.since) || d.isAfter(until))) {
                    throw BianzhiException.invalid(column, column + " " + d + " 超出允许范围（" + window.since + " 至 " + until + "）");
                }
            }, faults);
        });
        if (!tooLong.contains("核定数")) check(row, "核定数", () -> count(row, "核定数"), faults);
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
