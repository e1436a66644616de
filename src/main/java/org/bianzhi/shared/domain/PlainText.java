package org.bianzhi.shared.domain;

/**
 * Text a person reads and searches (names, subjects): no control characters, no invisible format characters
 * (zero-width spaces, a byte-order mark, the right-to-left override that turns a name around), no line or paragraph
 * separators, no lone surrogates and nothing unassigned. Such a character makes two names that look the same differ,
 * or one that looks harmless read otherwise.
 */
public final class PlainText {

    private PlainText() {
    }

    /** The text without surrounding blanks, or null when there is none (an optional field left empty). */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Whether the text (null counts as plain) holds a character that must not appear in a name or subject. */
    public static boolean hasHidden(String text) {
        return text != null && text.codePoints().anyMatch(PlainText::hidden);
    }

    /** Whether a single character is one that must not appear in a name or subject. */
    public static boolean hidden(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE, Character.SURROGATE, Character.UNASSIGNED,
                 Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> true;
            default -> false;
        };
    }

    /** Adds the refusal of {@code field} to {@code check} when the text holds such a character. */
    public static Check require(Check check, String text, String field, String label) {
        return check.require(!hasHidden(text), field, label + "不能含有控制字符或不可见字符（如零宽空格、换行、文字方向控制符）");
    }
}
