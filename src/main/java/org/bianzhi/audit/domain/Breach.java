package org.bianzhi.audit.domain;

import java.util.List;

/**
 * One violation as an evaluation finds it on a date: the rule, the unit it names, the person (for personal
 * rules), the subject (the quota type or leadership category of a unit-wide finding), the persons concerned and
 * the Chinese explanation with its numbers. Its {@link #key()} identifies the same violation across evaluations.
 */
public record Breach(Rule rule, long unitId, Long personId, String subject, List<Long> personIds, String message) {

    public Breach {
        personIds = List.copyOf(personIds);
    }

    public String key() {
        return rule.name() + "|" + unitId + "|" + (personId == null ? "" : personId) + "|" + (subject == null ? "" : subject);
    }
}
