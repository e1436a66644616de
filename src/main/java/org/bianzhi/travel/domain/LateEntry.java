package org.bianzhi.travel.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.bianzhi.shared.domain.Check;
import org.bianzhi.shared.domain.PlainText;

/**
 * 事后补录: a fact entered more than the allowed days after the day it took effect (a hand-in dated years back, a trip
 * report dated before it was entered). Such an entry is kept — history is data — but only with the reason the clerk
 * gives, and it is itself a finding ({@link TravelRule#LATE_ENTRY_CUSTODY}, {@link TravelRule#LATE_ENTRY_TRAVEL}).
 */
public final class LateEntry {

    /** The longest reason stored (the columns of V23). */
    public static final int MAX_REASON = 500;

    private LateEntry() {
    }

    /** Late: {@code effective} lies more than {@code days} days before {@code recordedOn}. */
    public static boolean late(LocalDate effective, LocalDate recordedOn, int days) {
        return effective != null && ChronoUnit.DAYS.between(effective, recordedOn) > days;
    }

    /**
     * The reason to store: null when the entry is not late, else the reason given, stripped; a late entry without one
     * (or with one too long) is refused on {@code lateReason}, saying why and what to enter.
     *
     * @param what the fact as the clerk knows it (证件上交, 个人报告出国（境）情况)
     * @param dateLabel the field's label (上交日期, 报告日期)
     */
    public static String reason(Check check, String what, String dateLabel, LocalDate effective, LocalDate today, int days,
                                String lateReason) {
        if (!late(effective, today, days)) return null;
        String reason = PlainText.blankToNull(lateReason);
        long gap = ChronoUnit.DAYS.between(effective, today);
        check.require(reason != null, "lateReason", what + "的" + dateLabel + " " + effective + " 早于今天（" + today + "）" + gap
                + " 天，超过 " + days + " 天属于事后补录：请在“补录原因”中说明为何没有及时登记（如依据的台账、材料及来源）。"
                + "补录的情况将作为检查发现（事后补录）列出");
        check.require(reason == null || reason.length() <= MAX_REASON, "lateReason", "补录原因不能超过 " + MAX_REASON + " 字");
        return reason;
    }
}
