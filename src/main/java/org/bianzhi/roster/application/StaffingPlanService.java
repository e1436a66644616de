package org.bianzhi.roster.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.bianzhi.establishment.application.EstablishmentService;
import org.bianzhi.establishment.application.UnitService;
import org.bianzhi.establishment.domain.ApprovalRepository;
import org.bianzhi.establishment.domain.QuotaLine;
import org.bianzhi.establishment.domain.QuotaType;
import org.bianzhi.establishment.domain.Unit;
import org.bianzhi.establishment.domain.UnitVersion;
import org.bianzhi.roster.application.Views.PlanView;
import org.bianzhi.roster.application.WorkflowCommands.DecisionCommand;
import org.bianzhi.roster.application.WorkflowCommands.PlanCommand;
import org.bianzhi.roster.domain.StaffingPlan;
import org.bianzhi.roster.domain.WorkflowRepository;
import org.bianzhi.shared.application.Page;
import org.bianzhi.shared.application.ChangeLog;
import org.bianzhi.shared.application.RegistryClock;
import org.bianzhi.shared.application.Scope;
import org.bianzhi.shared.domain.BianzhiException;
import org.bianzhi.shared.domain.Check;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.bianzhi.shared.application.ExpectedVersion;

/** 用编申请与核准: applications reserve vacant slots once approved. */
@ApplicationScoped
@Transactional
public class StaffingPlanService {

    @Inject
    ExpectedVersion versions;

    @Inject
    UnitService units;

    @Inject
    EstablishmentService establishment;

    @Inject
    ApprovalRepository approvals;

    @Inject
    WorkflowRepository workflow;

    @Inject
    ChangeLog changeLog;

    @Inject
    RegistryClock clock;

    @Inject
    ViewMapper views;

    @Inject
    Scope scope;

    @Inject
    @ConfigProperty(name = "bianzhi.staffing-plan.validity-days", defaultValue = "180")
    int validityDays;

    public PlanView apply(PlanCommand c) {
        Check check = new Check();
        check.notNull(c.unitCode(), "unitCode", "单位代码");
        check.notNull(c.quotaType(), "quotaType", "编制类型");
        QuotaType type = check.choice(QuotaType.class, c.quotaType(), "quotaType", "编制类型");
        check.notNull(c.count(), "count", "申请用编数");
        check.require(c.count() == null || c.count() >= 1, "count", "申请用编数应至少为 1 名");
        check.orThrow();
        Unit unit = units.require(c.unitCode());
        LocalDate today = clock.today();
        UnitVersion state = units.requireActive(unit, today, "unitCode");
        if (!type.allowedIn(state.kind())) {
            throw BianzhiException.invalid("quotaType", state.kind().label() + "“" + state.name() + "”没有" + type.label());
        }
        StaffingPlan plan = new StaffingPlan(unit.id(), type, c.count(), RecordService.blankToNull(c.reason()), today,
                changeLog.actorName());
        workflow.add(plan);
        PlanView view = views.plan(plan, today);
        changeLog.record(new ChangeLog.Change("staffing_plan", plan.id(), null, unit.id(), "用编申请", null), null, view);
        return view;
    }

    /**
     * 核准: refused when, on any date from today to the end of its validity, the unit's vacant slots (approved − occupied
     * − reserved) are fewer than requested: a reservation must not overfill a later date either.
     */
    public PlanView approve(Long planId, DecisionCommand c) {
        StaffingPlan plan = lock(planId, c.version());
        LocalDate today = clock.today();
        LocalDate validUntil = c.validUntil() == null ? today.plusDays(validityDays) : c.validUntil();
        approvals.lockQuota(plan.unitId(), plan.quotaType());
        var full = establishment.firstWithoutRoom(plan.unitId(), plan.quotaType(), today, validUntil, plan.requestedCount());
        if (full.isPresent()) {
            QuotaLine line = full.get().line();
            throw BianzhiException.conflict("no-vacancy", "“" + units.nameOf(plan.unitId()) + "”" + plan.quotaType().label()
                    + (full.get().date().equals(today) ? "" : "在 " + full.get().date() + " ")
                    + "核定 " + line.approved() + " 名，实有 " + line.occupied() + " 名，已核准用编计划预留 " + line.reserved()
                    + " 名，空编 " + line.vacant() + " 名，不足申请的 " + plan.requestedCount() + " 名，不能核准");
        }
        PlanView before = views.plan(plan, today);
        plan.approve(today, changeLog.actorName(), RecordService.blankToNull(c.basisDocument()), validUntil,
                RecordService.blankToNull(c.note()));
        PlanView after = views.plan(plan, today);
        changeLog.record(new ChangeLog.Change("staffing_plan", plan.id(), null, plan.unitId(), "核准用编计划",
                plan.decisionDocument()), before, after);
        return after;
    }

    public PlanView reject(Long planId, DecisionCommand c) {
        StaffingPlan plan = lock(planId, c.version());
        PlanView before = views.plan(plan, clock.today());
        plan.reject(clock.today(), changeLog.actorName(), RecordService.blankToNull(c.note()));
        PlanView after = views.plan(plan, clock.today());
        changeLog.record(new ChangeLog.Change("staffing_plan", plan.id(), null, plan.unitId(), "不予核准用编计划", null), before, after);
        return after;
    }

    public PlanView withdraw(Long planId, Long version) {
        StaffingPlan plan = lock(planId, version);
        PlanView before = views.plan(plan, clock.today());
        plan.withdraw(clock.today(), changeLog.actorName());
        PlanView after = views.plan(plan, clock.today());
        changeLog.record(new ChangeLog.Change("staffing_plan", plan.id(), null, plan.unitId(), "撤回用编申请", null), before, after);
        return after;
    }

    private StaffingPlan lock(Long planId, Long version) {
        StaffingPlan plan = workflow.lockPlan(planId).orElseThrow(() -> BianzhiException.notFound("用编计划", String.valueOf(planId)));
        units.requireVisible(plan.unitId(), "用编计划", String.valueOf(planId));
        versions.check("该用编计划", version, plan.version());
        return plan;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanView get(Long planId) {
        StaffingPlan plan = workflow.findPlan(planId).orElseThrow(() -> BianzhiException.notFound("用编计划", String.valueOf(planId)));
        units.requireVisible(plan.unitId(), "用编计划", String.valueOf(planId));
        return views.plan(plan, clock.today());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PlanView> list(String unitCode, String status, int offset, int limit) {
        Check check = new Check();
        StaffingPlan.Status s = check.choice(StaffingPlan.Status.class, status, "status", "状态");
        check.orThrow();
        Long unitId = unitCode == null || unitCode.isBlank() ? null : units.require(unitCode).id();
        LocalDate today = clock.today();
        return new Page<>(workflow.plans(unitId, s, scope.unitPath(), offset, limit).stream().map(p -> views.plan(p, today)).toList(),
                workflow.countPlans(unitId, s, scope.unitPath()), offset, limit);
    }
}
