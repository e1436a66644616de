package org.bianzhi.delegation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.bianzhi.delegation.application.DelegationCommands.ApproveCommand;
import org.bianzhi.delegation.application.DelegationCommands.CancelCommand;
import org.bianzhi.delegation.application.DelegationCommands.DelegationCommand;
import org.bianzhi.delegation.application.DelegationCommands.ReportCommand;
import org.bianzhi.delegation.application.DelegationCommands.ReturnCommand;
import org.bianzhi.delegation.application.DelegationViews.DelegationView;
import org.bianzhi.delegation.domain.Delegation;
import org.bianzhi.delegation.domain.DelegationRepository;
import org.bianzhi.delegation.domain.Member;
import org.bianzhi.shared.application.ChangeLog;
import org.bianzhi.shared.application.RegistryClock;
import org.bianzhi.shared.application.Scope;
import org.bianzhi.shared.domain.BianzhiException;
import org.bianzhi.shared.domain.Check;
import org.bianzhi.shared.application.ExpectedVersion;
import org.bianzhi.shared.application.UnitOfWork;

/**
 * 因公出国（境）团组: drafts, submission and approval (both checked against {@link DelegationChecks}), the return and
 * the trip report, cancellation. A unit clerk works on delegations organised by their units; approving is for the roles
 * that see every unit. Every change writes one change-log line per member (and one for the organiser without members).
 */
@ApplicationScoped
@Transactional
public class DelegationService {

    @Inject
    ExpectedVersion versions;

    @Inject
    UnitOfWork work;

    @Inject
    DelegationRepository delegations;

    @Inject
    DelegationDrafts drafts;

    @Inject
    DelegationChecks checks;

    @Inject
    DelegationViewMapper views;

    @Inject
    ChangeLog changeLog;

    @Inject
    RegistryClock clock;

    @Inject
    Scope scope;

    public DelegationView create(DelegationCommand c) {
        DelegationDrafts.Draft draft = drafts.read(c);
        int year = clock.today().getYear();
        Delegation d = Delegation.draft(year, delegations.nextSerial(year), draft.details(), draft.members(), changeLog.actorName(), clock.now());
        delegations.store(d);
        DelegationView after = views.view(d);
        log(d, "登记因公出国（境）团组", null, Set.of(), null, after);
        return after;
    }

    public DelegationView update(Long id, DelegationCommand c) {
        Delegation d = lock(id);
        versions.check("团组" + d.number(), c.version(), d.version());
        DelegationDrafts.Draft draft = drafts.read(c);
        return change(d, "修改团组", null, g -> g.revise(draft.details(), draft.members()));
    }

    /** 报审: checks every rule as of today, with the members' rows locked. */
    public DelegationView submit(Long id) {
        Delegation d = lock(id);
        return change(d, "团组报审", null, g -> {
            g.placeMembers(drafts.placed(g.members(), g.departsOn()));
            g.submit(clock.today());
            checks.require(g, clock.today());
        });
    }

    /** 批准: the approval document; the rules are checked again as of today (a member may have come under review since). */
    public DelegationView approve(Long id, ApproveCommand c) {
        scope.requireAllUnits("审批因公出国（境）团组");
        Delegation d = lock(id);
        Check check = new Check();
        check.notNull(c.approvalDocument(), "approvalDocument", "批准文号");
        check.require(c.approvalDocument() == null || c.approvalDocument().strip().length() <= 200, "approvalDocument", "批准文号不能超过200字");
        check.orThrow();
        String document = c.approvalDocument().strip();
        return change(d, "批准团组", document, g -> {
            g.approve(clock.today(), document);
            checks.require(g, clock.today(), true);
        });
    }

    public DelegationView returned(Long id, ReturnCommand c) {
        Delegation d = lock(id);
        new Check().notNull(c.date(), "date", "实际回国日期").orThrow();
        return change(d, "登记回国", null, g -> g.returned(c.date(), clock.today()));
    }

    public DelegationView report(Long id, ReportCommand c) {
        Delegation d = lock(id);
        Check check = new Check();
        check.notNull(c.date(), "date", "报告日期");
        check.notNull(c.summary(), "summary", "出访报告摘要");
        check.require(c.summary() == null || c.summary().strip().length() <= 4000, "summary", "出访报告摘要不能超过4000字");
        check.orThrow();
        return change(d, "登记出访报告", null, g -> g.report(c.date(), c.summary().strip(), clock.today()));
    }

    public DelegationView cancel(Long id, CancelCommand c) {
        Delegation d = lock(id);
        Check check = new Check();
        check.notNull(c.reason(), "reason", "撤销原因");
        check.require(c.reason() == null || c.reason().strip().length() <= 1000, "reason", "撤销原因不能超过1000字");
        check.orThrow();
        return change(d, "撤销团组", null, g -> g.cancel(clock.today(), c.reason().strip()));
    }

    /** The delegation with its row locked; outside a clerk's units it is not found. */
    private Delegation lock(Long id) {
        Delegation d = delegations.lock(id).orElseThrow(() -> notFound(id));
        drafts.requireVisible(d, id);
        return d;
    }

    private DelegationView change(Delegation d, String action, String basis, Consumer<Delegation> step) {
        DelegationView before = views.view(d);
        Set<Long> membersBefore = personIds(d);
        step.accept(d);
        delegations.store(d);
        work.nextVersion(d);
        DelegationView after = views.view(d);
        log(d, action, basis, membersBefore, before, after);
        return after;
    }

    private void log(Delegation d, String action, String basis, Set<Long> membersBefore, DelegationView before, DelegationView after) {
        Set<Long> people = new LinkedHashSet<>(membersBefore);
        people.addAll(personIds(d));
        String document = basis == null ? d.number() : basis;
        if (people.isEmpty()) {
            changeLog.record(new ChangeLog.Change("delegation", d.id(), null, d.organiserUnitId(), action, document), before, after);
        }
        for (Long person : people) {
            changeLog.record(new ChangeLog.Change("delegation", d.id(), person, d.organiserUnitId(), action, document), before, after);
        }
    }

    private static Set<Long> personIds(Delegation d) {
        return new HashSet<>(d.members().stream().map(Member::personId).toList());
    }

    static BianzhiException notFound(Long id) {
        return BianzhiException.notFound("团组", String.valueOf(id));
    }
}
