package org.bianzhi.roster.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bianzhi.establishment.domain.QuotaType;

/** Staffing plans and notices of the quota-control workflow. */
public interface WorkflowRepository {

    void add(StaffingPlan plan);

    void add(Notice notice);

    Optional<StaffingPlan> findPlan(Long id);

    /** Locks the plan row until the transaction ends (its slots are being used). */
    Optional<StaffingPlan> lockPlan(Long id);

    /** Plans, newest first; {@code scopePath} (null: all) keeps a unit subtree only. */
    List<StaffingPlan> plans(Long unitId, StaffingPlan.Status status, String scopePath, int offset, int limit);

    long countPlans(Long unitId, StaffingPlan.Status status, String scopePath);

    /** Plans of a unit and type that reserve slots on {@code date}. */
    List<StaffingPlan> reservingPlans(Long unitId, QuotaType type, LocalDate date);

    /** Increase notices issued against the plan on or before {@code date}. */
    int usedSlots(Long planId, LocalDate date);

    Optional<Notice> findNotice(Long id);

    Optional<Notice> findNoticeByNumber(String number);

    List<Notice> noticesOf(Long personId);

    List<Notice> notices(Long unitId, Notice.Kind kind, Integer year, String scopePath, int offset, int limit);

    long countNotices(Long unitId, Notice.Kind kind, Integer year, String scopePath);

    /** The next serial for a kind in a year; the counter row stays locked until commit, so numbers never repeat or skip. */
    int nextSerial(Notice.Kind kind, int year);
}
