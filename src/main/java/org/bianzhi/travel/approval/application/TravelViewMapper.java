package org.bianzhi.travel.approval.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bianzhi.roster.application.IdNumberDisclosure;
import org.bianzhi.roster.domain.Person;
import org.bianzhi.roster.domain.PersonRepository;
import org.bianzhi.shared.application.CodeLabel;
import org.bianzhi.shared.application.RegistryClock;
import org.bianzhi.travel.approval.application.TravelViews.ApplicationView;
import org.bianzhi.travel.approval.application.TravelViews.Blocker;
import org.bianzhi.travel.approval.application.TravelViews.Flag;
import org.bianzhi.travel.approval.application.TravelViews.PersonRef;
import org.bianzhi.travel.approval.domain.ApplicationFlags;
import org.bianzhi.travel.approval.domain.ApprovalRules;
import org.bianzhi.travel.domain.PersonUnits;
import org.bianzhi.travel.domain.PersonUnits.UnitRef;
import org.bianzhi.travel.approval.domain.TravelApplication;

/** Turns the module's entities into views: the person with their unit today, codes with their labels. */
@ApplicationScoped
public class TravelViewMapper {

    @Inject
    PersonUnits personUnits;

    @Inject
    PersonRepository people;

    @Inject
    IdNumberDisclosure idNumbers;

    @Inject
    RegistryClock clock;

    @Inject
    org.bianzhi.establishment.domain.UnitRepository units;

    public ApplicationView detail(TravelApplication a, Person person, List<ApprovalRules.Breach> blockers,
                                  List<ApplicationFlags.Flag> flags) {
        UnitRef unit = personUnits.unitsOf(List.of(person.id()), clock.today()).get(person.id());
        List<Blocker> b = blockers == null ? null : blockers.stream()
                .map(x -> new Blocker(x.rule().name(), x.rule().label(), x.field(), x.message())).toList();
        List<Flag> f = flags.stream().map(x -> new Flag(x.kind().name(), x.kind().label(), x.message(), x.figures())).toList();
        return view(a, ref(person, unit, true), b, f);
    }

    public List<ApplicationView> summaries(List<TravelApplication> list) {
        Map<Long, PersonRef> refs = refs(list.stream().map(TravelApplication::personId).collect(Collectors.toSet()));
        return list.stream().map(a -> view(a, refs.get(a.personId()), null, null)).toList();
    }

    /** The people with their unit today and their ID number as the caller may see it. */
    public Map<Long, PersonRef> refs(Collection<Long> personIds) {
        Map<Long, UnitRef> units = personUnits.unitsOf(personIds, clock.today());
        return personIds.stream().distinct().collect(Collectors.toMap(id -> id,
                id -> ref(people.findById(id).orElseThrow(), units.get(id), true)));
    }

    /** The application as the change log keeps it: the person by id and name only. */
    public ApplicationView logged(TravelApplication a) {
        return view(a, plain(a.personId()), null, null);
    }

    /** 审批单位 by code and name (its latest name). */
    private CodeLabel approvingUnit(TravelApplication a) {
        return a.approvingUnitId() == null ? null : units.findById(a.approvingUnitId())
                .map(u -> new CodeLabel(u.code().value(), u.latest().name())).orElse(null);
    }

    /** The person by id and name only (for the change log: no ID number, no read logged). */
    public PersonRef plain(long personId) {
        Person p = people.findById(personId).orElseThrow();
        return new PersonRef(p.id(), p.name(), null, null, null);
    }

    public PersonRef ref(Person p, UnitRef unit, boolean withIdNumber) {
        return new PersonRef(p.id(), p.name(), withIdNumber ? idNumbers.shown(p.id(), p.idNumber().value()) : null,
                unit == null ? null : unit.code(), unit == null ? null : unit.name());
    }

    private ApplicationView view(TravelApplication a, PersonRef person, List<Blocker> blockers, List<Flag> flags) {
        return new ApplicationView(a.id(), a.number(), person, a.destinations(), CodeLabel.of(a.purpose()), a.purposeNote(),
                a.departsOn(), a.returnsOn(), a.appliedOn(), CodeLabel.of(a.unitVerdict()), a.unitOpinion(), a.unitOpinionBy(),
                a.unitOpinionAccount(), a.unitOpinionOn(), CodeLabel.of(a.disciplineVerdict()), a.disciplineOpinion(),
                a.disciplineOpinionBy(), a.disciplineOpinionAccount(), a.disciplineOpinionOn(), CodeLabel.of(a.status()), a.decidedOn(),
                a.decidedBy(), approvingUnit(a), a.decisionDocument(), a.decisionNote(), CodeLabel.of(a.source()), a.recordedBy(), a.recordedAt(),
                a.version(), blockers, flags);
    }
}
