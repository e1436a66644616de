package org.bianzhi.audit.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A finding as the API shows it. {@code personId}, {@code idNumber} and {@code personName} are set for a
 * personal finding; a unit-wide one (超编, 超职数) lists the people concerned in {@code persons}. The ID number is
 * masked for roles that may not see it. {@code id} and the workflow fields are null for a violation computed
 * for a past date that was never stored as a finding.
 */
public record FindingView(Long id, String rule, String ruleLabel, String unitCode, String unitName, Long personId,
                          String idNumber, String personName, List<PersonRef> persons, String subject, String subjectLabel,
                          LocalDate asOf, String message, String basis, String status, String statusLabel,
                          LocalDate firstSeen, LocalDate lastSeen, int reopened, String statusChangedBy,
                          Instant statusChangedAt, String statusNote) {

    public record PersonRef(Long personId, String idNumber, String name) {}

    /** One page of findings with the count per rule of the whole filtered list. */
    public record Page(List<FindingView> items, long total, int offset, int limit, LocalDate asOf,
                       java.util.Map<String, Long> countByRule) {}

    /** A finding with its whole history (处理记录). */
    public record Detail(FindingView finding, List<Step> history) {}

    public record Step(String action, String status, String statusLabel, String actor, Instant at, String note) {}
}
