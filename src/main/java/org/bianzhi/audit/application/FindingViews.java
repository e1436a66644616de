package org.bianzhi.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.bianzhi.audit.domain.Breach;
import org.bianzhi.audit.domain.Finding;
import org.bianzhi.audit.domain.Rule;
import org.bianzhi.establishment.domain.LeadershipCategory;
import org.bianzhi.establishment.domain.QuotaType;
import org.bianzhi.roster.application.IdNumberDisclosure;
import org.bianzhi.shared.domain.Labeled;

/** Turns findings (stored, or computed for a past date) into views, a page at a time, with one lookup per page. */
@ApplicationScoped
public class FindingViews {

    @Inject
    FindingReadModel read;

    @Inject
    IdNumberDisclosure disclosure;

    public List<FindingView> stored(List<Finding> findings, LocalDate asOf) {
        Labels labels = labels(findings.stream().map(Finding::unitId).toList(),
                findings.stream().flatMap(f -> f.personIds().stream()).toList(), asOf);
        return findings.stream().map(f -> view(f.id(), f.rule(), f.unitId(), f.personId(), f.personIds(), f.subject(), asOf,
                f.message(), f, labels)).toList();
    }

    /** Violations computed for a date, with the workflow state of the stored finding of the same key, if any. */
    public List<FindingView> computed(List<Breach> breaches, Map<String, Finding> storedByKey, LocalDate asOf) {
        Labels labels = labels(breaches.stream().map(Breach::unitId).toList(),
                breaches.stream().flatMap(b -> b.personIds().stream()).toList(), asOf);
        return breaches.stream().map(b -> {
            Finding f = storedByKey.get(b.key());
            return view(f == null ? null : f.id(), b.rule(), b.unitId(), b.personId(), b.personIds(), b.subject(), asOf,
                    b.message(), f, labels);
        }).toList();
    }

    private record Labels(Map<Long, FindingReadModel.UnitLabel> units, Map<Long, FindingReadModel.PersonLabel> people) {}

    private Labels labels(List<Long> unitIds, List<Long> personIds, LocalDate asOf) {
        return new Labels(read.units(new HashSet<>(unitIds), asOf), read.people(new HashSet<>(personIds)));
    }

    private FindingView view(Long id, Rule rule, long unitId, Long personId, List<Long> personIds, String subject, LocalDate asOf,
                             String message, Finding state, Labels labels) {
        FindingReadModel.UnitLabel unit = labels.units().get(unitId);
        List<FindingView.PersonRef> persons = new ArrayList<>();
        for (Long p : personIds) {
            FindingReadModel.PersonLabel person = labels.people().get(p);
            persons.add(new FindingView.PersonRef(p, person == null ? null : idNumber(person), person == null ? null : person.name()));
        }
        FindingView.PersonRef one = personId == null ? null : persons.stream().filter(p -> p.personId().equals(personId)).findFirst()
                .orElse(null);
        return new FindingView(id, rule.name(), rule.label(), unit == null ? null : unit.code(), unit == null ? null : unit.name(),
                personId, one == null ? null : one.idNumber(), one == null ? null : one.name(), persons, subject,
                subjectLabel(subject), asOf, message, rule.basis(),
                state == null ? null : state.status().name(), state == null ? null : state.status().label(),
                state == null ? null : state.firstSeen(), state == null ? null : state.lastSeen(),
                state == null ? 0 : state.reopened(), state == null ? null : state.statusChangedBy(),
                state == null ? null : state.statusChangedAt(), state == null ? null : state.statusNote());
    }

    private String idNumber(FindingReadModel.PersonLabel p) {
        return disclosure.shown(p.id(), p.idNumber());
    }

    static String subjectLabel(String subject) {
        if (subject == null) return null;
        return Labeled.parse(QuotaType.class, subject).map(Labeled::label)
                .or(() -> Labeled.parse(LeadershipCategory.class, subject).map(Labeled::label)).orElse(subject);
    }
}
