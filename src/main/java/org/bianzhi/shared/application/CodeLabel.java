package org.bianzhi.shared.application;

import org.bianzhi.shared.domain.Labeled;

/** A code with its Chinese label, as views show an enum value (the screens show the label and filter by the code). */
public record CodeLabel(String code, String label) {

    public static <E extends Enum<E> & Labeled> CodeLabel of(E e) {
        return e == null ? null : new CodeLabel(e.name(), e.label());
    }
}
