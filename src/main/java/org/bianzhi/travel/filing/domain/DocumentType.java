package org.bianzhi.travel.filing.domain;

import java.util.Locale;
import java.util.regex.Pattern;
import org.bianzhi.shared.domain.Labeled;

/**
 * 因私出入境证件类别, each with the shape of its number, so a clearly mistyped number is refused at entry
 * (the full check is public security's).
 */
public enum DocumentType implements Labeled {
    /** 因私护照: a letter and 8 digits (E12345678) or two letters and 7 digits (EA1234567). */
    PASSPORT("因私护照", "[A-Z][0-9]{8}|[A-Z]{2}[0-9]{7}", "一个字母加8位数字（如 E12345678）或两个字母加7位数字（如 EA1234567）"),
    /** 往来港澳通行证: C and 8 digits, or the 9 characters of the card form (a letter first). */
    HK_MACAO_PERMIT("往来港澳通行证", "[A-Z][0-9A-Z]{8}", "C加8位数字（如 C12345678）或以字母开头的9位字符"),
    /** 大陆居民往来台湾通行证: 8 digits, or L and 8 digits. */
    TAIWAN_PERMIT("大陆居民往来台湾通行证", "L?[0-9]{8}", "8位数字或L加8位数字（如 L12345678）");

    private final String label;
    private final Pattern number;
    private final String shape;

    DocumentType(String label, String number, String shape) {
        this.label = label;
        this.number = Pattern.compile(number);
        this.shape = shape;
    }

    @Override
    public String label() {
        return label;
    }

    /** The number as stored: without spaces, in capitals. */
    public static String normalise(String number) {
        return number == null ? null : number.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    /** Why {@code number} (normalised) cannot be a number of this type, or null when it can. */
    public String numberProblem(String number) {
        if (number == null || number.isEmpty()) return "证件号码不能为空";
        if (number.matches(this.number.pattern())) return null;
        return label + "号码“" + number + "”格式不正确，应为" + shape;
    }
}
