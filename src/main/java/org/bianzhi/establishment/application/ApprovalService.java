package org.bianzhi.establishment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.function.Supplier;
import org.bianzhi.establishment.domain.Approval;
import org.bianzhi.establishment.domain.ApprovalRepository;
import org.bianzhi.establishment.domain.ApprovalTimeline;
import org.bianzhi.establishment.domain.LeadershipApproval;
import org.bianzhi.establishment.domain.LeadershipCategory;
import org.bianzhi.establishment.domain.QuotaApproval;
import org.bianzhi.establishment.domain.QuotaType;
import org.bianzhi.establishment.domain.Unit;
import org.bianzhi.establishment.domain.UnitVersion;
import org.bianzhi.shared.application.ChangeLog;
import org.bianzhi.shared.application.RegistryClock;
import org.bianzhi.shared.domain.BianzhiException;
import org.bianzhi.shared.domain.Check;
import org.bianzhi.shared.domain.Recorded;

/** 编制核定 and 领导职数核定: effective-dated approvals, each on its document. */
@ApplicationScoped
@Transactional
public class ApprovalService {

    @Inject
    UnitService units;

    @Inject
    ApprovalRepository approvals;

    @Inject
    EstablishmentService establishment;

    @Inject
    ChangeLog changeLog;

    @Inject
    RegistryClock clock;

    /** The approval as recorded and whether it is new (false: the same approval was already on record). */
    public record Outcome(ApprovalView approval, boolean created) {}

    /**
     * Approves a quota. Through the API a quota type the unit's kind does not allow is refused; an import of
     * the existing situation ({@code asFound}) records it, and the audit reports it.
     */
    @Transactional(dontRollbackOn = BianzhiException.class)
    public Outcome approveQuota(String unitCode, ApprovalCommand c, boolean asFound) {
        Unit unit = units.require(unitCode);
        QuotaType type = quotaType(c);
        UnitVersion state = units.requireActive(unit, c.validFrom(), "validFrom");
        if (!asFound && !type.allowedIn(state.kind())) {
            throw BianzhiException.invalid("quotaType", state.kind().label() + "“" + state.name() + "”不能核定" + type.label()
                    + "（" + type.label() + "只能核定给" + (type == QuotaType.PUBLIC_INSTITUTION ? "事业单位" : "机关") + "）");
        }
        approvals.lockQuota(unit.id(), type);
        Outcome o = record(unit, c, approvals.quotaHistory(unit.id(), type),
                () -> new QuotaApproval(unit.id(), type, c.approved(), c.validFrom(), recorded(c)), "核定编制");
        // a reform may lower a quota below the people holding it: recorded all the same, and the answer says who is beyond it
        if (asFound) return o;
        return establishment.firstOverQuota(unit.id(), type, c.validFrom())
                .map(over -> new Outcome(o.approval().withOverQuota(over), o.created())).orElse(o);
    }

    @Transactional(dontRollbackOn = BianzhiException.class)
    public Outcome approveLeadership(String unitCode, ApprovalCommand c) {
        Unit unit = units.require(unitCode);
        LeadershipCategory category = category(c);
        units.requireActive(unit, c.validFrom(), "validFrom");
        approvals.lockLeadership(unit.id(), category);
        return record(unit, c, approvals.leadershipHistory(unit.id(), category),
                () -> new LeadershipApproval(unit.id(), category, c.approved(), c.validFrom(), recorded(c)), "核定领导职数");
    }

    private <A extends Approval> Outcome record(Unit unit, ApprovalCommand c, List<A> history,
                                                Supplier<A> create, String action) {
        var same = ApprovalTimeline.sameAs(history, c.approved(), c.validFrom(), c.basisDocument().strip());
        if (same.isPresent()) return new Outcome(ApprovalView.of(unit.codeText(), same.get()), false);
        A added = create.get();
        ApprovalTimeline.insert(history, added);
        approvals.add(added);
        ApprovalView view = ApprovalView.of(unit.codeText(), added);
        changeLog.record(new ChangeLog.Change(added instanceof QuotaApproval ? "quota_approval" : "leadership_approval",
                added.id(), null, unit.id(), action, view.basisDocument()), null, view);
        return new Outcome(view, true);
    }

    /**
     * The quota type of a quota approval, or the refusal of everything wrong in the command on its own (the unit aside):
     * what the service checks after finding the unit, and an import checks for each row.
     */
    public static QuotaType quotaType(ApprovalCommand c) {
        Check check = common(c);
        check.notNull(c.quotaType(), "quotaType", "编制类型");
        QuotaType type = check.choice(QuotaType.class, c.quotaType(), "quotaType", "编制类型");
        check.orThrow();
        return type;
    }

    /** The category of a leadership approval, or the refusal of everything wrong in the command on its own (the unit aside). */
    public static LeadershipCategory category(ApprovalCommand c) {
        Check check = common(c);
        check.notNull(c.category(), "category", "职数类别");
        LeadershipCategory category = check.choice(LeadershipCategory.class, c.category(), "category", "职数类别");
        check.orThrow();
        return category;
    }

    private static Check common(ApprovalCommand c) {
        Check check = new Check();
        check.notNull(c.approved(), "approved", "核定数");
        check.require(c.approved() == null || c.approved() >= 0, "approved", "核定数不能为负数");
        check.require(c.approved() == null || c.approved() <= 100000, "approved", "核定数 " + c.approved() + " 超出合理范围");
        check.notNull(c.validFrom(), "validFrom", "生效日期");
        check.notNull(c.basisDocument(), "basisDocument", "批准文号");
        return check;
    }


    private Recorded recorded(ApprovalCommand c) {
        return new Recorded(c.basisDocument().strip(), changeLog.actorName(), clock.now());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ApprovalView> quotaHistory(String unitCode) {
        Unit unit = units.require(unitCode);
        return approvals.quotaHistory(unit.id()).stream().map(a -> ApprovalView.of(unit.codeText(), a)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ApprovalView> leadershipHistory(String unitCode) {
        Unit unit = units.require(unitCode);
        return approvals.leadershipHistory(unit.id()).stream().map(a -> ApprovalView.of(unit.codeText(), a)).toList();
    }

}
