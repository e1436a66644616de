package org.bianzhi.establishment.domain;

import java.time.LocalDate;
import java.util.List;

/** Quota and leadership approvals, with their whole history. */
public interface ApprovalRepository {

    List<QuotaApproval> quotaHistory(Long unitId, QuotaType type);

    List<QuotaApproval> quotaHistory(Long unitId);

    List<LeadershipApproval> leadershipHistory(Long unitId, LeadershipCategory category);

    List<LeadershipApproval> leadershipHistory(Long unitId);

    List<QuotaApproval> quotasAsOf(Long unitId, LocalDate date);

    List<LeadershipApproval> leadershipAsOf(Long unitId, LocalDate date);

    void add(Approval approval);

    /**
     * Takes the lock that serializes every entry into one unit's quota of one type (创建 if missing),
     * so that counting vacant slots and filling one cannot race.
     */
    void lockQuota(Long unitId, QuotaType type);

    /** The same lock for one unit's leadership positions of one category. */
    void lockLeadership(Long unitId, LeadershipCategory category);
}
