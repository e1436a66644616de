package org.bianzhi.roster.domain;

/** 姓名 as on the ID card: Chinese characters, with · between the parts of a minority or foreign name. */
public final class PersonName {

    private PersonName() {
    }

    /** The name normalised (middle-dot variants become ·), or null when it cannot be a real name. */
    public static String normalise(String text) {
        if (text == null) return null;
        String s = text.strip().replaceAll("\\s*[·•・．.\u2027\u30FB\u2219\u22C5\uFF65\uFE52]\\s*", "·");
        if (s.isEmpty() || s.length() > 50 || s.startsWith("·") || s.endsWith("·") || s.contains("··")) return null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            boolean ok = cp == '·' || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                    || Character.isLetter(cp) && cp < 0x250 || cp == ' ';
            if (!ok) return null;
            i += Character.charCount(cp);
        }
        return s;
    }
}
