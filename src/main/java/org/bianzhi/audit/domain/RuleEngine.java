package org.bianzhi.audit.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Evaluates the audit rules against the registry's history as of a date. */
public interface RuleEngine {

    /** Every violation of {@code rules} on {@code asOf} within {@code scope}. */
    List<Breach> breaches(LocalDate asOf, AuditScope scope, Set<Rule> rules);

    /** People with an occupancy, posting or leadership appointment at these units on the date. */
    Set<Long> peopleAt(Set<Long> unitIds, LocalDate asOf);
}
