package org.bianzhi.reports.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** Sums of lines per quota type or leadership category ({@code K}), and over all of them. */
public final class Tallies<K extends Enum<K>> {

    private final Map<K, Tally> byKey;
    private Tally total = Tally.ZERO;

    public Tallies(Class<K> type) {
        byKey = new EnumMap<>(type);
    }

    public Tallies<K> add(K key, Tally t) {
        byKey.merge(key, t, Tally::plus);
        total = total.plus(t);
        return this;
    }

    /** In the order of {@code K}'s constants. */
    public Map<K, Tally> byKey() {
        return Collections.unmodifiableMap(byKey);
    }

    public Tally total() {
        return total;
    }
}
