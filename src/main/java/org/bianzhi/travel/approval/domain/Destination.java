package org.bianzhi.travel.approval.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * 前往国家（地区）: a destination as the module compares it. Names are written many ways in applications, declarations
 * and public-security files (中国香港, 香港特别行政区 …); {@link #of} reduces them to one name (香港), so that "the
 * approved destination" and "the destination of the crossing" can be compared with {@code equals}.
 */
public record Destination(String name) implements Comparable<Destination> {

    public static final int MAX_LENGTH = 100;

    /** What a list of destinations in one cell may be separated by. */
    private static final String SEPARATORS = "[、,，;；/\\n]+";

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("中国香港", "香港"), Map.entry("香港特别行政区", "香港"), Map.entry("中国香港特别行政区", "香港"),
            Map.entry("香港特区", "香港"), Map.entry("中国澳门", "澳门"), Map.entry("澳门特别行政区", "澳门"),
            Map.entry("中国澳门特别行政区", "澳门"), Map.entry("澳门特区", "澳门"), Map.entry("中国台湾", "台湾"),
            Map.entry("台湾地区", "台湾"), Map.entry("中国台湾地区", "台湾"), Map.entry("台湾省", "台湾"),
            Map.entry("中国台湾省", "台湾"));

    public Destination {
        Objects.requireNonNull(name);
        if (name.isBlank() || name.length() > MAX_LENGTH) throw new IllegalArgumentException("destination: " + name);
    }

    /** The normalised destination named by {@code text}; null when the text is empty. */
    public static Destination of(String text) {
        String t = clean(text);
        if (t.isEmpty()) return null;
        return new Destination(ALIASES.getOrDefault(t, t));
    }

    /** Whether {@code text} names a destination that fits the column (not empty, at most 100 characters once normalised). */
    public static boolean readable(String text) {
        String t = clean(text);
        return !t.isEmpty() && ALIASES.getOrDefault(t, t).length() <= MAX_LENGTH;
    }

    /** Every destination of a cell such as "日本、中国香港,泰国", in order, each once (a part too long is left out). */
    public static List<Destination> list(String text) {
        Set<Destination> found = new LinkedHashSet<>();
        for (String part : parts(text)) {
            if (readable(part)) found.add(of(part));
        }
        return new ArrayList<>(found);
    }

    /** The non-empty parts of a cell, as written (to name the one at fault). */
    public static List<String> parts(String text) {
        List<String> parts = new ArrayList<>();
        if (text == null) return parts;
        for (String part : text.split(SEPARATORS)) {
            if (!clean(part).isEmpty()) parts.add(clean(part));
        }
        return parts;
    }

    /** Whitespace (also full-width) stripped at the ends and collapsed inside: "　香港 " is 香港, "New  Zealand" New Zealand. */
    private static String clean(String text) {
        if (text == null) return "";
        StringBuilder b = new StringBuilder();
        boolean space = false;
        for (int c : text.codePoints().toArray()) {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = b.length() > 0;
            } else {
                if (space) b.append(' ');
                space = false;
                b.appendCodePoint(c);
            }
        }
        return b.toString();
    }

    @Override
    public int compareTo(Destination o) {
        return name.compareTo(o.name);
    }

    @Override
    public String toString() {
        return name;
    }
}
