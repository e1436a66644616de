package org.bianzhi.audit.domain;

import java.util.Set;

/**
 * What an evaluation covers: everything; the findings named on one unit subtree (a unit clerk's past-date view);
 * or, after changes, the people and units they touched — personal rules for those people, unit-wide rules for
 * those units.
 */
public record AuditScope(boolean everything, String unitPath, Set<Long> personIds, Set<Long> unitIds) {

    public AuditScope {
        personIds = Set.copyOf(personIds);
        unitIds = Set.copyOf(unitIds);
    }

    public static AuditScope all() {
        return new AuditScope(true, null, Set.of(), Set.of());
    }

    /** Findings named on units whose path starts with {@code unitPath} (everything when null). */
    public static AuditScope subtree(String unitPath) {
        return new AuditScope(unitPath == null, unitPath, Set.of(), Set.of());
    }

    public static AuditScope touched(Set<Long> personIds, Set<Long> unitIds) {
        return new AuditScope(false, null, personIds, unitIds);
    }

    /** Whether rules are evaluated for named people and units only. */
    public boolean byIds() {
        return !everything && unitPath == null;
    }
}
