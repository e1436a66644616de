package org.bianzhi.travel.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * 检查发现: one breach of a {@link TravelRule} by one person, as the checks find it on a date. Findings are computed
 * when asked, never stored; {@link #key()} names the same breach from one day to the next, so a case (违规问题) can
 * refer to the finding it was opened from.
 *
 * @param subject what the breach is about, stable across evaluations: a document (PASSPORT:E12345678), a trip
 *                (its departure date), an application number; the person alone when empty
 * @param date    the day the breach is dated by (the trip's departure, the day a deadline passed)
 * @param message what is wrong, in Chinese, with the numbers and dates a clerk needs
 * @param charge  who answers for it when not the person (审批把关不严: the approver and the approving unit); null otherwise
 */
public record TravelFinding(TravelRule rule, long personId, String subject, LocalDate date, String message, Charge charge) {

    /**
     * The approver (account or name, {@code decided_by}) and the approving unit (审批单位; null when not on record) a
     * breach is charged to instead of the person it concerns.
     */
    public record Charge(String approver, PersonUnits.UnitRef unit) {}

    public TravelFinding {
        Objects.requireNonNull(rule);
        Objects.requireNonNull(date);
        Objects.requireNonNull(message);
        subject = subject == null ? "" : subject;
    }

    public TravelFinding(TravelRule rule, long personId, String subject, LocalDate date, String message) {
        this(rule, personId, subject, date, message, null);
    }

    public String key() {
        return rule.name() + "|" + personId + "|" + subject;
    }
}
