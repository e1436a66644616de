package org.bianzhi.delegation.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashSet;

/**
 * 回国后 (seed 000): each member's 出国人员鉴定表 and the delegation's financial audit. The seed says "及时" and gives no
 * number of days, so the deadlines are settings: the evaluations with the trip report (by default the 7th working day
 * after the return, seed 003's deadline for the report), the audit a number of calendar days after the return (30).
 * What is missing on a day is listed with its due day; past it, it is overdue.
 */
public final class ReturnRules {

    private ReturnRules() {
    }

    /** What is missing: {@code what} EVALUATION (of {@code personId}) or AUDIT, due on {@code due}, overdue by {@code daysOverdue} (0: not yet). */
    public record Missing(String what, Long personId, LocalDate due, long daysOverdue) {}

    /**
     * Missing on {@code asOf}: the evaluation of each member without one filed by then, and the audit unless done by then.
     * {@code evaluated}: per member, the day their evaluation was filed; {@code auditedOn}: null when none.
     */
    public static List<Missing> missing(List<Long> memberIds, Map<Long, LocalDate> evaluated, LocalDate auditedOn,
                                        LocalDate evaluationsDue, LocalDate auditDue, LocalDate asOf) {
        List<Missing> out = new ArrayList<>();
        for (Long person : new LinkedHashSet<>(memberIds)) {
            LocalDate filed = evaluated.get(person);
            if (filed == null || filed.isAfter(asOf)) out.add(new Missing("EVALUATION", person, evaluationsDue, overdue(evaluationsDue, asOf)));
        }
        if (auditedOn == null || auditedOn.isAfter(asOf)) out.add(new Missing("AUDIT", null, auditDue, overdue(auditDue, asOf)));
        return out;
    }

    private static long overdue(LocalDate due, LocalDate asOf) {
        return Math.max(0, due.until(asOf, ChronoUnit.DAYS));
    }
}
