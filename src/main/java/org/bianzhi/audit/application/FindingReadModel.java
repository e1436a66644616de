package org.bianzhi.audit.application;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.bianzhi.audit.domain.Finding;
import org.bianzhi.audit.domain.FindingStatus;
import org.bianzhi.audit.domain.Rule;

/** What the findings screens read: stored findings by filter, and the names of the units and people they name. */
public interface FindingReadModel {

    /** Which stored findings a list shows: those present now (default), those in one status, or all. */
    /** {@code personId} null: everybody's. */
    record Filter(Rule rule, String unitPath, FindingStatus status, boolean all, Long personId) {}

    List<Finding> list(Filter filter, int offset, int limit);

    long count(Filter filter);

    Map<Rule, Long> countByRule(Filter filter);

    /** A unit as a finding names it: code, name in force on the date (or its last name), path, region. */
    record UnitLabel(long id, String code, String name, String path, String regionCode) {}

    Map<Long, UnitLabel> units(Collection<Long> ids, LocalDate asOf);

    /** A person as a finding names them. */
    record PersonLabel(long id, String idNumber, String name, String identity) {}

    Map<Long, PersonLabel> people(Collection<Long> ids);
}
