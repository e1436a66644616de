package org.bianzhi.travel.filing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.bianzhi.roster.application.PersonService;
import org.bianzhi.roster.domain.Person;
import org.bianzhi.shared.application.ChangeLog;
import org.bianzhi.shared.application.RegistryClock;
import org.bianzhi.shared.domain.BianzhiException;
import org.bianzhi.shared.domain.Check;
import org.bianzhi.travel.filing.application.FilingCommands.ChangeCommand;
import org.bianzhi.travel.filing.application.FilingCommands.EndCommand;
import org.bianzhi.travel.filing.application.FilingCommands.FilingCommand;
import org.bianzhi.travel.filing.application.FilingCommands.ReportCommand;
import org.bianzhi.travel.filing.application.FilingViews.FilingDetail;
import org.bianzhi.travel.filing.application.FilingViews.FilingState;
import org.bianzhi.travel.filing.application.FilingViews.FilingView;
import org.bianzhi.travel.filing.domain.Filing;
import org.bianzhi.travel.filing.domain.FilingCategory;
import org.bianzhi.travel.filing.domain.FilingRepository;
import org.bianzhi.shared.application.ExpectedVersion;

/**
 * 登记备案: files a person, reports the filing to public security, changes it (a new version) and ends it; shows a
 * filing with its history. Unit clerks work on the people of their subtree only ({@link PersonService#require}).
 */
@ApplicationScoped
@Transactional
public class FilingService {

    @Inject
    ExpectedVersion versions;

    @Inject
    FilingRepository filings;

    @Inject
    PersonService people;

    @Inject
    FilingViewer viewer;

    @Inject
    ChangeLog changeLog;

    @Inject
    RegistryClock clock;

    public FilingDetail create(FilingCommand c) {
        Check check = new Check();
        check.notNull(c.personId(), "personId", "人员");
        FilingCategory category = check.choice(FilingCategory.class, c.category(), "category", "登记备案人员类型");
        Filing.checkDetails(check, category, c.department());
        check.notNull(c.since(), "since", "备案事项发生日期");
        LocalDate today = clock.today();
        if (c.since() != null) check.require(!c.since().isAfter(today), "since", "备案事项发生日期 " + c.since() + " 晚于今天（" + today + "）");
        Filing.checkReportedOn(check, c.reportedOn(), c.since(), today);
        check.notNull(c.basisDocument(), "basisDocument", "依据（文号）");
        check.orThrow();
        Person person = people.require(c.personId());
        person.requireBornBy(c.since(), "since", "备案事项发生日期");
        long personId = person.id();
        for (Filing f : filings.versionsOf(personId)) {
            if (f.validTo() == null || f.validTo().isAfter(c.since())) {
                throw BianzhiException.conflict("filing-exists", "personId", "该人员已有在册的登记备案（" + f.category().label()
                        + "，" + f.validFrom() + " 起），请办理变更，不能重复登记");
            }
        }
        Filing filing = Filing.open(personId, category, c.department(), c.since(), c.reportedOn(), c.basisDocument().strip(),
                changeLog.actorName(), clock.now());
        filings.add(filing);
        log(filing, "登记备案", null, c.basisDocument());
        return viewer.detail(filing, today);
    }

    /** 报备公安机关: FILED for a first version, CHANGE_FILED for a change. */
    public FilingDetail report(Long id, ReportCommand c) {
        Filing filing = lock(id);
        Check check = new Check();
        check.notNull(c.reportedOn(), "reportedOn", "报备日期");
        Filing.checkReportedOn(check, c.reportedOn(), filing.validFrom(), clock.today());
        check.orThrow();
        FilingState before = state(filing);
        filing.report(c.reportedOn(), c.basisDocument(), clock.now());
        log(filing, "报备公安机关", before, c.basisDocument());
        return viewer.detail(filing, clock.today());
    }

    /** 变更: closes the version and opens its successor, not yet reported. */
    public FilingDetail change(Long id, ChangeCommand c) {
        Filing filing = lock(id);
        versions.check("该登记备案信息", c.version(), filing.version());
        filing.requireOpen("变更");
        Check check = new Check();
        FilingCategory category = c.category() == null || c.category().isBlank() ? filing.category()
                : check.choice(FilingCategory.class, c.category(), "category", "登记备案人员类型");
        String department = c.department() == null || c.department().isBlank() ? filing.department() : c.department().strip();
        Filing.checkDetails(check, category, department);
        check.require(category != filing.category() || !department.equals(filing.department()), "category",
                "登记备案人员类型和人事主管部门均未改变");
        check.notNull(c.effectiveOn(), "effectiveOn", "变更日期");
        if (c.effectiveOn() != null) {
            check.require(!c.effectiveOn().isAfter(clock.today()), "effectiveOn", "变更日期 " + c.effectiveOn() + " 晚于今天");
            check.require(!c.effectiveOn().isBefore(filing.validFrom()), "effectiveOn", "变更日期 " + c.effectiveOn()
                    + " 早于当前备案信息的起始日期 " + filing.validFrom());
        }
        check.notNull(c.basisDocument(), "basisDocument", "依据（文号）");
        check.orThrow();
        FilingState before = state(filing);
        Filing next = filing.changeTo(category, department, c.effectiveOn(), c.basisDocument().strip(), changeLog.actorName(), clock.now());
        filings.add(next);
        log(filing, "登记备案信息截止（变更）", before, c.basisDocument());
        log(next, "变更登记备案", null, c.basisDocument());
        return viewer.detail(next, clock.today());
    }

    /** 撤销登记备案 (退休, 调离, 不再担任领导职务 ...). */
    public FilingDetail end(Long id, EndCommand c) {
        Filing filing = lock(id);
        filing.requireOpen("撤销");
        Check check = new Check();
        check.notNull(c.endDate(), "endDate", "撤销日期");
        if (c.endDate() != null) {
            check.require(!c.endDate().isBefore(filing.validFrom()), "endDate", "撤销日期 " + c.endDate()
                    + " 早于备案信息的起始日期 " + filing.validFrom());
            check.require(!c.endDate().isAfter(clock.today()), "endDate", "撤销日期 " + c.endDate() + " 晚于今天");
        }
        check.notNull(c.reason(), "reason", "撤销原因");
        check.require(c.reason() == null || c.reason().strip().length() <= 500, "reason", "撤销原因不能超过500字");
        check.notNull(c.basisDocument(), "basisDocument", "依据（文号）");
        check.orThrow();
        FilingState before = state(filing);
        filing.end(c.endDate(), c.reason(), clock.now());
        log(filing, "撤销登记备案", before, c.basisDocument());
        return viewer.detail(filing, clock.today());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public FilingDetail get(Long id) {
        Filing filing = filings.find(id).orElseThrow(() -> notFound(id));
        people.require(filing.personId());
        return viewer.detail(filing, clock.today());
    }

    /** Every version of a person's filing, oldest first (empty: never filed). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FilingView> ofPerson(Long personId) {
        people.require(personId);
        return viewer.history(personId, clock.today());
    }

    private Filing lock(Long id) {
        Filing filing = filings.lock(id).orElseThrow(() -> notFound(id));
        people.require(filing.personId());
        return filing;
    }

    private void log(Filing f, String action, FilingState before, String basis) {
        changeLog.record(new ChangeLog.Change("travel_filing", f.id(), f.personId(), null, action,
                basis == null || basis.isBlank() ? f.basisDocument() : basis.strip()), before, state(f));
    }

    static FilingState state(Filing f) {
        return new FilingState(f.id(), f.personId(), f.category().name(), f.department(), f.status().name(), f.reportedOn(),
                f.changeOf(), f.validFrom(), f.validTo(), f.endReason(), f.basisDocument(), f.version());
    }

    private static BianzhiException notFound(Long id) {
        return BianzhiException.notFound("登记备案", String.valueOf(id));
    }
}
