package org.bianzhi.shared.application;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The bounds of one field of a submitted command, where they differ from the defaults of {@link Bounds}: the
 * longest text ({@code chars}, for a list the longest item), the most items of a list ({@code items}), the earliest
 * date ({@code since}, ISO) and how many years after today a date may lie ({@code yearsAhead}, 0: not after today).
 * Declared on the record component, so the limit is stated once, next to the field it limits.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface Bound {

    /** The founding of the PRC: the registry's earliest effective date (units without a 设立日期 start then). */
    String PRC = "1949-10-01";

    /** How many years ahead an effective date (validFrom, entry, exit) may lie: reforms are approved ahead, not decades ahead. */
    int PLANNED_YEARS = 10;

    /** Unset: the default of {@link Bounds} applies. */
    int DEFAULT = -1;

    int chars() default DEFAULT;

    int items() default DEFAULT;

    String since() default "";

    int yearsAhead() default DEFAULT;
}
