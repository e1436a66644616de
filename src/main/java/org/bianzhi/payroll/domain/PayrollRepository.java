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

    /** How many findings each rule has in the month (rules without findings are missing). */
    Map<PayrollRule, Long> counts(PayMonth month, String unitPath);

    /** The findings of {@code rules} in the month, by rule, unit code and ID number; {@code limit} null: all of them. */
    List<PayrollDiscrepancy> findings(PayMonth month, List<PayrollRule> rules, String unitPath, int offset, Integer limit);

    /** A month of the list: its lines, the units that paid them, and the last import that touched it. */
    record MonthHeld(PayMonth month, long lines, long payingUnits, Instant lastImportedAt) {}
}
