package org.bianzhi.roster.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.bianzhi.establishment.application.UnitService;
import org.bianzhi.roster.application.Views.AppointmentView;
import org.bianzhi.roster.application.Views.ChangeView;
import org.bianzhi.roster.application.Views.FactView;
import org.bianzhi.roster.application.Views.NoticeView;
import org.bianzhi.roster.application.Views.OccupancyView;
import org.bianzhi.roster.application.Views.PersonView;
import org.bianzhi.roster.application.Views.PlanView;
import org.bianzhi.roster.application.Views.PostingView;
import org.bianzhi.roster.domain.Appointment;
import org.bianzhi.roster.domain.Notice;
import org.bianzhi.roster.domain.Occupancy;
import org.bianzhi.roster.domain.Person;
import org.bianzhi.roster.domain.PersonFact;
import org.bianzhi.roster.domain.PersonFactKind;
import org.bianzhi.roster.domain.PersonRepository;
import org.bianzhi.roster.domain.Posting;
import org.bianzhi.roster.domain.StaffingPlan;
import org.bianzhi.roster.domain.WorkflowRepository;
import org.bianzhi.shared.application.RegistryClock;
import org.bianzhi.shared.application.Scope;
import org.bianzhi.shared.domain.ChangeLogEntry;
import org.bianzhi.roster.domain.CadreRank;
import static org.bianzhi.shared.domain.Labeled.codeOf;
import static org.bianzhi.shared.domain.Labeled.labelOf;

/** Turns roster entities into the views the API shows, with unit codes and names filled in. */
@ApplicationScoped
public class ViewMapper {

    @Inject
    UnitService units;

    @Inject
    PersonRepository people;

    @Inject
    WorkflowRepository workflow;

    @Inject
    Scope scope;

    @Inject
    IdNumberDisclosure disclosure;

    @Inject
    RegistryClock clock;

    private static final Pattern ID_NUMBER = Pattern.compile("\\b(\\d{6})\\d{8}(\\d{3}[\\dX])\\b");

    public PersonView person(Person p) {
        return person(p, idNumber(p), p.id() == null ? List.of() : people.factsOf(p.id()));
    }

    /** The person with their 职务层次/户口所在地 history already read ({@code facts}: a dossier, a page read at once). */
    public PersonView person(Person p, List<PersonFact> facts) {
        return person(p, idNumber(p), facts);
    }

    /** A page of people, their facts read in one query. */
    public List<PersonView> people(List<Person> page) {
        var facts = people.factsOf(page.stream().map(Person::id).toList());
        return page.stream().map(p -> person(p, facts.getOrDefault(p.id(), List.of()))).toList();
    }

    /**
     * The person as stored, with the whole ID number, for the change log: what a clerk entered is kept whole even when
     * their own screens show it masked (reading the log masks it again for each reader).
     */
    public PersonView asRecorded(Person p) {
        return person(p, p.idNumber().value(), p.id() == null ? List.of() : people.factsOf(p.id()));
    }

    private PersonView person(Person p, String idNumber, List<PersonFact> facts) {
        LocalDate today = clock.today();
        CadreRank rank = PersonFact.valueOn(facts, PersonFactKind.RANK, today).map(CadreRank::valueOf).orElse(null);
        return new PersonView(p.id(), idNumber, p.name(), codeOf(p.gender()), labelOf(p.gender()), p.birthDate(),
                codeOf(p.identity()), labelOf(p.identity()), p.recorded().recordedBy(), p.recorded().recordedAt(), p.version(),
                codeOf(rank), labelOf(rank), PersonFact.valueOn(facts, PersonFactKind.HOUSEHOLD, today).orElse(null));
    }

    public FactView fact(PersonFact f) {
        String label = f.label();
        return new FactView(f.kind().name(), f.value(), label, f.validFrom(), f.validTo(), f.recorded().basisDocument(),
                f.recorded().recordedBy(), f.recorded().recordedAt());
    }

    public OccupancyView occupancy(Occupancy o) {
        return new OccupancyView(o.id(), o.personId(), units.codeOf(o.unitId()), units.nameOf(o.unitId()),
                codeOf(o.quotaType()), labelOf(o.quotaType()), o.period().validFrom(), o.period().validTo(),
                codeOf(o.entryRoute()), labelOf(o.entryRoute()), o.increaseNoticeNumber(), codeOf(o.exitReason()),
                labelOf(o.exitReason()), o.decreaseNoticeNumber(), o.overrideReason(),
                o.recorded().basisDocument(), o.recorded().recordedBy(), o.recorded().recordedAt(), o.version());
    }

    public PostingView posting(Posting p) {
        return new PostingView(p.id(), p.personId(), units.codeOf(p.unitId()), units.nameOf(p.unitId()),
                codeOf(p.postType()), labelOf(p.postType()), codeOf(p.arrangement()), labelOf(p.arrangement()), p.period().validFrom(), p.period().validTo(),
                p.secondmentEnd(), p.approvalDocument(), p.recorded().basisDocument(), p.recorded().recordedBy(),
                p.recorded().recordedAt(), p.version());
    }

    public AppointmentView appointment(Appointment a) {
        return new AppointmentView(a.id(), a.personId(), units.codeOf(a.unitId()), units.nameOf(a.unitId()),
                codeOf(a.category()), labelOf(a.category()), a.period().validFrom(), a.period().validTo(),
                a.recorded().basisDocument(), a.recorded().recordedBy(), a.recorded().recordedAt(), a.version(),
                codeOf(a.leadingRole()), labelOf(a.leadingRole()), a.postTitle());
    }

    public PlanView plan(StaffingPlan p, LocalDate today) {
        int used = p.status() == StaffingPlan.Status.APPROVED ? workflow.usedSlots(p.id(), today) : 0;
        int remaining = p.reservesOn(today) ? Math.max(p.requestedCount() - used, 0) : 0;
        return new PlanView(p.id(), units.codeOf(p.unitId()), units.nameOf(p.unitId()), codeOf(p.quotaType()),
                labelOf(p.quotaType()), p.requestedCount(), used, remaining, p.reason(), codeOf(p.status()), labelOf(p.status()),
                p.appliedOn(), p.appliedBy(),
                p.decidedOn(), p.decidedBy(), p.decisionDocument(), p.decisionNote(), p.validUntil(), p.version());
    }

    public NoticeView notice(Notice n) {
        Person p = people.findById(n.personId()).orElseThrow();
        return new NoticeView(n.id(), n.number(), codeOf(n.kind()), labelOf(n.kind()), n.year(), n.serial(),
                units.codeOf(n.unitId()), units.nameOf(n.unitId()), codeOf(n.quotaType()), labelOf(n.quotaType()), p.id(),
                p.name(), idNumber(p), n.occupancyId(), n.staffingPlanId(), n.effectiveDate(), codeOf(n.entryRoute()),
                labelOf(n.entryRoute()), codeOf(n.exitReason()), labelOf(n.exitReason()), n.overrideReason(),
                n.issuedOn(), n.issuedBy(), n.issuedAt());
    }

    /** The ID number in full (and that read logged), or masked for roles that may not see it. */
    private String idNumber(Person p) {
        return disclosure.shown(p.id(), p.idNumber().value());
    }

    /** A change-log line; ID numbers inside its before/after states are masked like everywhere else. */
    public ChangeView change(ChangeLogEntry e) {
        return new ChangeView(e.occurredAt(), e.actor(), e.entityType(), e.entityId(), e.action(), e.basisDocument(),
                masked(e.beforeState()), masked(e.afterState()));
    }

    private String masked(String json) {
        return json == null || scope.seesFullIdNumbers() ? json : ID_NUMBER.matcher(json).replaceAll("$1********$2");
    }
}
