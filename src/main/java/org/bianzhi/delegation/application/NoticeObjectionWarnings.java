package org.bianzhi.delegation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bianzhi.delegation.domain.Delegation;
import org.bianzhi.delegation.domain.DelegationRecordRepository;
import org.bianzhi.delegation.domain.DelegationRepository;
import org.bianzhi.delegation.domain.DelegationStatus;
import org.bianzhi.delegation.domain.Member;
import org.bianzhi.delegation.domain.Objection;
import org.bianzhi.delegation.domain.ObjectionReview;
import org.bianzhi.travel.crossing.domain.TravelWarning;
import org.bianzhi.travel.crossing.domain.WarningKind;
import org.bianzhi.travel.crossing.domain.WarningSource;

/**
 * 预警 of public notices (公示): an objection to a submitted delegation that nobody has re-examined yet, due the day
 * before departure (the delegation cannot be approved while it stands); listed under the member it concerns, or the
 * leader when it concerns the whole delegation.
 */
@ApplicationScoped
public class NoticeObjectionWarnings implements WarningSource {

    @Inject
    DelegationRepository delegations;

    @Inject
    DelegationRecordRepository records;

    @Override
    public List<TravelWarning> dueBetween(LocalDate today, LocalDate until) {
        List<TravelWarning> due = new ArrayList<>();
        var submitted = new DelegationRepository.Filter(DelegationStatus.SUBMITTED, null, null, null, null);
        for (Delegation d : delegations.list(submitted, 0, Integer.MAX_VALUE)) {
            LocalDate by = d.departsOn().minusDays(1);
            Member leader = d.leader();
            if (by.isBefore(today) || by.isAfter(until) || leader == null) continue;
            List<Objection> objections = records.objections(d.id());
            Set<Long> reviewed = new HashSet<>();
            records.reviews(objections.stream().map(Objection::id).toList()).stream().map(ObjectionReview::objectionId).forEach(reviewed::add);
            for (Objection o : objections) {
                if (reviewed.contains(o.id())) continue;
                long person = o.personId() != null ? o.personId() : leader.personId();
                due.add(new TravelWarning(WarningKind.PUBLIC_NOTICE_OBJECTION, person, d.number() + ":objection:" + o.id(), by,
                        "团组 " + d.number() + "（" + d.name() + "）公示期间 " + o.receivedOn() + " 收到异议，尚未核查；核查前不能批准，"
                                + "应于出发（" + d.departsOn() + "）前复核"));
            }
        }
        return due;
    }
}
