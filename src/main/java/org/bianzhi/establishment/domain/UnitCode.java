package org.bianzhi.establishment.domain;

import java.text.Normalizer;
import org.bianzhi.shared.domain.BianzhiException;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters whose last is a check character over the first 17.
 * Lower case is read as upper case; anything else invalid is refused with the reason.
 */
public record UnitCode(String value) {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public UnitCode {
        String problem = problem(value);
        if (problem != null) throw BianzhiException.invalid("unitCode", problem);
        value = normalise(value);
    }

    /** Full-width characters (what a Chinese input method types) become ASCII; lower case becomes upper. */
    public static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toUpperCase();
    }

    public static UnitCode of(String text) {
        return new UnitCode(text);
    }

    /** Why {@code text} is not a valid code, in Chinese, or null when it is valid. */
    public static String problem(String text) {
        if (text == null || text.isBlank()) return "单位代码不能为空";
        String s = normalise(text);
        if (s.length() != 18) return "单位代码“" + text.strip() + "”应为 18 位统一社会信用代码，实为 " + s.length() + " 位";
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(s.charAt(i)) < 0) {
                return "单位代码“" + s + "”第 " + (i + 1) + " 位“" + s.charAt(i) + "”不是统一社会信用代码允许的字符（不含 I、O、S、V、Z）";
            }
        }
        for (int i = 2; i < 8; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') return "单位代码“" + s + "”第 3–8 位应为行政区划代码（数字）";
        }
        char expected = checkCharacter(s.substring(0, 17));
        if (s.charAt(17) != expected) {
            return "单位代码“" + s + "”校验位错误：按 GB 32100 第 18 位应为“" + expected + "”，实为“" + s.charAt(17) + "”";
        }
        return null;
    }

    /** The check character for the first 17 characters of a code. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        int c = 31 - sum % 31;
        return ALPHABET.charAt(c == 31 ? 0 : c);
    }

    @Override
    public String toString() {
        return value;
    }
}
