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
import org.bianzhi.roster.application.Views.NoticeView;
import org.bianzhi.roster.application.WorkflowCommands.NoticeCommand;
import org.bianzhi.roster.domain.EntryRoute;
import org.bianzhi.roster.domain.ExitReason;
import org.bianzhi.roster.domain.Notice;
import org.bianzhi.roster.domain.Occupancy;
import org.bianzhi.roster.domain.Person;
import org.bianzhi.roster.domain.RecordRepository;
import org.bianzhi.roster.domain.StaffingPlan;
import org.bianzhi.roster.domain.WorkflowRepository;
import org.bianzhi.shared.application.Page;
import org.bianzhi.shared.application.ChangeLog;
import org.bianzhi.shared.application.RegistryClock;
import org.bianzhi.shared.application.Scope;
import org.bianzhi.shared.domain.BianzhiException;
import org.bianzhi.shared.domain.Check;
import org.bianzhi.shared.domain.Recorded;

/**
 * 增人通知单 / 减人通知单: the only way into and out of a quota under quota control (控编). The slot is counted
 * and filled under one lock per unit and quota type, so two clerks can never both take the last vacant slot.
 */
@ApplicationScoped
@Transactional
public class NoticeService {

    @Inject
    UnitService units;

    @Inject
    PersonService people;

    @Inject
    EstablishmentService establishment;

    @Inject
    ApprovalRepository approvals;

    @Inject
    RecordRepository records;

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

    public NoticeView issue(NoticeCommand c) {
        Check check = new Check();
        check.notNull(c.kind(), "kind", "通知单类型（INCREASE 增人 / DECREASE 减人）");
        Notice.Kind kind = check.choice(Notice.Kind.class, c.kind(), "kind", "通知单类型");
        check.orThrow();
        return kind == Notice.Kind.INCREASE ? increase(c) : decrease(c);
    }

    private NoticeView increase(NoticeCommand c) {
        Check check = new Check();
        check.notNull(c.unitCode(), "unitCode", "单位代码");
        check.notNull(c.quotaType(), "quotaType", "编制类型");
        QuotaType type = check.choice(QuotaType.class, c.quotaType(), "quotaType", "编制类型");
        check.notNull(c.entryDate(), "entryDate", "入编日期");
        check.notNull(c.entryRoute(), "entryRoute", "入编方式");
        EntryRoute route = check.choice(EntryRoute.class, c.entryRoute(), "entryRoute", "入编方式");
        check.require(c.person() != null, "person", "必须填写进编人员的身份证号、姓名和人员身份");
        check.orThrow();
        Unit unit = units.require(c.unitCode());
        UnitVersion state = units.requireActive(unit, c.entryDate(), "entryDate");
        if (!type.allowedIn(state.kind())) {
            throw BianzhiException.invalid("quotaType", state.kind().label() + "“" + state.name() + "”没有" + type.label() + "，不能办理增人");
        }
        LocalDate today = clock.today();

        approvals.lockQuota(unit.id(), type);
        StaffingPlan plan = c.staffingPlanId() == null ? null : usablePlan(c.staffingPlanId(), unit, type, today);
        String override = RecordService.blankToNull(c.overrideReason());
        if (override != null) scope.requireAdmin("登记超编进人（overrideReason）");
        if (plan == null && override == null) requireVacancy(unit, state, type, c.entryDate());
        Person person = people.findOrRegister(c.person(), "person.").person();
        for (Occupancy o : records.occupanciesOf(person.id())) {
            if (o.period().validTo() == null || o.period().validTo().isAfter(c.entryDate())) {
                throw BianzhiException.conflict("already-occupying", "person.idNumber", "“" + person.name() + "”目前占用“"
                        + units.nameOf(o.unitId()) + "”" + o.quotaType().label() + "（自 " + o.period().validFrom()
                        + "），一人不能同时占用两个编制，请先办理减人通知单");
            }
        }

        int serial = workflow.nextSerial(Notice.Kind.INCREASE, today.getYear());
        Notice notice = Notice.increase(serial, unit.id(), type, person.id(), c.entryDate(), route,
                plan == null ? null : plan.id(), plan == null ? override : null, today, changeLog.actorName(), clock.now());
        Occupancy occupancy = new Occupancy(person.id(), unit.id(), type, c.entryDate(), route, notice.number(),
                notice.overrideReason(), new Recorded(notice.number(), changeLog.actorName(), clock.now()));
        records.add(occupancy);
        changeLog.record(new ChangeLog.Change("occupancy", occupancy.id(), person.id(), unit.id(), "入编", notice.number()),
                null, views.occupancy(occupancy));
        notice.opened(occupancy);
        workflow.add(notice);
        NoticeView view = views.notice(notice);
        changeLog.record(new ChangeLog.Change("notice", notice.id(), person.id(), unit.id(),
                notice.overrideReason() == null ? "增人" : "超编增人（管理员核准）", notice.number()), null, view);
        return view;
    }

    private StaffingPlan usablePlan(Long planId, Unit unit, QuotaType type, LocalDate today) {
        StaffingPlan plan = workflow.lockPlan(planId).orElseThrow(() -> BianzhiException.invalid("staffingPlanId",
                "用编计划 " + planId + " 不存在"));
        if (!plan.unitId().equals(unit.id()) || plan.quotaType() != type) {
            throw BianzhiException.invalid("staffingPlanId", "用编计划 " + planId + " 是“" + units.nameOf(plan.unitId()) + "”"
                    + plan.quotaType().label() + "的计划，与本次增人的单位或编制类型不符");
        }
        if (!plan.reservesOn(today)) {
            throw BianzhiException.conflict("plan-not-usable", "staffingPlanId", "用编计划 " + planId + " 当前不可使用（状态："
                    + plan.status().label() + (plan.validUntil() == null ? "" : "，有效期至 " + plan.validUntil()) + "）");
        }
        int used = workflow.usedSlots(plan.id(), today);
        if (used >= plan.requestedCount()) {
            throw BianzhiException.conflict("plan-used-up", "staffingPlanId", "用编计划 " + planId + " 核准的 "
                    + plan.requestedCount() + " 名已全部使用");
        }
        return plan;
    }

    /** A slot must be free from the entry date on every later date (later entries and quota cuts included), not only on it. */
    private void requireVacancy(Unit unit, UnitVersion state, QuotaType type, LocalDate entry) {
        var full = establishment.firstWithoutRoom(unit.id(), type, entry, null, 1);
        if (full.isEmpty()) return;
        QuotaLine line = full.get().line();
        LocalDate date = full.get().date();
        throw BianzhiException.conflict("no-vacancy", "“" + state.name() + "”" + type.label() + "在 " + date + " 核定 "
                + line.approved() + " 名，实有 " + line.occupied() + " 名，已核准用编计划预留 " + line.reserved()
                + " 名，空编 " + line.vacant() + " 名，没有可用的空编，不能办理增人通知单"
                + (date.equals(entry) ? "。" : "（入编日期 " + entry + " 起的每一天都须有空编，" + date + " 已无空编）。")
                + "如有已核准的用编计划，请在 staffingPlanId 中注明；确需超编进人（如军转干部指令性安置）的，须由管理员在 overrideReason 中登记理由");
    }

    private NoticeView decrease(NoticeCommand c) {
        Check check = new Check();
        check.notNull(c.occupancyId(), "occupancyId", "占编记录编号");
        check.notNull(c.exitDate(), "exitDate", "出编日期");
        check.notNull(c.reason(), "reason", "出编原因");
        ExitReason reason = check.choice(ExitReason.class, c.reason(), "reason", "出编原因");
        check.orThrow();
        Occupancy occupancy = records.findOccupancy(c.occupancyId())
                .orElseThrow(() -> BianzhiException.notFound("占编记录", String.valueOf(c.occupancyId())));
        units.requireVisible(occupancy.unitId(), "占编记录", String.valueOf(c.occupancyId()));
        LocalDate today = clock.today();
        var before = views.occupancy(occupancy);
        int serial = workflow.nextSerial(Notice.Kind.DECREASE, today.getYear());
        Notice notice = Notice.decrease(serial, occupancy, c.exitDate(), reason, today, changeLog.actorName(), clock.now());
        occupancy.close(c.exitDate(), reason, notice.number(), changeLog.actorName(), clock.now());
        workflow.add(notice);
        NoticeView view = views.notice(notice);
        changeLog.record(new ChangeLog.Change("notice", notice.id(), occupancy.personId(), occupancy.unitId(), "减人",
                notice.number()), null, view);
        changeLog.record(new ChangeLog.Change("occupancy", occupancy.id(), occupancy.personId(), occupancy.unitId(), "出编",
                notice.number()), before, views.occupancy(occupancy));
        return view;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public NoticeView get(String idOrNumber) {
        Notice n = (idOrNumber.chars().allMatch(Character::isDigit)
                ? workflow.findNotice(Long.valueOf(idOrNumber)) : workflow.findNoticeByNumber(idOrNumber))
                .orElseThrow(() -> BianzhiException.notFound("通知单", idOrNumber));
        units.requireVisible(n.unitId(), "通知单", idOrNumber);
        return views.notice(n);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<NoticeView> list(String unitCode, String kind, Integer year, int offset, int limit) {
        Check check = new Check();
        Notice.Kind k = check.choice(Notice.Kind.class, kind, "kind", "通知单类型");
        check.orThrow();
        Long unitId = unitCode == null || unitCode.isBlank() ? null : units.require(unitCode).id();
        return new Page<>(workflow.notices(unitId, k, year, scope.unitPath(), offset, limit).stream().map(views::notice).toList(),
                workflow.countNotices(unitId, k, year, scope.unitPath()), offset, limit);
    }
}
