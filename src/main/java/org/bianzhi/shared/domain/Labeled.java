package org.bianzhi.shared.domain;

import java.util.Arrays;
import java.util.Optional;

/** An enumeration of the domain with its Chinese name, as users write it in files and read it on screen. */
public interface Labeled {

    String label();

    /** Finds the constant named by its code ({@code ADMINISTRATIVE}) or its Chinese label ({@code 行政编制}). */
    static <E extends Enum<E> & Labeled> Optional<E> parse(Class<E> type, String text) {
        if (text == null) return Optional.empty();
        return Optional.ofNullable(type.cast(LabeledLookup.of(type).find(text.strip())));
    }

    /** The code a view gives for the value ({@code APPLIED}), null for none; its label goes beside it as {@code <field>Label}. */
    static String codeOf(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** The Chinese label a view gives beside the code ({@code 申请中}), null for none. */
    static String labelOf(Labeled value) {
        return value == null ? null : value.label();
    }

    /** The labels of all constants, for messages such as "应为 行政编制/事业编制". */
    static <E extends Enum<E> & Labeled> String choices(Class<E> type) {
        return String.join("/", Arrays.stream(type.getEnumConstants()).map(Labeled::label).toList());
    }
}
