package org.bianzhi.roster.domain;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import org.bianzhi.shared.domain.BianzhiException;

/**
 * 公民身份号码 (GB 11643-1999): 17 digits and a check character; digits 7–14 are the birth date,
 * digit 17 odd means male. Residence-permit numbers of Hong Kong, Macao and Taiwan residents and the
 * foreigners' permanent-residence number follow the same rule. A lower-case x is read as X.
 */
public record IdNumber(String value) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    public IdNumber {
        String problem = problem(value);
        if (problem != null) throw BianzhiException.invalid("idNumber", problem);
        value = normalise(value);
    }

    /** Full-width digits and letters (what a Chinese input method types) become ASCII; x becomes X. */
    public static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toUpperCase();
    }

    /**
     * Reads an 18-character number, or converts an old 15-digit one (a {@link Converted} says so).
     */
    public static Converted read(String text) {
        String s = text == null ? "" : normalise(text);
        if (s.length() == 15 && s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            String first17 = s.substring(0, 6) + "19" + s.substring(6);
            return new Converted(new IdNumber(first17 + checkCharacter(first17)), true);
        }
        return new Converted(new IdNumber(s), false);
    }

    /** As {@link #read(String)}, refusing a birth date after {@code today} as {@link #problem(String, LocalDate)} does. */
    public static Converted read(String text, LocalDate today) {
        Converted c = read(text);
        String problem = problem(c.idNumber().value(), today);
        if (problem != null) throw BianzhiException.invalid("idNumber", problem);
        return c;
    }

    /** The number as read, and whether it was converted from 15 digits. */
    public record Converted(IdNumber idNumber, boolean fromFifteenDigits) {}

    public static String problem(String text) {
        if (text == null || text.isBlank()) return "身份证号不能为空";
        String s = normalise(text);
        if (s.length() != 18) return "身份证号“" + text.strip() + "”应为 18 位，实为 " + s.length() + " 位";
        for (int i = 0; i < 17; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') return "身份证号“" + s + "”前 17 位应为数字，第 " + (i + 1) + " 位不是";
        }
        char last = s.charAt(17);
        if ((last < '0' || last > '9') && last != 'X') return "身份证号“" + s + "”最后一位应为数字或 X";
        if (s.charAt(0) == '0') return "身份证号“" + s + "”前 6 位不是有效的行政区划代码";
        try {
            LocalDate birth = birthDateOf(s);
            if (birth.getYear() < 1900) return "身份证号“" + s + "”中的出生日期 " + birth + " 不合理";
        } catch (DateTimeException e) {
            return "身份证号“" + s + "”第 7–14 位“" + s.substring(6, 14) + "”不是有效的出生日期";
        }
        char expected = checkCharacter(s.substring(0, 17));
        if (last != expected) {
            return "身份证号“" + s + "”校验位错误：按 GB 11643 第 18 位应为“" + expected + "”，实为“" + last + "”，请核对号码";
        }
        return null;
    }

    /**
     * As {@link #problem(String)}, and a birth date after {@code today} is refused too: no registered person is born
     * in the future (the caller passes the registry's today; the domain keeps no clock).
     */
    public static String problem(String text, LocalDate today) {
        String problem = problem(text);
        if (problem != null) return problem;
        String s = normalise(text);
        LocalDate birth = birthDateOf(s);
        return birth.isAfter(today) ? "身份证号“" + s + "”中的出生日期 " + birth + " 晚于今天（" + today + "），请核对号码" : null;
    }

    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        return CHECK.charAt(sum % 11);
    }

    private static LocalDate birthDateOf(String s) {
        return LocalDate.of(Integer.parseInt(s.substring(6, 10)), Integer.parseInt(s.substring(10, 12)),
                Integer.parseInt(s.substring(12, 14)));
    }

    public LocalDate birthDate() {
        return birthDateOf(value);
    }

    public Gender gender() {
        return (value.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    /** {@code 330381********1234}: what roles without the right to full numbers see. */
    public String masked() {
        return value.substring(0, 6) + "********" + value.substring(14);
    }

    @Override
    public String toString() {
        return value;
    }
}
