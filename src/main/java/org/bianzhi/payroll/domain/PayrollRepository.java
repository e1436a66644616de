package org.bianzhi.payroll.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The payroll lines held and the comparison with the registry, answered set-wise by the database (a province's list
 * has a million lines: nothing here looks at one person at a time). {@code unitPath} limits findings to a unit
 * subtree by the finding's unit (null: every unit).
 */
public interface PayrollRepository {

    /** The months held, newest first. */
    List<MonthHeld> months();

    /** Whether any line of the month is held. */
    boolean holds(PayMonth month);

    /**
     * The findings of {@code rules} in the month, ordered by rule, unit code and ID number, from {@code offset} on
     * ({@code limit} null: all of them), with the count of every rule in the unit filter whatever {@code rules} says.
     */
    Found find(PayMonth month, List<PayrollRule> rules, String unitPath, int offset, Integer limit);

    /** A page of findings, and how many each rule has in all (rules without findings may be missing). */
    record Found(Map<PayrollRule, Long> counts, List<PayrollDiscrepancy> items) {}

    /** A month of the list: its lines, the units that paid them, and the last import that touched it. */
    record MonthHeld(PayMonth month, long lines, long payingUnits, Instant lastImportedAt) {}
}
