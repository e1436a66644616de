package org.bianzhi.travel.approval.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bianzhi.establishment.application.UnitService;
import org.bianzhi.roster.application.PersonService;
import org.bianzhi.roster.domain.Person;
import org.bianzhi.shared.application.ChangeLog;
import org.bianzhi.shared.application.Page;
import org.bianzhi.shared.application.RegistryClock;
import org.bianzhi.shared.application.Scope;
import org.bianzhi.shared.domain.BianzhiException;
import org.bianzhi.shared.domain.Check;
import org.bianzhi.travel.approval.application.ApplicationCommands.ApplyCommand;
import org.bianzhi.travel.approval.application.ApplicationCommands.DecisionCommand;
import org.bianzhi.travel.approval.application.ApplicationCommands.OpinionCommand;
import org.bianzhi.travel.approval.application.TravelViews.ApplicationView;
import org.bianzhi.travel.approval.domain.ApplicationFlags;
import org.bianzhi.travel.approval.domain.ApplicationStatus;
import org.bianzhi.travel.approval.domain.ApprovalRules;
import org.bianzhi.travel.approval.domain.Destination;
import org.bianzhi.travel.approval.domain.DisciplineReviews;
import org.bianzhi.travel.casework.domain.HandlingRecords;
import org.bianzhi.travel.approval.domain.OpinionVerdict;
import org.bianzhi.travel.approval.domain.TravelApplication;
import org.bianzhi.travel.approval.domain.TravelApplicationRepository;
import org.bianzhi.travel.approval.domain.TravelPurpose;
import org.bianzhi.travel.application.TravelSettings;

/**
 * 因私出国（境）审批: applications submitted at the desk (by the office, or a unit clerk for their own people), the
 * unit's and the discipline-inspection opinions, and the decision, which {@link ApprovalRules} must allow.
 */
@ApplicationScoped
@Transactional
public class TravelApplicationService {

    @Inject
    TravelApplicationRepository applications;

    @Inject
    HandlingRecords handlings;

    @Inject
    DisciplineReviews reviews;

    @Inject
    TravelSettings settings;

    @Inject
    TravelViewMapper views;

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

    public ApplicationView submit(ApplyCommand c) {
        Check check = new Check();
        check.notNull(c.personId(), "personId", "申请人");
        Person person = c.personId() == null ? null : people.require(c.personId());
        List<Destination> destinations = destinations(check, c.destinations());
        check.notNull(c.purpose(), "purpose", "出国（境）事由");
        TravelPurpose purpose = check.choice(TravelPurpose.class, c.purpose(), "purpose", "出国（境）事由");
        check.require(length(c.purposeNote(), TravelApplication.MAX_TEXT), "purposeNote", "事由说明不能超过 1000 字");
        LocalDate today = clock.today();
        LocalDate appliedOn = c.appliedOn() == null ? today : c.appliedOn();
        check.notNull(c.departsOn(), "departsOn", "出发日期");
        check.notNull(c.returnsOn(), "returnsOn", "返回日期");
        if (c.departsOn() != null) {
            check.require(!c.departsOn().isBefore(today), "departsOn", "出发日期 " + c.departsOn() + " 早于今天（" + today
                    + "），已出发的行程不能再申请审批");
        }
        if (c.departsOn() != null && c.returnsOn() != null) {
            check.require(!c.returnsOn().isBefore(c.departsOn()), "returnsOn", "返回日期 " + c.returnsOn() + " 早于出发日期 "
                    + c.departsOn());
        }
        check.require(!appliedOn.isAfter(today), "appliedOn", "申请日期 " + appliedOn + " 晚于今天（" + today + "）");
        check.orThrow();
        var plan = new TravelApplication.Plan(person.id(), destinations, purpose, trim(c.purposeNote()), c.departsOn(),
                c.returnsOn(), appliedOn);
        TravelApplication a = TravelApplication.submitted(applications.nextSerial(appliedOn.getYear()), plan,
                changeLog.actorName(), clock.now());
        applications.store(a);
        log(a, "提交因私出国（境）申请", null, null);
        return detail(a);
    }

    /**
     * 单位意见: a clerk of the person's unit only — an account bound to a unit, whose scope covers the person
     * ({@link #lock} answers 404 otherwise, as for reading).
     */
    public ApplicationView unitOpinion(Long id, OpinionCommand c) {
        return opinion(id, c, true);
    }

    /** 纪检意见 (派驻纪检组意见): discipline inspection only (the resource admits no other role). */
    public ApplicationView disciplineOpinion(Long id, OpinionCommand c) {
        return opinion(id, c, false);
    }

    private ApplicationView opinion(Long id, OpinionCommand c, boolean unit) {
        body(c);
        TravelApplication a = lock(id);
        if (unit) scope.requireUnitAccount("所在单位意见");
        else scope.requireAllUnits("签署纪检意见");
        Check check = new Check();
        check.notNull(c.verdict(), "verdict", "意见结论（同意 / 不同意）");
        OpinionVerdict verdict = check.choice(OpinionVerdict.class, c.verdict(), "verdict", "意见结论");
        check.require(length(c.text(), TravelApplication.MAX_TEXT), "text", "意见不能超过 1000 字");
        check.require(length(c.by(), 100), "by", "签署人不能超过 100 字");
        check.orThrow();
        ApplicationView before = views.logged(a);
        String by = blank(c.by()) ? changeLog.actorName() : c.by().strip();
        String text = blank(c.text()) ? verdict.label() : c.text().strip();
        if (unit) a.unitOpinion(verdict, text, by, changeLog.actorName(), clock.today());
        else a.disciplineOpinion(verdict, text, by, changeLog.actorName(), clock.today());
        applications.store(a);
        log(a, unit ? "签署单位意见" : "签署纪检意见", before, null);
        return detail(a);
    }

    /** 批准: only when {@link ApprovalRules} find nothing against it today. */
    public ApplicationView approve(Long id, DecisionCommand c) {
        return decide(id, c, true);
    }

    /** 不予批准, with the reason in the note. */
    public ApplicationView reject(Long id, DecisionCommand c) {
        return decide(id, c, false);
    }

    private ApplicationView decide(Long id, DecisionCommand c, boolean approve) {
        scope.requireAllUnits("审批因私出国（境）申请");
        body(c);
        TravelApplication a = lock(id);
        a.requireSubmitted("审批");
        decisionCheck(c, !approve);
        ApplicationView before = views.logged(a);
        LocalDate today = clock.today();
        String document = c.decisionDocument().strip();
        Long approvingUnit = approvingUnit(c.approvingUnit());
        // the review is asked here, not at submission: a unit clerk submitting must not learn of it; approvers may
        if (approve) a.approve(breaches(a, today, true), today, changeLog.actorName(), approvingUnit, document, trim(c.note()));
        else a.reject(today, changeLog.actorName(), approvingUnit, document, trim(c.note()));
        applications.store(a);
        log(a, approve ? "批准因私出国（境）" : "不予批准因私出国（境）", before, document);
        return detail(a);
    }

    public ApplicationView withdraw(Long id, String note) {
        TravelApplication a = lock(id);
        if (!length(note, TravelApplication.MAX_TEXT)) throw BianzhiException.invalid("note", "说明不能超过 1000 字");
        ApplicationView before = views.logged(a);
        a.withdraw(trim(note));
        applications.store(a);
        log(a, "撤回因私出国（境）申请", before, null);
        return detail(a);
    }

    /**
     * What the rules hold against approving {@code a} on {@code day}; a disciplinary review only when {@code withReview}
     * (callers who may see reviews: the office, cadre supervision).
     */
    List<ApprovalRules.Breach> breaches(TravelApplication a, LocalDate day, boolean withReview) {
        DisciplineReviews.Period review = withReview
                ? reviews.barring(a.personId(), day, a.departsOn(), a.returnsOn()).orElse(null) : null;
        return new ApprovalRules(settings.sanctionYears()).breaches(new ApprovalRules.Facts(day, a.departsOn(), a.unitOpinionGiven(),
                a.disciplineOpinionGiven(), handlings.of(a.personId()), review));
    }

    /**
     * 审批单位: the unit with {@code code}, else the configured one ({@link TravelSettings#approvingUnit()}), else none;
     * a code the registry does not know is refused naming {@code approvingUnit}.
     */
    Long approvingUnit(String code) {
        String c = blank(code) ? settings.approvingUnit().orElse(null) : code.strip().toUpperCase();
        if (c == null) return null;
        try {
            return units.require(c).id();
        } catch (BianzhiException e) {
            throw BianzhiException.invalid("approvingUnit", "审批单位代码 " + c + " 未登记");
        }
    }

    /** The flags of {@code a} against the person's other approved trips in the 12 months up to its departure. */
    List<ApplicationFlags.Flag> flags(TravelApplication a) {
        var filter = new TravelApplicationRepository.Filter(a.personId(), null, null, ApplicationStatus.APPROVED,
                ApplicationFlags.windowStart(a.departsOn()), a.departsOn());
        List<ApplicationFlags.Trip> others = applications.list(filter, 0, Integer.MAX_VALUE).stream()
                .filter(o -> !o.id().equals(a.id()))
                .map(o -> new ApplicationFlags.Trip(o.number(), o.purpose(), o.departsOn(), o.returnsOn())).toList();
        return ApplicationFlags.of(new ApplicationFlags.Limits(settings.longStayDays(), settings.tripsPerYear()), a.purpose(),
                a.departsOn(), a.returnsOn(), others);
    }

    private static void decisionCheck(DecisionCommand c, boolean reject) {
        Check check = new Check();
        check.notNull(c.decisionDocument(), "decisionDocument", "批准文号");
        check.require(length(c.decisionDocument(), TravelApplication.MAX_DOCUMENT), "decisionDocument", "批准文号不能超过 200 字");
        if (reject) check.notNull(c.note(), "note", "不予批准的理由");
        check.require(length(c.note(), TravelApplication.MAX_TEXT), "note", "说明不能超过 1000 字");
        check.orThrow();
    }

    // ---- reading ----

    @Transactional(Transactional.TxType.SUPPORTS)
    public ApplicationView get(Long id) {
        return detail(require(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ApplicationView> list(Long personId, String unitCode, String status, LocalDate from, LocalDate to, int offset, int limit) {
        Check check = new Check();
        ApplicationStatus s = check.choice(ApplicationStatus.class, status, "status", "审批状态");
        check.orThrow();
        if (personId != null) people.require(personId);
        String path = blank(unitCode) ? null : units.require(unitCode.strip().toUpperCase()).path();
        var filter = new TravelApplicationRepository.Filter(personId, path, scope.unitPath(), s, from, to);
        List<TravelApplication> found = applications.list(filter, offset, limit);
        return new Page<>(views.summaries(found), applications.count(filter), offset, limit);
    }

    private ApplicationView detail(TravelApplication a) {
        // a clerk reads the application too: a review is among the blockers only for those who may see reviews
        List<ApprovalRules.Breach> blockers = a.status() == ApplicationStatus.SUBMITTED
                ? breaches(a, clock.today(), scope.seesDisciplineReviews()) : null;
        return views.detail(a, people.require(a.personId()), blockers, flags(a));
    }

    /** The application, or 404 — also when its person is outside a clerk's subtree. */
    private TravelApplication require(Long id) {
        TravelApplication a = applications.find(id).orElseThrow(() -> notFound(id));
        people.require(a.personId());
        return a;
    }

    /** Locked before anything is read, so a second decider waits and then sees the first one's decision. */
    private TravelApplication lock(Long id) {
        TravelApplication a = applications.lock(id).orElseThrow(() -> notFound(id));
        people.require(a.personId());
        return a;
    }

    private void log(TravelApplication a, String action, ApplicationView before, String basis) {
        changeLog.record(new ChangeLog.Change("travel_application", a.id(), a.personId(), null, action,
                basis == null ? a.number() : basis), before, views.logged(a));
    }

    private static List<Destination> destinations(Check check, List<String> texts) {
        List<Destination> found = new ArrayList<>();
        boolean readable = true;
        for (String part : texts == null ? List.<String>of() : texts.stream().flatMap(t -> Destination.parts(t).stream()).toList()) {
            boolean ok = Destination.readable(part);
            check.require(ok, "destinations", "前往国家（地区）“" + part + "”超过 " + Destination.MAX_LENGTH + " 字");
            readable &= ok;
            if (ok && !found.contains(Destination.of(part))) found.add(Destination.of(part));
        }
        check.require(!found.isEmpty() || !readable, "destinations", "前往国家（地区）不能为空，至少填写一个");
        return found;
    }

    private static <T> T body(T body) {
        if (body == null) throw BianzhiException.invalid("body", "请求内容不能为空，请提交 JSON 格式的数据");
        return body;
    }

    static BianzhiException notFound(Long id) {
        return BianzhiException.notFound("因私出国（境）申请", String.valueOf(id));
    }

    public static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public static String trim(String s) {
        return blank(s) ? null : s.strip();
    }

    public static boolean length(String s, int max) {
        return s == null || s.strip().length() <= max;
    }
}
