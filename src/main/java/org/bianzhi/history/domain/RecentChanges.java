package org.bianzhi.history.domain;

import java.time.Instant;
import java.util.List;

/**
 * 变更记录查询: the change log read across the registry, newest first, limited to what the caller may see.
 * Lines carry who, when, what and on which document; the before and after states stay in each record's own
 * history (a person's dossier), where reading them is logged.
 */
public interface RecentChanges {

    /**
     * The question: {@code unitPath} a subtree (null: all units, and entries without a unit), {@code personId} one
     * person, {@code since}/{@code until} the time window, {@code withAccounts} whether account changes are shown,
     * {@code withComplaints} whether complaint cases are, {@code withReviews} whether disciplinary reviews (纪律审查) are.
     */
    record Filter(String unitPath, Long personId, Instant since, Instant until, boolean withAccounts, boolean withComplaints,
                  boolean withReviews) {}

    /** One line of the log as lists show it: the unit by its code and current name, the person by name. */
    record Line(long id, Instant occurredAt, String actor, String entityType, long entityId, String action,
                String basisDocument, String unitCode, String unitName, Long personId, String personName) {}

    List<Line> list(Filter filter, int offset, int limit);

    long count(Filter filter);
}
