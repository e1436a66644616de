package org.bianzhi.delegation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.bianzhi.delegation.domain.ReturnRules.Missing;
import org.junit.jupiter.api.Test;

/** 回国后: the members' evaluations and the audit, due and overdue. */
class ReturnRulesTest {

    private static final LocalDate EVALUATIONS_DUE = LocalDate.of(2026, 6, 10);
    private static final LocalDate AUDIT_DUE = LocalDate.of(2026, 7, 1);

    @Test
    void whatIsMissingIsListedWithItsDueDayAndDaysPastIt() {
        List<Missing> m = ReturnRules.missing(List.of(5L, 3L), Map.of(3L, LocalDate.of(2026, 6, 8)), null, EVALUATIONS_DUE, AUDIT_DUE,
                LocalDate.of(2026, 6, 13));
        assertEquals(List.of(new Missing("EVALUATION", 5L, EVALUATIONS_DUE, 3), new Missing("AUDIT", null, AUDIT_DUE, 0)), m);
    }

    @Test
    void aFormFiledAfterTheDayAskedAboutWasStillMissingThen() {
        List<Missing> m = ReturnRules.missing(List.of(3L), Map.of(3L, LocalDate.of(2026, 6, 20)), LocalDate.of(2026, 6, 25),
                EVALUATIONS_DUE, AUDIT_DUE, LocalDate.of(2026, 6, 12));
        assertEquals(List.of(new Missing("EVALUATION", 3L, EVALUATIONS_DUE, 2), new Missing("AUDIT", null, AUDIT_DUE, 0)), m);
        assertEquals(List.of(), ReturnRules.missing(List.of(3L), Map.of(3L, LocalDate.of(2026, 6, 20)), LocalDate.of(2026, 6, 25),
                EVALUATIONS_DUE, AUDIT_DUE, LocalDate.of(2026, 6, 30)));
    }
}
