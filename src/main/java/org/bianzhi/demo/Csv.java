package org.bianzhi.demo;

import org.bianzhi.shared.domain.Labeled;

/** Writes CSV text: comma-separated, a value quoted only when it holds a comma, quote or line break. */
final class Csv {

    private final StringBuilder text = new StringBuilder();

    Csv(String... header) {
        row((Object[]) header);
    }

    /** Appends a row; null is empty, enumerations are written with their Chinese label, dates as YYYY-MM-DD. */
    Csv row(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) text.append(',');
            text.append(escape(values[i]));
        }
        text.append('\n');
        return this;
    }

    private static String escape(Object value) {
        if (value == null) return "";
        String s = value instanceof Labeled l ? l.label() : value.toString();
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
