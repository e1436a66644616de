package org.bianzhi.travel.crossing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bianzhi.establishment.application.UnitService;
import org.bianzhi.roster.application.IdNumberDisclosure;
import org.bianzhi.roster.application.PersonService;
import org.bianzhi.roster.domain.Person;
import org.bianzhi.roster.domain.PersonRepository;
import org.bianzhi.shared.application.Page;
import org.bianzhi.shared.application.RegistryClock;
import org.bianzhi.shared.application.Scope;
import org.bianzhi.shared.domain.BianzhiException;
import org.bianzhi.shared.domain.UnitPath;
import org.bianzhi.travel.approval.domain.Approval;
import org.bianzhi.travel.crossing.domain.Crossing;
import org.bianzhi.travel.crossing.domain.CrossingRecords;
import org.bianzhi.travel.domain.PersonUnits.UnitRef;
import org.bianzhi.travel.domain.PersonUnits;
import org.bianzhi.travel.crossing.domain.Trip;
import org.bianzhi.travel.crossing.domain.Trips;

/**
 * 出入境比对: the trips of registered people reconstructed from the crossings, each with the approved application
 * that covers it (if any). A unit clerk sees the people whose unit (on the period's last day) lies in their subtree.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TripService {

    @Inject
    CrossingRecords records;

    @Inject
    PersonUnits personUnits;

    @Inject
    PersonRepository people;

    @Inject
    PersonService personService;

    @Inject
    UnitService units;

    @Inject
    IdNumberDisclosure idNumbers;

    @Inject
    Scope scope;

    @Inject
    RegistryClock clock;

    public record TripView(long personId, String personName, String idNumber, String unitCode, String unitName, String docType,
                           String document, LocalDate departedOn, LocalDate returnedOn, LocalDate nextExitOn, String destination,
                           String exitPort, String entryPort, String applicationNumber, String note) {}

    private record Found(long personId, Trip trip, String application, UnitRef unit) {}

    /** Trips that overlap [from, to] ({@code from} null: since the data begin; {@code to} null: today), newest first. */
    public Page<TripView> list(Long personId, String unitCode, LocalDate from, LocalDate to, int offset, int limit) {
        LocalDate today = clock.today();
        LocalDate until = to == null ? today : to;
        if (from != null && from.isAfter(until)) throw BianzhiException.invalid("from", "起始日期 " + from + " 晚于截止日期 " + until);
        String unitPath = unitCode == null || unitCode.isBlank() ? null : units.require(unitCode).path();
        if (personId != null) personService.require(personId);
        Set<Long> ids = personId != null ? Set.of(personId) : records.peopleCrossing(from, until);
        Map<Long, UnitRef> unitOf = personUnits.unitsOf(ids, until);
        List<Long> visible = ids.stream().filter(id -> personId != null
                || scope.sees(pathOf(unitOf.get(id))) && UnitPath.within(pathOf(unitOf.get(id)), unitPath)).toList();
        Map<Long, List<Crossing>> crossings = records.crossingsOf(visible, today);
        Map<Long, List<Approval>> approvals = records.approvalsOf(visible, today);
        List<Found> found = new ArrayList<>();
        for (long id : visible) {
            for (Trip t : Trips.of(crossings.getOrDefault(id, List.of()))) {
                LocalDate first = t.departedOn() != null ? t.departedOn() : t.returnedOn();
                if (first.isAfter(until) || (from != null && t.lastDay(today).isBefore(from))) continue;
                String number = Approval.covering(t, approvals.getOrDefault(id, List.of())).map(Approval::number).orElse(null);
                found.add(new Found(id, t, number, unitOf.get(id)));
            }
        }
        found.sort(Comparator.comparing((Found f) -> f.trip().departedOn() != null ? f.trip().departedOn() : f.trip().returnedOn())
                .reversed().thenComparing(Found::personId));
        return Page.of(found, offset, limit).map(this::view);
    }

    private static String pathOf(UnitRef unit) {
        return unit == null ? null : unit.path();
    }

    private TripView view(Found f) {
        Person p = people.findById(f.personId()).orElseThrow();
        Trip t = f.trip();
        String note = !t.departureKnown() ? "出境记录缺失（出境日期早于记录）" : t.entryMissing() ? "入境记录缺失（" + t.nextExitOn()
                + " 再次出境）" : t.away() ? "尚未入境" : null;
        return new TripView(p.id(), p.name(), idNumbers.shown(p.id(), p.idNumber().value()), f.unit() == null ? null : f.unit().code(),
                f.unit() == null ? null : f.unit().name(), t.docType().name(), t.docType().label() + " " + t.docNumber(), t.departedOn(),
                t.returnedOn(), t.nextExitOn(), t.destination(), t.exitPort(), t.entryPort(), f.application(), note);
    }
}
