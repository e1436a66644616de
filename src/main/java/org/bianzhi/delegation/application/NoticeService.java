package org.bianzhi.delegation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bianzhi.delegation.application.DelegationCommands.ObjectionCommand;
import org.bianzhi.delegation.application.DelegationCommands.ObjectionReviewCommand;
import org.bianzhi.delegation.application.DelegationRecordViews.NoticeContents;
import org.bianzhi.delegation.application.DelegationRecordViews.NoticePerson;
import org.bianzhi.delegation.application.DelegationRecordViews.NoticeView;
import org.bianzhi.delegation.application.DelegationRecordViews.ObjectionView;
import org.bianzhi.delegation.application.DelegationRecordViews.ReviewView;
import org.bianzhi.delegation.application.DelegationViews.UnitRef;
import org.bianzhi.delegation.domain.Delegation;
import org.bianzhi.delegation.domain.DelegationRecordRepository;
import org.bianzhi.delegation.domain.DelegationRepository;
import org.bianzhi.delegation.domain.DelegationStatus;
import org.bianzhi.delegation.domain.Member;
import org.bianzhi.delegation.domain.NoticeRules.ObjectionFact;
import org.bianzhi.delegation.domain.NoticeRules;
import org.bianzhi.delegation.domain.Objection;
import org.bianzhi.delegation.domain.ObjectionChannel;
import org.bianzhi.delegation.domain.ObjectionOutcome;
import org.bianzhi.delegation.domain.ObjectionReview;
import org.bianzhi.establishment.domain.LeadershipCategory;
import org.bianzhi.shared.application.ChangeLog;
import org.bianzhi.shared.domain.Labeled;
import org.bianzhi.shared.application.RegistryClock;
import org.bianzhi.shared.application.Scope;
import org.bianzhi.shared.domain.BianzhiException;
import org.bianzhi.shared.domain.Check;
import org.bianzhi.shared.domain.PlainText;

/**
 * 公示 of a delegation (seed 000): its contents taken from the delegation and its members, its period, the objections
 * received during it and their re-examinations (复核). Objections and reviews are added, never changed; the latest
 * review of an objection is its outcome. What they mean for the approval is {@link NoticeRules}.
 */
@ApplicationScoped
@Transactional
public class NoticeService {

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
    ChangeLog changeLog;

    @Inject
    RegistryClock clock;

    @Inject
    Scope scope;

    @Transactional(Transactional.TxType.SUPPORTS)
    public NoticeView notice(Long id) {
        Delegation d = delegations.find(id).orElseThrow(() -> DelegationService.notFound(id));
        drafts.requireVisible(d, id);
        return view(d);
    }

    /** 登记公示异议: received during the notice, about a member or the delegation. */
    public NoticeView object(Long id, ObjectionCommand c) {
        Delegation d = lock(id);
        Check check = new Check();
        check.notNull(c.receivedOn(), "receivedOn", "收到日期");
        check.notNull(c.channel(), "channel", "反映形式");
        ObjectionChannel channel = check.choice(ObjectionChannel.class, c.channel(), "channel", "反映形式");
        check.notNull(c.content(), "content", "异议内容");
        check.require(c.personId() == null || d.members().stream().anyMatch(m -> m.personId().equals(c.personId())), "personId",
                "人员 " + c.personId() + " 不是团组" + d.number() + "的成员");
        check.require(d.status() != DelegationStatus.CANCELLED, "status", "团组" + d.number() + "已撤销，不能登记公示异议");
        NoticeRules.checkReceived(check, d.noticeFrom(), d.noticeTo(), c.receivedOn(), clock.today());
        check.orThrow();
        Objection o = new Objection(d.id(), c.receivedOn(), channel, c.personId(), PlainText.blankToNull(c.raisedBy()), c.content().strip(),
                changeLog.actorName(), clock.now());
        records.add(o);
        changeLog.record(new ChangeLog.Change("delegation", d.id(), c.personId(), d.organiserUnitId(), "登记公示异议", d.number()),
                null, objection(o, List.of(), true));
        return view(d);
    }

    /** 复核: a re-examination of an objection; an earlier one stays on record. The office and cadre supervision only. */
    public NoticeView review(Long id, Long objectionId, ObjectionReviewCommand c) {
        scope.requireAllUnits("复核公示异议");
        Delegation d = lock(id);
        Objection o = records.objection(objectionId).filter(x -> x.delegationId().equals(d.id()))
                .orElseThrow(() -> BianzhiException.notFound("公示异议", String.valueOf(objectionId)));
        Check check = new Check();
        check.notNull(c.date(), "date", "复核日期");
        check.notNull(c.outcome(), "outcome", "复核结论");
        ObjectionOutcome outcome = check.choice(ObjectionOutcome.class, c.outcome(), "outcome", "复核结论");
        check.notNull(c.finding(), "finding", "调查核实情况");
        if (c.date() != null) {
            check.require(!c.date().isBefore(o.receivedOn()), "date", "复核日期 " + c.date() + " 早于收到异议的日期 " + o.receivedOn());
            check.require(!c.date().isAfter(clock.today()), "date", "复核日期 " + c.date() + " 不能晚于今天（" + clock.today() + "）");
        }
        check.orThrow();
        List<ObjectionReview> before = records.reviews(List.of(o.id()));
        ObjectionReview r = o.review(c.date(), outcome, c.finding().strip(), PlainText.blankToNull(c.basisDocument()), changeLog.actorName(), clock.now());
        records.add(r);
        List<ObjectionReview> after = new ArrayList<>(before);
        after.add(r);
        changeLog.record(new ChangeLog.Change("delegation", d.id(), o.personId(), d.organiserUnitId(), "复核公示异议",
                r.basisDocument() == null ? d.number() : r.basisDocument()), objection(o, before, true), objection(o, after, true));
        return view(d);
    }

    /** What keeps the delegation from being approved on {@code day} because of its notice, as facts for {@link NoticeRules}. */
    List<ObjectionFact> facts(Delegation d) {
        List<Objection> objections = records.objections(d.id());
        return facts(objections, reviewsOf(objections));
    }

    private List<ObjectionFact> facts(List<Objection> objections, Map<Long, List<ObjectionReview>> reviews) {
        return objections.stream().map(o -> {
            List<ObjectionReview> rs = reviews.getOrDefault(o.id(), List.of());
            return new ObjectionFact(o.id(), o.receivedOn(), o.personId(), o.personId() == null ? null : views.personName(o.personId()),
                    o.content(), rs.isEmpty() ? null : rs.get(rs.size() - 1).outcome());
        }).toList();
    }

    private NoticeView view(Delegation d) {
        List<Objection> objections = records.objections(d.id());
        Map<Long, List<ObjectionReview>> reviews = reviewsOf(objections);
        boolean full = scope.unitPath() == null;
        List<ObjectionView> objectionViews = objections.stream().map(o -> objection(o, reviews.getOrDefault(o.id(), List.of()), full)).toList();
        var posts = delegations.appointmentsOn(d.members().stream().map(Member::personId).toList(), d.departsOn());
        boolean required = !posts.isEmpty();
        LocalDate today = clock.today();
        String state = d.noticeFrom() == null || d.noticeTo() == null ? "NONE" : today.isBefore(d.noticeFrom()) ? "PENDING"
                : today.isAfter(d.noticeTo()) ? "ENDED" : "RUNNING";
        long days = d.noticeFrom() == null || d.noticeTo() == null ? 0 : ChronoUnit.DAYS.between(d.noticeFrom(), d.noticeTo()) + 1;
        List<String> blockers = new ArrayList<>();
        if (d.status() == DelegationStatus.DRAFT || d.status() == DelegationStatus.SUBMITTED) {
            Check check = new Check();
            NoticeRules.checkApproval(check, d.noticeFrom(), d.noticeTo(), d.members().stream().map(Member::personId).toList(),
                    facts(objections, reviews), today);
            check.violations().forEach(v -> blockers.add(v.reason()));
        }
        return new NoticeView(d.id(), contents(d, posts), d.noticeFrom(), d.noticeTo(), d.noticePlace(), days, required, state,
                objectionViews, blockers);
    }

    private NoticeContents contents(Delegation d, List<DelegationRepository.Appointment> posts) {
        Map<Long, List<String>> identity = new LinkedHashMap<>();
        for (var a : posts) {
            String what = a.title() != null ? a.title() : a.role() != null ? a.role().label()
                    : a.category() == LeadershipCategory.UNIT_PRINCIPAL ? "主要负责人" : a.category().label();
            identity.computeIfAbsent(a.personId(), k -> new ArrayList<>()).add(views.unit(a.unitId()).name() + what);
        }
        List<NoticePerson> people = new ArrayList<>();
        List<UnitRef> dispatching = new ArrayList<>();
        for (Member m : d.members()) {
            UnitRef unit = views.unit(m.unitId());
            List<String> held = identity.get(m.personId());
            String who = held != null ? String.join("、", held) : unit == null ? "" : unit.name() + "工作人员";
            people.add(new NoticePerson(m.personId(), views.personName(m.personId()), who, unit, Labeled.codeOf(m.role()), Labeled.labelOf(m.role())));
            if (unit != null && !dispatching.contains(unit)) dispatching.add(unit);
        }
        return new NoticeContents(d.number(), d.name(), people, d.inviter(), views.unit(d.organiserUnitId()), dispatching, d.task(),
                d.destinations(), d.departsOn(), d.returnsOn(), d.fundingSource(), settings.approvingUnit(), d.approvalDocument());
    }

    private ObjectionView objection(Objection o, List<ObjectionReview> reviews, boolean full) {
        List<ReviewView> rs = reviews.stream().map(r -> new ReviewView(r.id(), r.reviewedOn(), Labeled.codeOf(r.outcome()), Labeled.labelOf(r.outcome()), r.finding(),
                r.basisDocument(), r.recordedBy(), r.recordedAt())).toList();
        ReviewView latest = rs.isEmpty() ? null : rs.get(rs.size() - 1);
        return new ObjectionView(o.id(), o.receivedOn(), Labeled.codeOf(o.channel()), Labeled.labelOf(o.channel()), o.personId(),
                o.personId() == null ? null : views.personName(o.personId()), full ? o.raisedBy() : null, o.content(), o.recordedBy(),
                o.recordedAt(), latest == null ? null : latest.outcome(), latest == null ? null : latest.outcomeLabel(), rs);
    }

    private Map<Long, List<ObjectionReview>> reviewsOf(List<Objection> objections) {
        Map<Long, List<ObjectionReview>> out = new LinkedHashMap<>();
        for (ObjectionReview r : records.reviews(objections.stream().map(Objection::id).toList())) {
            out.computeIfAbsent(r.objectionId(), k -> new ArrayList<>()).add(r);
        }
        return out;
    }

    private Delegation lock(Long id) {
        Delegation d = delegations.lock(id).orElseThrow(() -> DelegationService.notFound(id));
        drafts.requireVisible(d, id);
        return d;
    }
}
