package org.bianzhi.payroll.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bianzhi.shared.domain.BianzhiException;

/**
 * 发薪月份: the month a payroll line pays. Written {@code 2026-06}; files also carry {@code 2026/6}, {@code 2026年6月}
 * and {@code 202606}, and a spreadsheet that took the month for a date gives its first day ({@code 2026-06-01}),
 * which is read as the month. Any other day is refused: a payroll list is per month, not per day.
 */
public record PayMonth(YearMonth value) {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*月?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})");
    private static final Pattern DAY = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    /** Payroll lists before the registry's own history began are typing errors. */
    private static final int FIRST_YEAR = 1949;

    public PayMonth {
        if (value == null) throw BianzhiException.invalid("month", "发薪月份不能为空");
        if (value.getYear() < FIRST_YEAR || value.getYear() > 2999) {
            throw BianzhiException.invalid("month", "发薪月份 " + value + " 不合理");
        }
    }

    /** Reads the month from any of the accepted spellings, refusing anything else with the spellings to use. */
    public static PayMonth parse(String text) {
        if (text == null || text.isBlank()) throw BianzhiException.invalid("month", "发薪月份不能为空");
        String s = text.strip();
        Matcher m = MONTH.matcher(s);
        if (!m.matches()) m = COMPACT.matcher(s);
        if (m.matches()) return of(s, m.group(1), m.group(2));
        Matcher d = DAY.matcher(s);
        if (d.matches() && Integer.parseInt(d.group(3)) == 1) return of(s, d.group(1), d.group(2));
        if (d.matches()) {
            throw BianzhiException.invalid("month", "发薪月份“" + s + "”是某一天，应只写月份，如 " + d.group(1) + "-"
                    + pad(d.group(2)) + "（工资名单按月比对）");
        }
        throw unreadable(s);
    }

    private static PayMonth of(String text, String year, String month) {
        try {
            return new PayMonth(YearMonth.of(Integer.parseInt(year), Integer.parseInt(month)));
        } catch (DateTimeException e) {
            throw unreadable(text);
        }
    }

    private static BianzhiException unreadable(String text) {
        return BianzhiException.invalid("month", "发薪月份“" + text + "”不是有效月份，应写作 2026-06、2026/6、2026年6月 或 202606");
    }

    private static String pad(String month) {
        return month.length() == 1 ? "0" + month : month;
    }

    public static PayMonth of(LocalDate day) {
        return new PayMonth(YearMonth.from(day));
    }

    /** The first day of the month (how the month is stored). */
    public LocalDate firstDay() {
        return value.atDay(1);
    }

    /** The first day of the next month: the month's end, exclusive, like every {@code valid_to}. */
    public LocalDate end() {
        return value.plusMonths(1).atDay(1);
    }

    public boolean isAfter(PayMonth other) {
        return value.isAfter(other.value);
    }

    /** {@code 2026年6月}, for messages. */
    public String chinese() {
        return value.getYear() + "年" + value.getMonthValue() + "月";
    }

    /** {@code 2026-06}. */
    @Override
    public String toString() {
        return value.toString();
    }
}
