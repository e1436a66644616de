package org.bianzhi.delegation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bianzhi.delegation.application.DelegationCommands.AuditCommand;
import org.bianzhi.delegation.application.DelegationCommands.EvaluationCommand;
import org.bianzhi.delegation.application.DelegationRecordViews.AuditView;
import org.bianzhi.delegation.application.DelegationRecordViews.DueItem;
import org.bianzhi.delegation.application.DelegationRecordViews.EvaluationView;
import org.bianzhi.delegation.application.DelegationRecordViews.ReturnDueList;
import org.bianzhi.delegation.application.DelegationRecordViews.ReturnRecord;
import org.bianzhi.delegation.domain.Delegation;
import org.bianzhi.delegation.domain.DelegationAudit;
import org.bianzhi.delegation.domain.DelegationRecordRepository;
import org.bianzhi.delegation.domain.DelegationRepository;
import org.bianzhi.delegation.domain.DelegationStatus;
import org.bianzhi.delegation.domain.Member;
import org.bianzhi.delegation.domain.MemberEvaluation;
import org.bianzhi.delegation.domain.ReturnRules;
import org.bianzhi.shared.application.ChangeLog;
import org.bianzhi.shared.application.RegistryClock;
import org.bianzhi.shared.application.Scope;
import org.bianzhi.shared.domain.BianzhiException;
import org.bianzhi.shared.domain.Check;

/**
 * 回国后 (seed 000): each member's 出国人员鉴定表 and the delegation's financial audit, recorded once each (never
 * changed), and what is still due or overdue ({@link ReturnRules}, deadlines from {@link DelegationSettings}).
 */
@ApplicationScoped
@Transactional
public class ReturnService {

    private static final Set<DelegationStatus> RETURNED = Set.of(DelegationStatus.RETURNED, DelegationStatus.REPORTED);
    private static final BigDecimal MAX_YUAN = new BigDecimal("999999999999.99");

    @Inject
    DelegationRepository delegations;

    @Inject
    DelegationRecordRepository records;

    @Inject
    DelegationDrafts drafts;

    @Inject
    DelegationViewMapper views;

    @Inject
    DelegationSettings settings;

    @Inject
    CalendarSettings calendar;

    @Inject
    ChangeLog changeLog;

    @Inject
    RegistryClock clock;

    @Inject
    Scope scope;

    @Transactional(Transactional.TxType.SUPPORTS)
    public ReturnRecord get(Long id) {
        Delegation d = delegations.find(id).orElseThrow(() -> DelegationService.notFound(id));
        drafts.requireVisible(d, id);
        return record(d, records.evaluations(List.of(d.id())), records.audits(List.of(d.id())), clock.today());
    }

    /** 登记出国人员鉴定表 of a member, once. */
    public ReturnRecord evaluate(Long id, EvaluationCommand c) {
        Delegation d = lockReturned(id, "登记出国人员鉴定表");
        Check check = new Check();
        check.notNull(c.personId(), "personId", "鉴定人员");
        check.require(c.personId() == null || d.members().stream().anyMatch(m -> m.personId().equals(c.personId())), "personId",
                "人员 " + c.personId() + " 不是团组" + d.number() + "的成员");
        check.notNull(c.conduct(), "conduct", "鉴定内容（境外表现）");
        check.notNull(c.leaderOpinion(), "leaderOpinion", "团组长意见");
        check.notNull(c.reviewedByUnit(), "reviewedByUnit", "审核盖章的组团（派遣）部门");
        dated(check, c.filedOn(), "filedOn", "填表日期", d);
        check.orThrow();
        List<MemberEvaluation> existing = records.evaluations(List.of(d.id()));
        existing.stream().filter(e -> e.personId().equals(c.personId())).findFirst().ifPresent(e -> {
            throw BianzhiException.conflict("evaluation-recorded", "personId", views.personName(c.personId()) + "的出国人员鉴定表已于 "
                    + e.filedOn() + " 登记（" + e.recordedBy() + "），已登记的鉴定表不能修改");
        });
        MemberEvaluation e = new MemberEvaluation(d.id(), c.personId(), c.filedOn(), c.conduct().strip(), c.leaderOpinion().strip(),
                c.reviewedByUnit().strip(), changeLog.actorName(), clock.now());
        records.add(e);
        changeLog.record(new ChangeLog.Change("delegation", d.id(), c.personId(), d.organiserUnitId(), "登记出国人员鉴定表", d.number()),
                null, evaluation(e));
        return get(id);
    }

    /** 登记财务审计, once. */
    public ReturnRecord audit(Long id, AuditCommand c) {
        Delegation d = lockReturned(id, "登记财务审计");
        Check check = new Check();
        dated(check, c.auditedOn(), "auditedOn", "审计日期", d);
        check.notNull(c.auditor(), "auditor", "审计单位");
        check.notNull(c.conclusion(), "conclusion", "审计结论");
        amount(check, c.spentYuan(), "spentYuan", "实际支出");
        amount(check, c.disallowedYuan(), "disallowedYuan", "不予报销金额");
        if (c.spentYuan() != null && c.disallowedYuan() != null) {
            check.require(c.disallowedYuan().compareTo(c.spentYuan()) <= 0, "disallowedYuan", "不予报销金额 " + c.disallowedYuan()
                    + " 元超过实际支出 " + c.spentYuan() + " 元");
        }
        check.orThrow();
        records.audits(List.of(d.id())).stream().findFirst().ifPresent(a -> {
            throw BianzhiException.conflict("audit-recorded", "auditedOn", "团组" + d.number() + "的财务审计已于 " + a.auditedOn()
                    + " 登记（" + a.recordedBy() + "），已登记的审计不能修改");
        });
        DelegationAudit a = new DelegationAudit(d.id(), c.auditedOn(), c.auditor().strip(), c.spentYuan(), c.disallowedYuan(),
                c.conclusion().strip(), changeLog.actorName(), clock.now());
        records.add(a);
        for (Member m : d.members()) {
            changeLog.record(new ChangeLog.Change("delegation", d.id(), m.personId(), d.organiserUnitId(), "登记财务审计", d.number()), null, audit(a));
        }
        return get(id);
    }

    /** 回国后应交未交: returned delegations (in the caller's scope) with an evaluation or the audit missing on {@code asOf}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ReturnDueList due(LocalDate asOf) {
        LocalDate day = asOf == null ? clock.today() : asOf;
        List<Delegation> returned = delegations.returnedBy(day, scope.unitPath()).stream().filter(d -> RETURNED.contains(d.status())).toList();
        List<Long> ids = returned.stream().map(Delegation::id).toList();
        Map<Long, List<MemberEvaluation>> evaluations = new HashMap<>();
        records.evaluations(ids).forEach(e -> evaluations.computeIfAbsent(e.delegationId(), k -> new ArrayList<>()).add(e));
        Map<Long, List<DelegationAudit>> audits = new HashMap<>();
        records.audits(ids).forEach(a -> audits.computeIfAbsent(a.delegationId(), k -> new ArrayList<>()).add(a));
        List<ReturnRecord> out = new ArrayList<>();
        int overdue = 0;
        for (Delegation d : returned) {
            ReturnRecord r = record(d, evaluations.getOrDefault(d.id(), List.of()), audits.getOrDefault(d.id(), List.of()), day);
            if (r.missing().isEmpty()) continue;
            overdue += (int) r.missing().stream().filter(m -> m.daysOverdue() > 0).count();
            out.add(r);
        }
        return new ReturnDueList(day, overdue, out);
    }

    private ReturnRecord record(Delegation d, List<MemberEvaluation> evaluations, List<DelegationAudit> audits, LocalDate asOf) {
        List<DueItem> missing = new ArrayList<>();
        if (d.returnedOn() != null && !d.returnedOn().isAfter(asOf)) {
            Map<Long, LocalDate> filed = new HashMap<>();
            evaluations.forEach(e -> filed.put(e.personId(), e.filedOn()));
            LocalDate evaluationsDue = calendar.calendar().workingDaysAfter(d.returnedOn(), settings.evaluationWorkingDays());
            LocalDate auditDue = d.returnedOn().plusDays(settings.auditDays());
            for (var m : ReturnRules.missing(d.members().stream().map(Member::personId).toList(), filed,
                    audits.isEmpty() ? null : audits.get(0).auditedOn(), evaluationsDue, auditDue, asOf)) {
                boolean evaluation = m.what().equals("EVALUATION");
                missing.add(new DueItem(m.what(), evaluation ? "出国人员鉴定表" : "财务审计", m.personId(),
                        m.personId() == null ? null : views.personName(m.personId()), m.due(), m.daysOverdue()));
            }
        }
        return new ReturnRecord(d.id(), d.number(), d.name(), views.unit(d.organiserUnitId()), d.returnedOn(),
                evaluations.stream().map(this::evaluation).toList(), audits.isEmpty() ? null : audit(audits.get(0)), missing);
    }

    private Delegation lockReturned(Long id, String what) {
        Delegation d = delegations.lock(id).orElseThrow(() -> DelegationService.notFound(id));
        drafts.requireVisible(d, id);
        if (!RETURNED.contains(d.status())) {
            throw BianzhiException.conflict("delegation-status", "status", "团组" + d.number() + "当前状态为“" + d.status().label()
                    + "”，回国后才能" + what);
        }
        return d;
    }

    private void dated(Check check, LocalDate date, String field, String label, Delegation d) {
        check.notNull(date, field, label);
        if (date == null) return;
        check.require(!date.isBefore(d.returnedOn()) && !date.isAfter(clock.today()), field, label + " " + date + " 应在回国日期 "
                + d.returnedOn() + " 与今天（" + clock.today() + "）之间");
    }

    private static void amount(Check check, BigDecimal value, String field, String label) {
        check.notNull(value, field, label);
        if (value == null) return;
        check.require(value.signum() >= 0 && value.compareTo(MAX_YUAN) <= 0 && value.scale() <= 2, field,
                label + "应为不小于0、最多两位小数的金额（元），实为 " + value.toPlainString());
    }

    private EvaluationView evaluation(MemberEvaluation e) {
        return new EvaluationView(e.id(), e.personId(), views.personName(e.personId()), e.filedOn(), e.conduct(), e.leaderOpinion(),
                e.reviewedByUnit(), e.recordedBy(), e.recordedAt());
    }

    private static AuditView audit(DelegationAudit a) {
        return new AuditView(a.id(), a.auditedOn(), a.auditor(), a.spentYuan(), a.disallowedYuan(), a.conclusion(), a.recordedBy(), a.recordedAt());
    }
}
