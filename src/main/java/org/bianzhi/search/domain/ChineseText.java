package org.bianzhi.search.domain;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;

/**
 * 文字规范化: how typed text and stored names are compared. Full-width forms become ASCII, Latin letters lower case,
 * traditional characters simplified (張偉 → 张伟), and each Han character has one pinyin reading without tones. The
 * tables come from ICU (the Unicode consortium's Han-Latin and Traditional-Simplified data), read once per
 * character of the basic CJK block, so that lookups are array reads.
 */
public final class ChineseText {

    private static final int FIRST = 0x3400;
    private static final int LAST = 0x9FFF;

    private ChineseText() {
    }

    /** The text as compared: NFKC, lower case, simplified characters, the name separators (·・•．) removed. */
    public static String normalized(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase();
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '·' || c == '・' || c == '•' || c == '.' || c == '‧' || c == '．') continue;
            b.append(simplified(c));
        }
        return b.toString();
    }

    public static char simplified(char c) {
        return isHan(c) ? Tables.SIMPLIFIED[c - FIRST] : c;
    }

    /** The reading of one Han character ("zhang"), or null for any other character. */
    public static String pinyin(char c) {
        return isHan(c) ? Tables.PINYIN[c - FIRST] : null;
    }

    public static boolean isHan(char c) {
        return c >= FIRST && c <= LAST;
    }

    /** Whether the text holds a Han character. */
    public static boolean hasHan(String text) {
        for (int i = 0; i < text.length(); i++) if (isHan(text.charAt(i))) return true;
        return false;
    }

    /** Loaded on first use (about a second): one transliteration per character. */
    private static final class Tables {
        static final char[] SIMPLIFIED = new char[LAST - FIRST + 1];
        static final String[] PINYIN = new String[LAST - FIRST + 1];

        static {
            Transliterator simplify = Transliterator.getInstance("Traditional-Simplified");
            Transliterator latin = Transliterator.getInstance("Han-Latin; Latin-ASCII; Lower");
            for (int c = FIRST; c <= LAST; c++) {
                String s = simplify.transliterate(String.valueOf((char) c));
                SIMPLIFIED[c - FIRST] = s.length() == 1 ? s.charAt(0) : (char) c;
                String p = latin.transliterate(String.valueOf((char) c)).strip();
                PINYIN[c - FIRST] = p.chars().allMatch(ch -> ch >= 'a' && ch <= 'z') && !p.isEmpty() ? p : null;
            }
        }
    }
}
