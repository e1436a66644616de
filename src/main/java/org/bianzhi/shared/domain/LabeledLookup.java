package org.bianzhi.shared.domain;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The constants of one {@link Labeled} enumeration by code and by label, built once per enumeration: a province's
 * roster parses some ten coded cells a row, and scanning the constants each time was a visible share of an import
 * and an export.
 */
final class LabeledLookup {

    private static final ClassValue<LabeledLookup> LOOKUPS = new ClassValue<>() {
        @Override
        protected LabeledLookup computeValue(Class<?> type) {
            return new LabeledLookup(type.getEnumConstants());
        }
    };

    private final Map<String, Enum<?>> byName = new HashMap<>();
    private final Map<String, Enum<?>> byLabel = new HashMap<>();

    private LabeledLookup(Object[] constants) {
        for (Object c : constants) {
            Enum<?> e = (Enum<?>) c;
            byName.putIfAbsent(e.name().toUpperCase(Locale.ROOT), e);
            byLabel.putIfAbsent(((Labeled) c).label(), e);
        }
    }

    static LabeledLookup of(Class<?> type) {
        return LOOKUPS.get(type);
    }

    /** The first constant, in declaration order, whose code (ignoring case) or label is {@code text}; null if none. */
    Enum<?> find(String text) {
        Enum<?> named = byName.get(text.toUpperCase(Locale.ROOT));
        Enum<?> labeled = byLabel.get(text);
        if (named == null) return labeled;
        return labeled == null || named.ordinal() < labeled.ordinal() ? named : labeled;
    }
}
