package org.bianzhi.delegation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.bianzhi.delegation.application.DelegationViews.DelegationView;
import org.bianzhi.delegation.application.DelegationViews.MemberView;
import org.bianzhi.delegation.application.DelegationViews.Notice;
import org.bianzhi.delegation.application.DelegationViews.UnitRef;
import org.bianzhi.delegation.domain.Delegation;
import org.bianzhi.delegation.domain.Member;
import org.bianzhi.establishment.application.UnitService;
import org.bianzhi.roster.domain.Person;
import org.bianzhi.roster.domain.PersonRepository;
import org.bianzhi.shared.domain.Labeled;
import org.bianzhi.shared.application.RegistryClock;

/** Builds the views of delegations: units by code and current name, members by name, the report's due day. */
@ApplicationScoped
public class DelegationViewMapper {

    @Inject
    UnitService units;

    @Inject
    PersonRepository people;

    @Inject
    CalendarSettings calendar;

    @Inject
    RegistryClock clock;

    public DelegationView view(Delegation d) {
        LocalDate due = d.reportDue(calendar.calendar());
        return new DelegationView(d.id(), d.number(), d.name(), unit(d.organiserUnitId()), d.task(), d.inviter(), d.destinations(),
                d.departsOn(), d.returnsOn(), d.fundingSource(), new Notice(d.noticeFrom(), d.noticeTo(), d.noticePlace()),
                d.members().stream().map(this::member).toList(), Labeled.codeOf(d.status()), Labeled.labelOf(d.status()), d.submittedOn(), d.approvedOn(),
                d.approvalDocument(), d.returnedOn(), due, d.reportedOn(), d.reportSummary(), daysLate(due, d.reportedOn(), clock.today()),
                d.cancelledOn(), d.cancelReason(), d.createdBy(), d.createdAt(), d.version(),
                Labeled.codeOf(d.purpose()), Labeled.labelOf(d.purpose()));
    }

    /** Days the report is (or was, when filed by {@code asOf}) past its due day; 0 when not due or on time. */
    static long daysLate(LocalDate due, LocalDate reportedOn, LocalDate asOf) {
        if (due == null) return 0;
        LocalDate end = reportedOn != null && !reportedOn.isAfter(asOf) ? reportedOn : asOf;
        return Math.max(0, ChronoUnit.DAYS.between(due, end));
    }

    public UnitRef unit(Long unitId) {
        return unitId == null ? null : new UnitRef(units.codeOf(unitId), units.nameOf(unitId));
    }

    public String personName(Long personId) {
        return people.findById(personId).map(Person::name).orElse(null);
    }

    private MemberView member(Member m) {
        return new MemberView(m.personId(), personName(m.personId()), unit(m.unitId()), Labeled.codeOf(m.role()), Labeled.labelOf(m.role()));
    }

}
