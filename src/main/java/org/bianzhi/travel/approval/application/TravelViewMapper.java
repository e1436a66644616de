package org.bianzhi.travel.approval.application;

import org.bianzhi.establishment.domain.Unit;
import java.util.Optional;
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
import org.bianzhi.shared.domain.Labeled;
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

    /** 审批单位 (its latest name), null for none. */
    private Optional<Unit> approvingUnit(TravelApplication a) {
        return a.approvingUnitId() == null ? Optional.empty() : units.findById(a.approvingUnitId());
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
        Optional<Unit> approving = approvingUnit(a);
        return new ApplicationView(a.id(), a.number(), person, a.destinations(), Labeled.codeOf(a.purpose()), Labeled.labelOf(a.purpose()), a.purposeNote(),
                a.departsOn(), a.returnsOn(), a.appliedOn(), Labeled.codeOf(a.unitVerdict()), Labeled.labelOf(a.unitVerdict()), a.unitOpinion(), a.unitOpinionBy(),
                a.unitOpinionAccount(), a.unitOpinionOn(), Labeled.codeOf(a.disciplineVerdict()), Labeled.labelOf(a.disciplineVerdict()), a.disciplineOpinion(),
                a.disciplineOpinionBy(), a.disciplineOpinionAccount(), a.disciplineOpinionOn(), Labeled.codeOf(a.status()), Labeled.labelOf(a.status()), a.decidedOn(),
                a.decidedBy(), approving.map(u -> u.code().value()).orElse(null),
                approving.map(u -> u.latest().name()).orElse(null), a.decisionDocument(), a.decisionNote(), Labeled.codeOf(a.source()), Labeled.labelOf(a.source()), a.recordedBy(), a.recordedAt(),
                a.version(), blockers, flags);
    }
}
