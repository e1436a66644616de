package org.bianzhi.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * 有效期: from {@code validFrom} inclusive to {@code validTo} exclusive; an open period has no end.
 * Every effective-dated record of the registry carries one, so that any query can be asked "as of" a date.
 */
@Embeddable
public class EffectivePeriod {

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected EffectivePeriod() {
    }

    public EffectivePeriod(LocalDate validFrom, LocalDate validTo) {
        if (validFrom == null) throw new IllegalArgumentException("validFrom");
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw BianzhiException.invalid("validTo", "结束日期 " + validTo + " 早于开始日期 " + validFrom);
        }
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    public static EffectivePeriod from(LocalDate validFrom) {
        return new EffectivePeriod(validFrom, null);
    }

    public boolean contains(LocalDate date) {
        return !validFrom.isAfter(date) && (validTo == null || validTo.isAfter(date));
    }

    public boolean isOpen() { return validTo == null; }

    /** The same period closed on {@code end} (exclusive); refuses an end before the start. */
    public EffectivePeriod closedOn(LocalDate end) {
        return new EffectivePeriod(validFrom, end);
    }

    public LocalDate validFrom() { return validFrom; }

    public LocalDate validTo() { return validTo; }
}
