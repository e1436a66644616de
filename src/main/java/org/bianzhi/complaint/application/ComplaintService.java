package org.bianzhi.complaint.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.bianzhi.audit.application.FindingService;
import org.bianzhi.audit.application.FindingView;
import org.bianzhi.audit.domain.FindingRepository;
import org.bianzhi.complaint.application.ComplaintCommands.ComplaintCommand;
import org.bianzhi.complaint.application.ComplaintCommands.ConcludeCommand;
import org.bianzhi.complaint.application.ComplaintViews.AsOf;
import org.bianzhi.complaint.application.ComplaintViews.Detail;
import org.bianzhi.complaint.application.ComplaintViews.FindingRef;
import org.bianzhi.complaint.application.ComplaintViews.Logged;
import org.bianzhi.complaint.application.ComplaintViews.PersonOnDate;
import org.bianzhi.complaint.application.ComplaintViews.PersonRef;
import org.bianzhi.complaint.application.ComplaintViews.Reencryption;
import org.bianzhi.complaint.application.ComplaintViews.Reporter;
import org.bianzhi.complaint.application.ComplaintViews.Step;
import org.bianzhi.complaint.application.ComplaintViews.Summary;
import org.bianzhi.complaint.application.ComplaintViews.UnitOnDate;
import org.bianzhi.complaint.application.ComplaintViews.UnitRef;
import org.bianzhi.complaint.domain.Category;
import org.bianzhi.complaint.domain.Channel;
import org.bianzhi.complaint.domain.Complaint;
import org.bianzhi.complaint.domain.ComplaintRepository;
import org.bianzhi.complaint.domain.ComplaintStatus;
import org.bianzhi.complaint.domain.ReporterCipher;
import org.bianzhi.complaint.domain.Result;
import org.bianzhi.establishment.application.EstablishmentService;
import org.bianzhi.establishment.application.UnitService;
import org.bianzhi.establishment.domain.Unit;
import org.bianzhi.establishment.domain.UnitRepository;
import org.bianzhi.roster.application.PersonService;
import org.bianzhi.roster.application.RecordService;
import org.bianzhi.roster.application.ViewMapper;
import org.bianzhi.roster.domain.PersonRepository;
import org.bianzhi.security.application.AccountService;
import org.bianzhi.security.application.AccountView;
import org.bianzhi.shared.application.ChangeLog;
import org.bianzhi.shared.domain.Labeled;
import org.bianzhi.shared.application.Page;
import org.bianzhi.shared.application.PersonalDataReads;
import org.bianzhi.shared.application.RegistryClock;
import org.bianzhi.shared.application.Scope;
import org.bianzhi.shared.domain.BianzhiException;
import org.bianzhi.shared.domain.Check;
import org.bianzhi.shared.domain.PlainText;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.bianzhi.shared.application.ExpectedVersion;

/**
 * 12310 举报受理: registers complaint cases, edits them, takes them through 受理 → 核查 → 办结, lists them, and shows
 * one case with what it concerns — today and as of the date the complaint refers to. The reporter's name and contact
 * are sealed before they are stored and shown only in the single-case view, only to complaint handlers and
 * administrators, each showing logged; lists, other roles and the change log never see them.
 */
@ApplicationScoped
@Transactional
public class ComplaintService {

    @Inject
    ExpectedVersion versions;

    static final String NAME = "reporterName";
    static final String CONTACT = "reporterContact";
    private static final String REPORTER_ON_FILE = "已登记（加密保存）";

    @Inject
    ComplaintRepository complaints;

    @Inject
    ReporterCipher cipher;

    @Inject
    UnitService units;

    @Inject
    UnitRepository unitRecords;

    @Inject
    EstablishmentService establishment;

    @Inject
    PersonService people;

    @Inject
    PersonRepository personRecords;

    @Inject
    RecordService records;

    @Inject
    ViewMapper personViews;

    @Inject
    FindingService findings;

    @Inject
    FindingRepository findingRecords;

    @Inject
    AccountService accounts;

    @Inject
    ChangeLog changeLog;

    @Inject
    RegistryClock clock;

    @Inject
    Scope scope;

    @Inject
    PersonalDataReads reads;

    @Inject
    @ConfigProperty(name = "bianzhi.complaints.due-days", defaultValue = "60")
    int dueDays;

    // ---- changes ----

    public Detail create(ComplaintCommand c) {
        Check check = new Check();
        check.notNull(c.channel(), "channel", "受理渠道");
        Channel channel = check.choice(Channel.class, c.channel(), "channel", "受理渠道");
        Set<Category> categories = Category.parse(check, c.categories());
        String handler = blank(c.handler()) ? changeLog.actorName() : c.handler().strip();
        LocalDate due = c.dueDate() != null || c.receivedOn() == null ? c.dueDate() : c.receivedOn().plusDays(dueDays);
        Complaint.Details d = new Complaint.Details(channel, c.receivedOn(), c.incidentDate(), c.subject(), categories,
                unitIds(check, c.unitCodes()), personIds(check, c.personIds()), findingIds(check, c.findingIds()), handler, due);
        Complaint.checkDetails(check, d, clock.today());
        checkHandler(check, handler);
        boolean anonymous = Boolean.TRUE.equals(c.anonymous());
        Complaint.checkReporter(check, anonymous, c.reporterName(), c.reporterContact());
        check.orThrow();

        String name = anonymous ? null : sealed(NAME, c.reporterName());
        String contact = anonymous ? null : sealed(CONTACT, c.reporterContact());
        int year = clock.today().getYear();
        Complaint complaint = Complaint.received(year, complaints.nextSerial(year), d, anonymous, name, contact,
                changeLog.actorName(), clock.now());
        complaints.store(complaint);
        log(complaint, "受理举报", null, logged(complaint, complaint.hasReporter() ? REPORTER_ON_FILE : null));
        return detail(complaint, false);
    }

    public Detail update(Long id, ComplaintCommand c) {
        Complaint complaint = complaints.lock(id).orElseThrow(() -> notFound(id));
        complaint.requireOpen("修改");
        versions.check("举报件" + complaint.caseNumber(), c.version(), complaint.version());
        Logged before = logged(complaint, complaint.hasReporter() ? REPORTER_ON_FILE : null);
        Check check = new Check();
        Channel channel = c.channel() == null ? complaint.channel() : check.choice(Channel.class, c.channel(), "channel", "受理渠道");
        Set<Category> categories = c.categories() == null ? complaint.categories() : Category.parse(check, c.categories());
        String handler = blank(c.handler()) ? complaint.handler() : c.handler().strip();
        LocalDate received = c.receivedOn() == null ? complaint.receivedOn() : c.receivedOn();
        Complaint.Details d = new Complaint.Details(channel, received,
                c.incidentDate() == null ? complaint.incidentDate() : c.incidentDate(),
                c.subject() == null ? complaint.subject() : c.subject(), categories,
                c.unitCodes() == null ? complaint.unitIds() : unitIds(check, c.unitCodes()),
                c.personIds() == null ? complaint.personIds() : personIds(check, c.personIds()),
                c.findingIds() == null ? complaint.findingIds() : findingIds(check, c.findingIds()),
                handler, c.dueDate() == null ? complaint.dueDate() : c.dueDate());
        Complaint.checkDetails(check, d, clock.today());
        if (!handler.equals(complaint.handler())) checkHandler(check, handler);
        boolean anonymous = c.anonymous() == null ? complaint.anonymous() : c.anonymous();
        Complaint.checkReporter(check, anonymous, c.reporterName(), c.reporterContact());
        Complaint.checkNote(check, c.note());
        check.orThrow();

        String reporterNote = null;
        if (anonymous) {
            if (complaint.hasReporter()) reporterNote = "举报人信息已删除";
            complaint.reporter(true, null, null);
        } else if (c.reporterName() != null || c.reporterContact() != null) {
            String name = c.reporterName() == null ? complaint.sealedReporterName() : sealed(NAME, c.reporterName());
            String contact = c.reporterContact() == null ? complaint.sealedReporterContact() : sealed(CONTACT, c.reporterContact());
            complaint.reporter(false, name, contact);
            reporterNote = complaint.hasReporter() ? "举报人信息已更新" : "举报人信息已删除";
        } else {
            complaint.reporter(false, complaint.sealedReporterName(), complaint.sealedReporterContact());
        }
        String note = PlainText.blankToNull(c.note());
        complaint.revise(d, changeLog.actorName(), clock.now(),
                note == null ? reporterNote : reporterNote == null ? note : note + "（" + reporterNote + "）");
        complaints.store(complaint);
        log(complaint, "修改举报件", before, logged(complaint, reporterNote != null ? reporterNote
                : complaint.hasReporter() ? REPORTER_ON_FILE : null));
        return detail(complaint, false);
    }

    /** 开始核查. */
    public Detail investigate(Long id, String note) {
        Complaint complaint = complaints.lock(id).orElseThrow(() -> notFound(id));
        Logged before = logged(complaint, null);
        complaint.investigate(changeLog.actorName(), clock.now(), note);
        complaints.store(complaint);
        log(complaint, "开始核查", before, logged(complaint, null));
        return detail(complaint, false);
    }

    /** 办结, with the result and the conclusion. */
    public Detail conclude(Long id, ConcludeCommand c) {
        Complaint complaint = complaints.lock(id).orElseThrow(() -> notFound(id));
        Check check = new Check();
        Result result = check.choice(Result.class, c.result(), "result", "办结结论");
        check.orThrow();
        Logged before = logged(complaint, null);
        complaint.conclude(result, c.conclusion(), changeLog.actorName(), clock.now(), clock.today());
        complaints.store(complaint);
        log(complaint, "办结举报", before, logged(complaint, null));
        return detail(complaint, false);
    }

    /**
     * Re-seals every stored reporter value that was sealed with another key than the current one, so the old key can
     * be removed from the configuration. Values that cannot be opened (their key is gone, or they were altered) are
     * left as they are and named.
     */
    public Reencryption reencrypt() {
        if (!cipher.ready()) throw BianzhiException.conflict("reporter-key-missing", cipher.problem());
        int done = 0;
        List<String> unreadable = new ArrayList<>();
        long after = 0;
        for (List<Long> batch = complaints.sealedWithOtherKey(cipher.currentKeyId(), after, 200); !batch.isEmpty();
             batch = complaints.sealedWithOtherKey(cipher.currentKeyId(), after, 200)) {
            for (Long id : batch) {
                after = id;
                Complaint complaint = complaints.lock(id).orElseThrow();
                String name;
                String contact;
                try {
                    name = resealed(NAME, complaint.sealedReporterName());
                    contact = resealed(CONTACT, complaint.sealedReporterContact());
                } catch (BianzhiException e) {
                    unreadable.add(complaint.caseNumber() + "：" + e.getMessage());
                    continue;
                }
                Logged state = logged(complaint, REPORTER_ON_FILE);
                complaint.reporter(complaint.anonymous(), name, contact);
                complaints.store(complaint);
                log(complaint, "重新加密举报人信息", state, new Logged(state.complaint(), "举报人信息已用密钥“"
                        + cipher.currentKeyId() + "”重新加密"));
                done++;
            }
        }
        return new Reencryption(cipher.currentKeyId(), done, unreadable);
    }

    private String resealed(String field, String sealed) {
        return sealed == null || cipher.isCurrent(sealed) ? sealed : cipher.seal(field, cipher.open(field, sealed));
    }

    /** The sealed value, or null for none; refused (saying how to configure it) without a key. */
    private String sealed(String field, String plain) {
        if (blank(plain)) return null;
        if (!cipher.ready()) throw BianzhiException.conflict("reporter-key-missing", field, cipher.problem());
        return cipher.seal(field, plain.strip());
    }

    private void log(Complaint complaint, String action, Logged before, Logged after) {
        changeLog.record(new ChangeLog.Change("complaint", complaint.id(), null, null, action, complaint.caseNumber()),
                before, after);
    }

    /** The case as the change log keeps it: never the reporter, only {@code reporter}, a note about it. */
    private Logged logged(Complaint complaint, String reporter) {
        return new Logged(summary(complaint), reporter);
    }

    // ---- links ----

    private Set<Long> unitIds(Check check, List<String> codes) {
        Set<Long> ids = new LinkedHashSet<>();
        if (codes == null) return ids;
        for (String code : codes) {
            var unit = blank(code) ? java.util.Optional.<Unit>empty() : unitRecords.findByCode(code.strip().toUpperCase());
            check.require(unit.isPresent(), "unitCodes", "单位代码“" + (code == null ? "" : code) + "”未登记");
            unit.ifPresent(u -> ids.add(u.id()));
        }
        return ids;
    }

    private Set<Long> personIds(Check check, List<Long> ids) {
        return known(check, ids, "personIds", "人员编号 %s 未登记", id -> personRecords.findById(id).isPresent());
    }

    private Set<Long> findingIds(Check check, List<Long> ids) {
        return known(check, ids, "findingIds", "稽核问题编号 %s 不存在", id -> findingRecords.find(id).isPresent());
    }

    /** The ids that {@code exists}; each other one is a violation of {@code field}. */
    private static Set<Long> known(Check check, List<Long> ids, String field, String unknown, Predicate<Long> exists) {
        Set<Long> found = new LinkedHashSet<>();
        if (ids == null) return found;
        for (Long id : ids) {
            boolean known = id != null && exists.test(id);
            check.require(known, field, String.format(unknown, id));
            if (known) found.add(id);
        }
        return found;
    }

    /** The handler must be an enabled account of a complaint handler or an administrator. */
    private void checkHandler(Check check, String username) {
        if (blank(username)) return;
        AccountView account = accounts.find(username).orElse(null);
        check.require(account != null, "handler", "承办人账户“" + username + "”不存在");
        if (account == null) return;
        check.require(account.enabled(), "handler", "承办人账户“" + username + "”已停用");
        check.require(account.role().equals("COMPLAINT_HANDLER") || account.role().equals("ADMIN"), "handler",
                "承办人“" + username + "”的角色是" + account.roleLabel() + "，只有举报受理人员或系统管理员可以承办举报件");
    }

    // ---- reading ----

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Summary> list(String status, String category, String unitCode, String handler, boolean overdue, String text,
                              int offset, int limit) {
        scope.requireAllUnits("查阅举报件");
        Check check = new Check();
        ComplaintStatus s = check.choice(ComplaintStatus.class, status, "status", "办理状态");
        Category k = check.choice(Category.class, category, "category", "举报类别");
        check.orThrow();
        Long unitId = blank(unitCode) ? null : units.require(unitCode.strip().toUpperCase()).id();
        var filter = new ComplaintRepository.Filter(s, k, unitId, PlainText.blankToNull(handler),
                overdue ? clock.today() : null, PlainText.blankToNull(text));
        return new Page<>(complaints.list(filter, offset, limit).stream().map(this::summary).toList(),
                complaints.count(filter), offset, limit);
    }

    /** One case; the reporter only for complaint handlers and administrators, and that read is logged. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Detail get(Long id) {
        return detail(require(id), true);
    }

    /**
     * The linked units and people as they were on {@code date} (default: the date the complaint refers to): each
     * unit's establishment and its people (at most {@code limit}, with the total), each person's records in force.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AsOf asOf(Long id, LocalDate date, int limit) {
        Complaint complaint = require(id);
        LocalDate on = date == null ? complaint.incidentDate() : date;
        List<UnitOnDate> unitViews = complaint.unitIds().stream().map(unitId -> {
            String code = units.codeOf(unitId);
            Unit unit = units.require(code);
            if (on.isBefore(unit.establishedOn())) {
                return new UnitOnDate(code, unit.latest().name(), null, null,
                        "单位于 " + unit.establishedOn() + " 设立，" + on + " 时尚不存在");
            }
            var e = establishment.asOf(code, on);
            return new UnitOnDate(code, e.unitName(), e, people.peopleAt(code, on, 0, limit), null);
        }).toList();
        List<PersonOnDate> personViews = complaint.personIds().stream()
                .map(personId -> new PersonOnDate(this.personViews.person(people.require(personId)), records.inForce(personId, on)))
                .toList();
        return new AsOf(complaint.id(), complaint.caseNumber(), on, unitViews, personViews);
    }

    private Complaint require(Long id) {
        scope.requireAllUnits("查阅举报件");
        return complaints.find(id).orElseThrow(() -> notFound(id));
    }

    private Detail detail(Complaint c, boolean showReporter) {
        LocalDate today = clock.today();
        Reporter reporter = showReporter && c.hasReporter() && scope.seesComplaintReporters() ? reporter(c) : null;
        List<UnitRef> unitRefs = c.unitIds().stream().map(u -> new UnitRef(units.codeOf(u), units.nameOf(u))).toList();
        List<PersonRef> personRefs = c.personIds().stream().map(p -> new PersonRef(personViews.person(people.require(p)),
                records.inForce(p, today))).toList();
        List<FindingRef> findingRefs = c.findingIds().stream().map(f -> {
            FindingView v = findings.detail(f).finding();
            return new FindingRef(v.id(), v.rule(), v.ruleLabel(), v.unitCode(), v.unitName(), v.message(), v.status(),
                    v.statusLabel());
        }).toList();
        List<Step> history = complaints.history(c.id()).stream().map(e -> new Step(e.action().name(), Labeled.codeOf(e.status()), Labeled.labelOf(e.status()),
                e.actor(), e.occurredAt(), e.note())).toList();
        return new Detail(summary(c), reporter, unitRefs, personRefs, findingRefs, history);
    }

    /** Opens the reporter's details and notes the read for the access log. */
    private Reporter reporter(Complaint c) {
        reads.readReporter(c.id());
        try {
            return new Reporter(open(NAME, c.sealedReporterName()), open(CONTACT, c.sealedReporterContact()), null);
        } catch (BianzhiException e) {
            return new Reporter(null, null, e.getMessage());
        }
    }

    private String open(String field, String sealed) {
        return sealed == null ? null : cipher.open(field, sealed);
    }

    private Summary summary(Complaint c) {
        long late = c.daysOverdue(clock.today());
        return new Summary(c.id(), c.caseNumber(), Labeled.codeOf(c.channel()), Labeled.labelOf(c.channel()), c.receivedOn(), c.incidentDate(), c.subject(),
                c.categories().stream().map(Labeled::codeOf).toList(), c.categories().stream().map(Labeled::labelOf).toList(),
                c.unitIds().stream().map(units::codeOf).toList(), List.copyOf(c.personIds()), List.copyOf(c.findingIds()),
                c.handler(), c.dueDate(), late > 0, late, Labeled.codeOf(c.status()), Labeled.labelOf(c.status()), Labeled.codeOf(c.result()), Labeled.labelOf(c.result()),
                c.conclusion(), c.concludedOn(), c.anonymous(), c.createdBy(), c.createdAt(), c.version());
    }

    private static BianzhiException notFound(Long id) {
        return BianzhiException.notFound("举报件", String.valueOf(id));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
