package org.bianzhi.travel.casework.application;

import org.bianzhi.establishment.domain.Unit;
import java.util.Optional;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.bianzhi.establishment.application.UnitService;
import org.bianzhi.roster.application.PersonService;
import org.bianzhi.shared.domain.Labeled;
import org.bianzhi.shared.application.ChangeLog;
import org.bianzhi.shared.application.Page;
import org.bianzhi.shared.application.RegistryClock;
import org.bianzhi.shared.application.ReportTable;
import org.bianzhi.shared.application.Scope;
import org.bianzhi.shared.domain.BianzhiException;
import org.bianzhi.shared.domain.Check;
import org.bianzhi.travel.casework.application.CaseCommands.CaseCommand;
import org.bianzhi.travel.casework.application.CaseCommands.HandlingCommand;
import org.bianzhi.travel.casework.application.CaseViews.CaseView;
import org.bianzhi.travel.casework.application.CaseViews.HandlingView;
import org.bianzhi.travel.approval.application.TravelViews.PersonRef;
import org.bianzhi.roster.domain.CadreRank;
import org.bianzhi.roster.domain.PersonFact;
import org.bianzhi.roster.domain.PersonFactKind;
import org.bianzhi.travel.casework.domain.CaseStatus;
import org.bianzhi.travel.casework.domain.HandlingMethod;
import org.bianzhi.travel.casework.domain.ProblemClass;
import org.bianzhi.travel.approval.domain.TravelApplication;
import org.bianzhi.travel.casework.domain.TravelCase;
import org.bianzhi.travel.casework.domain.TravelCaseHandling;
import org.bianzhi.travel.casework.domain.TravelCaseRepository;
import org.bianzhi.travel.domain.TravelRule;
import org.bianzhi.travel.application.TravelSettings;
import org.bianzhi.travel.approval.application.TravelApplicationService;
import org.bianzhi.travel.approval.application.TravelViewMapper;

/**
 * 违规问题处理: the office and 干部监督 open cases (by hand or from a finding of the checks) and record how the person
 * was handled; a unit clerk reads the cases of their own people. A handling bars approvals of private travel for
 * the years {@link TravelSettings#sanctionYears()}.
 */
@ApplicationScoped
@Transactional
public class TravelCaseService {

    @Inject
    TravelCaseRepository cases;

    @Inject
    TravelViewMapper views;

    @Inject
    org.bianzhi.travel.approval.domain.TravelApplicationRepository applications;

    @Inject
    org.bianzhi.establishment.domain.UnitRepository unitRecords;

    @Inject
    TravelSettings settings;

    @Inject
    PersonService people;

    @Inject
    UnitService units;

    @Inject
    ChangeLog changeLog;

    @Inject
    RegistryClock clock;

    @Inject
    Scope scope;

    @Inject
    org.bianzhi.roster.domain.PersonRepository personFacts;

    public CaseView open(CaseCommand c) {
        scope.requireAllUnits("登记违规问题");
        Check check = new Check();
        check.notNull(c.personId(), "personId", "人员");
        if (c.personId() != null) people.require(c.personId());
        check.notNull(c.problemClass(), "problemClass", "问题类别");
        ProblemClass pc = check.choice(ProblemClass.class, c.problemClass(), "problemClass", "问题类别");
        check.notNull(c.description(), "description", "问题情况");
        check.require(TravelApplicationService.length(c.description(), TravelCase.MAX_DESCRIPTION), "description", "问题情况不能超过 2000 字");
        check.notNull(c.foundOn(), "foundOn", "发现日期");
        LocalDate today = clock.today();
        if (c.foundOn() != null) check.require(!c.foundOn().isAfter(today), "foundOn", "发现日期 " + c.foundOn() + " 晚于今天（" + today + "）");
        CadreRank rank = TravelApplicationService.blank(c.cadreRank()) ? recordedRank(pc == ProblemClass.LAX_APPROVAL
                && c.responsiblePersonId() != null ? c.responsiblePersonId() : c.personId(), c.foundOn())
                : check.choice(CadreRank.class, c.cadreRank(), "cadreRank", "干部级别");
        check.require(rank != null || !TravelApplicationService.blank(c.cadreRank()), "cadreRank", c.personId() == null
                ? "干部级别不能为空（或选择人员：不填时取其登记的职务层次）" : "干部级别未填写，该人员也未登记职务层次：请选择干部级别");
        String key = TravelApplicationService.trim(c.findingKey());
        if (key != null) checkFindingKey(check, key, pc, c.personId());
        Long responsibleUnit = null;
        if (pc == ProblemClass.LAX_APPROVAL) {
            responsibleUnit = responsibleUnit(c.responsibleUnit(), key);
            check.require(responsibleUnit != null, "responsibleUnit", "审批把关不严的问题须登记责任单位（审批单位代码）：所涉申请未登记审批单位");
            if (c.responsiblePersonId() != null) people.require(c.responsiblePersonId());
        } else {
            check.require(TravelApplicationService.blank(c.responsibleUnit()) && c.responsiblePersonId() == null, "responsibleUnit",
                    "只有审批把关不严的问题登记责任单位和责任人，其他问题由本人负责");
        }
        check.orThrow();
        TravelCase tc = TravelCase.opened(new TravelCase.Details(c.personId(), pc, key, c.description().strip(), c.foundOn(), rank,
                        responsibleUnit, pc == ProblemClass.LAX_APPROVAL ? c.responsiblePersonId() : null),
                changeLog.actorName(), clock.now());
        cases.store(tc);
        log(tc, "登记违规问题", null, null);
        return detail(tc);
    }

    /** The person's 职务层次 recorded for {@code day} (today when null), or null. */
    private CadreRank recordedRank(Long personId, LocalDate day) {
        if (personId == null) return null;
        return PersonFact.valueOn(personFacts.factsOf(personId), PersonFactKind.RANK, day == null ? clock.today() : day)
                .map(CadreRank::valueOf).orElse(null);
    }

    /**
     * 审批把关不严 is charged to the unit with {@code code}, else to the approving unit of the application the finding's
     * key names (APPROVAL_AGAINST_RULES|person|CG2026-00012); null when neither is known.
     */
    private Long responsibleUnit(String code, String key) {
        if (!TravelApplicationService.blank(code)) {
            try {
                return units.require(code.strip().toUpperCase()).id();
            } catch (BianzhiException e) {
                throw BianzhiException.invalid("responsibleUnit", "责任单位代码 " + code.strip() + " 未登记");
            }
        }
        String[] parts = key == null ? new String[0] : key.split("\\|", 3);
        return parts.length < 3 ? null : applications.findByNumber(parts[2]).map(TravelApplication::approvingUnitId).orElse(null);
    }

    /** A finding's key names its rule and person (rule|person|subject): the rule must count under the case's class. */
    private static void checkFindingKey(Check check, String key, ProblemClass pc, Long personId) {
        String[] parts = key.split("\\|", 3);
        TravelRule rule = Arrays.stream(TravelRule.values()).filter(r -> r.name().equals(parts[0])).findFirst().orElse(null);
        if (parts.length < 3 || rule == null || key.length() > TravelCase.MAX_KEY) {
            check.require(false, "findingKey", "检查发现“" + key + "”无法识别，应为“规则代码|人员编号|事项”（见检查发现清单）");
            return;
        }
        if (pc != null) {
            check.require(rule.problemClass() == pc, "findingKey", "检查发现“" + rule.label() + "”属于问题类别“"
                    + (rule.problemClass() == null ? "无（登记备案检查）" : rule.problemClass().label()) + "”，与所选问题类别“"
                    + pc.label() + "”不符");
        }
        if (personId != null) {
            check.require(parts[1].equals(String.valueOf(personId)), "findingKey", "检查发现“" + key + "”不是该人员的");
        }
    }

    /** 处理: another method for the case; the same method twice is refused (409). */
    public CaseView handle(Long id, HandlingCommand c) {
        scope.requireAllUnits("登记处理情况");
        if (c == null) throw BianzhiException.invalid("body", "请求内容不能为空，请提交 JSON 格式的数据");
        TravelCase tc = cases.lock(id).orElseThrow(() -> notFound(id));
        Check check = new Check();
        check.notNull(c.method(), "method", "处理方式");
        HandlingMethod method = check.choice(HandlingMethod.class, c.method(), "method", "处理方式");
        check.notNull(c.decidedOn(), "decidedOn", "处理日期");
        LocalDate today = clock.today();
        if (c.decidedOn() != null) {
            check.require(!c.decidedOn().isAfter(today), "decidedOn", "处理日期 " + c.decidedOn() + " 晚于今天（" + today + "）");
            check.require(!c.decidedOn().isBefore(tc.foundOn()), "decidedOn", "处理日期 " + c.decidedOn() + " 早于问题发现日期 " + tc.foundOn());
        }
        check.notNull(c.decisionDocument(), "decisionDocument", "处理决定文号");
        check.require(TravelApplicationService.length(c.decisionDocument(), TravelCaseHandling.MAX_DOCUMENT), "decisionDocument", "文号不能超过 200 字");
        check.require(TravelApplicationService.length(c.note(), TravelCaseHandling.MAX_NOTE), "note", "说明不能超过 1000 字");
        check.orThrow();
        CaseView before = logged(tc);
        TravelCaseHandling h = tc.handle(cases.handlings(tc.id()), method, c.decidedOn(), c.decisionDocument().strip(),
                TravelApplicationService.trim(c.note()), changeLog.actorName(), clock.now());
        cases.add(h);
        log(tc, "登记处理：" + method.label(), before, h.decisionDocument());
        return detail(tc);
    }

    // ---- reading ----

    @Transactional(Transactional.TxType.SUPPORTS)
    public CaseView get(Long id) {
        TravelCase tc = cases.find(id).orElseThrow(() -> notFound(id));
        people.require(tc.personId());
        return detail(tc);
    }

    public record CaseQuery(TravelCaseRepository.Filter filter) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    public CaseQuery query(String unitCode, String problemClass, String status, LocalDate from, LocalDate to, Long personId) {
        Check check = new Check();
        ProblemClass pc = check.choice(ProblemClass.class, problemClass, "problemClass", "问题类别");
        CaseStatus s = check.choice(CaseStatus.class, status, "status", "处理状态");
        check.orThrow();
        if (personId != null) people.require(personId);
        String path = TravelApplicationService.blank(unitCode) ? null : units.require(unitCode.strip().toUpperCase()).path();
        return new CaseQuery(new TravelCaseRepository.Filter(path, scope.unitPath(), pc, s, from, to, personId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CaseView> list(CaseQuery q, int offset, int limit) {
        return new Page<>(views(cases.list(q.filter(), offset, limit)), cases.count(q.filter()), offset, limit);
    }

    /** Every case of the query, for CSV/XLSX: one row per case, its handlings joined. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ReportTable table(CaseQuery q) {
        List<List<Object>> rows = new ArrayList<>();
        int page = 500;
        for (int offset = 0; ; offset += page) {
            List<CaseView> batch = views(cases.list(q.filter(), offset, page));
            for (CaseView v : batch) {
                rows.add(Arrays.asList(v.id(), v.person().name(), v.person().idNumber(), v.person().unitName(),
                        v.cadreRankLabel(), v.problemClassLabel(), v.foundOn(), v.description(), v.statusLabel(),
                        String.join("；", v.handlings().stream().map(h -> h.methodLabel() + "（" + h.decidedOn() + "，"
                                + h.decisionDocument() + "）").toList())));
            }
            if (batch.size() < page) break;
        }
        return new ReportTable("违规问题处理", List.of("问题编号", "姓名", "身份证号", "单位", "干部级别", "问题类别", "发现日期",
                "问题情况", "处理状态", "处理情况"), rows);
    }

    private List<CaseView> views(List<TravelCase> list) {
        Map<Long, PersonRef> refs = views.refs(list.stream().map(TravelCase::personId).toList());
        return list.stream().map(tc -> view(tc, refs.get(tc.personId()))).toList();
    }

    private CaseView detail(TravelCase tc) {
        return view(tc, views.refs(List.of(tc.personId())).get(tc.personId()));
    }

    /** The case as the change log keeps it: the person by id and name only. */
    private CaseView logged(TravelCase tc) {
        return view(tc, views.plain(tc.personId()));
    }

    private CaseView view(TravelCase tc, PersonRef person) {
        List<HandlingView> handlings = cases.handlings(tc.id()).stream().map(h -> new HandlingView(h.id(),
                Labeled.codeOf(h.method()), Labeled.labelOf(h.method()), h.decidedOn(), h.decisionDocument(), h.note(), h.recordedBy(), h.recordedAt()))
                .toList();
        LocalDate again = handlings.stream().map(HandlingView::decidedOn).max(Comparator.naturalOrder())
                .map(d -> d.plusYears(settings.sanctionYears())).orElse(null);
        // a case of 审批把关不严 bars the responsible person's travel, not the traveller's
        if (tc.problemClass() == ProblemClass.LAX_APPROVAL && tc.responsiblePersonId() == null) again = null;
        Optional<Unit> unit = tc.responsibleUnitId() == null ? Optional.empty() : unitRecords.findById(tc.responsibleUnitId());
        PersonRef responsible = tc.responsiblePersonId() == null ? null : views.plain(tc.responsiblePersonId());
        return new CaseView(tc.id(), person, Labeled.codeOf(tc.problemClass()), Labeled.labelOf(tc.problemClass()), tc.findingKey(), tc.description(),
                tc.foundOn(), Labeled.codeOf(tc.cadreRank()), Labeled.labelOf(tc.cadreRank()),
                unit.map(u -> u.code().value()).orElse(null), unit.map(u -> u.latest().name()).orElse(null), responsible, Labeled.codeOf(tc.status()), Labeled.labelOf(tc.status()), handlings, again,
                tc.recordedBy(), tc.recordedAt(), tc.version());
    }

    private void log(TravelCase tc, String action, CaseView before, String basis) {
        changeLog.record(new ChangeLog.Change("travel_case", tc.id(), tc.personId(), null, action, basis), before, logged(tc));
    }

    private static BianzhiException notFound(Long id) {
        return BianzhiException.notFound("违规问题", String.valueOf(id));
    }
}
