package org.bianzhi.delegation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bianzhi.delegation.application.DelegationViews.DelegationView;
import org.bianzhi.delegation.application.DelegationViews.OverdueList;
import org.bianzhi.delegation.application.DelegationViews.OverdueReport;
import org.bianzhi.delegation.domain.Delegation;
import org.bianzhi.delegation.domain.DelegationRepository;
import org.bianzhi.delegation.domain.DelegationStatus;
import org.bianzhi.delegation.domain.MemberRole;
import org.bianzhi.establishment.application.UnitService;
import org.bianzhi.roster.application.PersonService;
import org.bianzhi.shared.application.Page;
import org.bianzhi.shared.application.RegistryClock;
import org.bianzhi.shared.application.Scope;
import org.bianzhi.shared.domain.Check;

/** Reads delegations within the caller's scope (a unit clerk: those organised by their units), and the overdue trip reports. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DelegationQueries {

    @Inject
    DelegationRepository delegations;

    @Inject
    DelegationDrafts drafts;

    @Inject
    DelegationViewMapper views;

    @Inject
    CalendarSettings calendar;

    @Inject
    UnitService units;

    @Inject
    PersonService people;

    @Inject
    RegistryClock clock;

    @Inject
    Scope scope;

    /** Filters: status, organising unit (with its subordinates), member, year of departure. */
    public Page<DelegationView> list(String status, String unitCode, Long personId, Integer year, int offset, int limit) {
        Check check = new Check();
        DelegationStatus s = check.choice(DelegationStatus.class, status, "status", "团组状态");
        check.orThrow();
        String unitPath = unitCode == null || unitCode.isBlank() ? null : units.require(unitCode.strip().toUpperCase()).path();
        if (personId != null) people.require(personId);
        var filter = new DelegationRepository.Filter(s, unitPath, scope.unitPath(), personId, year);
        return new Page<>(delegations.list(filter, offset, limit).stream().map(views::view).toList(), delegations.count(filter), offset, limit);
    }

    public DelegationView get(Long id) {
        Delegation d = delegations.find(id).orElseThrow(() -> DelegationService.notFound(id));
        drafts.requireVisible(d, id);
        return views.view(d);
    }

    /**
     * As of {@code asOf} (default today): returned delegations whose report is missing after its due day (a report filed
     * after {@code asOf} is still missing then), and reports filed after their due day; each with the days past it.
     */
    public OverdueList overdue(LocalDate asOf) {
        LocalDate day = asOf == null ? clock.today() : asOf;
        List<OverdueReport> missing = new ArrayList<>();
        List<OverdueReport> late = new ArrayList<>();
        for (Delegation d : delegations.returnedBy(day, scope.unitPath())) {
            if (d.status() != DelegationStatus.RETURNED && d.status() != DelegationStatus.REPORTED) continue;
            LocalDate due = d.reportDue(calendar.calendar());
            boolean filed = d.reportedOn() != null && !d.reportedOn().isAfter(day);
            long days = DelegationViewMapper.daysLate(due, filed ? d.reportedOn() : null, day);
            if (days == 0) continue;
            (filed ? late : missing).add(new OverdueReport(d.id(), d.number(), d.name(), views.unit(d.organiserUnitId()),
                    leaders(d), d.returnedOn(), due, filed ? d.reportedOn() : null, days));
        }
        missing.sort(Comparator.comparingLong(OverdueReport::daysOverdue).reversed());
        late.sort(Comparator.comparing(OverdueReport::reportedOn).reversed());
        return new OverdueList(day, missing, late);
    }

    private List<String> leaders(Delegation d) {
        return d.members().stream().filter(m -> m.role() == MemberRole.LEADER).map(m -> views.personName(m.personId())).toList();
    }
}
