package org.bianzhi.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.bianzhi.shared.domain.Labeled;

/**
 * Writes CSV text: comma-separated, a value quoted only when it holds a comma, quote or line break. Into a
 * string ({@link #toString()}) or, for the large province files, straight to a writer.
 */
final class Csv {

    private final Appendable text;

    Csv(String... header) {
        this(new StringBuilder(), header);
    }

    /** Writes to {@code out}, header first; I/O errors are thrown as {@link UncheckedIOException}. */
    Csv(Appendable out, String... header) {
        this.text = out;
        row((Object[]) header);
    }

    /** Appends a row; null is empty, enumerations are written with their Chinese label, dates as YYYY-MM-DD. */
    Csv row(Object... values) {
        try {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) text.append(',');
                text.append(escape(values[i]));
            }
            text.append('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
