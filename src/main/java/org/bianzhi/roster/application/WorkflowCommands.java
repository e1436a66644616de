package org.bianzhi.roster.application;

import java.time.LocalDate;
import org.bianzhi.shared.application.Bound;

/** What a clerk submits in the quota-control workflow (控编). */
public final class WorkflowCommands {

    private WorkflowCommands() {
    }

    /** 用编申请: a unit asks to fill {@code count} slots of a quota type. */
    public record PlanCommand(String unitCode, String quotaType, Integer count, @Bound(chars = 500) String reason) {}

    /** 核准 or 不予核准 a plan; {@code validUntil} defaults to the configured validity. */
    public record DecisionCommand(String basisDocument, LocalDate validUntil, @Bound(chars = 500) String note, Long version) {}

    /**
     * A notice. {@code INCREASE}: unitCode, quotaType, entryDate, entryRoute, person, optional staffingPlanId;
     * {@code overrideReason} lets an administrator exceed the quota and is itself reported.
     * {@code DECREASE}: occupancyId, exitDate, reason.
     */
    public record NoticeCommand(String kind, String unitCode, String quotaType, @Bound(since = Bound.PRC, yearsAhead = Bound.PLANNED_YEARS) LocalDate entryDate,
                                String entryRoute,
                                Long staffingPlanId, PersonCommand person, @Bound(chars = 500) String overrideReason,
                                Long occupancyId, @Bound(since = Bound.PRC, yearsAhead = Bound.PLANNED_YEARS) LocalDate exitDate, String reason, String basisDocument) {}
}
