package org.bianzhi.reports.domain;

import org.bianzhi.establishment.domain.QuotaType;

/** 汇总行: a group of report lines ({@code key} as a program reads it, {@code label} as a person does) and their sums. */
public record Subtotal(String key, String label, Tallies<QuotaType> tallies) {
}
