package org.bianzhi.payroll.application;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the payroll comparison answers, as JSON-B writes it. */
public final class PayrollViews {

    private PayrollViews() {
    }

    /**
     * One finding, with the field names of the registry's audit findings. {@code idNumber} is masked for roles
     * without full ID numbers; {@code personId} is null when the registry does not know the ID number, and written
     * as null (a client tells "unknown person" by it).
     */
    @JsonbNillable
    public record Finding(String rule, String ruleLabel, String unitCode, String unitName, Long personId, String idNumber,
                          String personName, String asOf, String message, String basis) {}

    /** A month's findings: {@code total} matches the filters, {@code counts} per rule within the unit filter. */
    public record Findings(String month, long total, Map<String, Long> counts, List<Finding> items, int offset, int limit) {}

    /** A month held: payroll lines, the units that paid them, and when an import last touched it. */
    public record Month(String month, long lines, long payingUnits, Instant lastImportedAt) {}
}
