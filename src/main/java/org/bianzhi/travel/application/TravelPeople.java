package org.bianzhi.travel.application;

import org.bianzhi.shared.domain.Labeled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import org.bianzhi.establishment.application.UnitService;
import org.bianzhi.roster.application.IdNumberDisclosure;
import org.bianzhi.roster.domain.Person;
import org.bianzhi.roster.domain.PersonRepository;
import org.bianzhi.shared.application.Scope;
import org.bianzhi.shared.domain.UnitPath;
import org.bianzhi.travel.filing.application.FilingViews.PersonRef;
import org.bianzhi.travel.domain.PersonUnits.UnitRef;
import org.bianzhi.travel.domain.PersonUnits;

/**
 * The people of the module's lists: their unit on a date (which decides the caller's scope and the unit filter) and how
 * they are shown (ID number through {@link IdNumberDisclosure}).
 */
@ApplicationScoped
public class TravelPeople {

    @Inject
    PersonUnits personUnits;

    @Inject
    PersonRepository people;

    @Inject
    IdNumberDisclosure idNumbers;

    @Inject
    UnitService units;

    @Inject
    Scope scope;

    /** The path a {@code unit=} filter stands for (the unit and its subordinates), or null for none. */
    public String unitPath(String unitCode) {
        return unitCode == null || unitCode.isBlank() ? null : units.require(unitCode.strip().toUpperCase()).path();
    }

    /** The unit's current name (the 填表单位 of a form), null when none is given. */
    public String unitName(String unitCode) {
        return unitCode == null || unitCode.isBlank() ? null : units.nameOf(units.require(unitCode.strip().toUpperCase()).id());
    }

    public Map<Long, UnitRef> unitsOf(Collection<Long> personIds, LocalDate date) {
        return personUnits.unitsOf(personIds, date);
    }

    /** Whether a person placed at {@code unit} is in the caller's scope and under {@code unitPath} (null: any). */
    public boolean shown(UnitRef unit, String unitPath) {
        String path = unit == null ? null : unit.path();
        return scope.sees(path) && UnitPath.within(path, unitPath);
    }

    public PersonRef ref(long personId, UnitRef unit) {
        Person p = people.findById(personId).orElseThrow();
        return new PersonRef(p.id(), p.name(), Labeled.codeOf(p.gender()), Labeled.labelOf(p.gender()),
                idNumbers.shown(p.id(), p.idNumber().value()), p.birthDate(), unit == null ? null : unit.code(),
                unit == null ? null : unit.name());
    }

    public PersonRef ref(long personId, LocalDate date) {
        return ref(personId, personUnits.unitsOf(java.util.List.of(personId), date).get(personId));
    }
}
