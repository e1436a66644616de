package org.bianzhi.shared.application;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.List;
import org.bianzhi.shared.domain.Check;

/**
 * Checks a submitted command (a record, its nested records and lists) against the bounds of its fields, so that
 * nothing too long, too many or too far off reaches a service: a text no longer than its column, a list no longer than
 * a form could hold, a date within a window the registry can mean (a complaint received in year 0 made 740,262 days
 * overdue). A field's {@link Bound} overrides the defaults below.
 */
public final class Bounds {

    /**
     * The longest text a field without a declared bound takes: no undeclared text lands in a column narrower than this
     * (the narrower ones, names and codes, declare their bound or are read as codes and never stored as sent).
     */
    public static final int CHARS = 200;
    /** The most items of a list without a declared bound. */
    public static final int ITEMS = 100;
    /** The earliest date a field without a declared bound takes (birth dates of the oldest living people). */
    public static final LocalDate SINCE = LocalDate.of(1900, 1, 1);
    /** How many years after today a date without a declared bound may lie (a document's expiry, a planned reform). */
    public static final int YEARS_AHEAD = 100;

    private Bounds() {
    }

    /** Adds to {@code check} every field of {@code command} out of its bounds, named by its path ({@code person.name}, {@code aliases[3]}). */
    public static Check check(Object command, LocalDate today, Check check) {
        walk(command, "", today, check);
        return check;
    }

    private static void walk(Object value, String path, LocalDate today, Check check) {
        if (value == null || !value.getClass().isRecord()) return;
        for (RecordComponent rc : value.getClass().getRecordComponents()) {
            Object v = read(rc, value);
            if (v == null) continue;
            Bound b = rc.getAnnotation(Bound.class);
            String field = path + rc.getName();
            if (v instanceof String s) text(s, field, chars(b), check);
            else if (v instanceof LocalDate d) date(d, field, b, today, check);
            else if (v instanceof List<?> list) list(list, field, b, today, check);
            else walk(v, field + ".", today, check);
        }
    }

    private static void list(List<?> list, String field, Bound b, LocalDate today, Check check) {
        int items = b != null && b.items() != Bound.DEFAULT ? b.items() : ITEMS;
        if (list.size() > items) {
            check.require(false, field, field + " 不能超过 " + items + " 项（现有 " + list.size() + " 项）");
            return; // one refusal for the list, not one per item of 100,000
        }
        for (int i = 0; i < list.size(); i++) {
            Object item = list.get(i);
            String at = field + "[" + i + "]";
            if (item instanceof String s) text(s, at, chars(b), check);
            else if (item instanceof LocalDate d) date(d, at, b, today, check);
            else walk(item, at + ".", today, check);
        }
    }

    private static void text(String s, String field, int max, Check check) {
        check.require(s.length() <= max, field, field + " 不能超过 " + max + " 个字符（现有 " + s.length() + " 个）");
    }

    private static void date(LocalDate d, String field, Bound b, LocalDate today, Check check) {
        LocalDate since = b != null && !b.since().isEmpty() ? LocalDate.parse(b.since()) : SINCE;
        LocalDate until = today.plusYears(b != null && b.yearsAhead() != Bound.DEFAULT ? b.yearsAhead() : YEARS_AHEAD);
        check.require(!d.isBefore(since) && !d.isAfter(until), field,
                field + " 的日期 " + d + " 超出允许范围（" + since + " 至 " + until + "）");
    }

    private static int chars(Bound b) {
        return b != null && b.chars() != Bound.DEFAULT ? b.chars() : CHARS;
    }

    private static Object read(RecordComponent rc, Object record) {
        try {
            rc.getAccessor().setAccessible(true); // records nested in a class are public; this covers package-private ones
            return rc.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + rc, e);
        }
    }
}
