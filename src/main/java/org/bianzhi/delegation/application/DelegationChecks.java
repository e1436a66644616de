package org.bianzhi.delegation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bianzhi.delegation.domain.Delegation;
import org.bianzhi.delegation.domain.DelegationRepository;
import org.bianzhi.delegation.domain.DelegationRules;
import org.bianzhi.delegation.domain.DelegationRules.MemberFacts;
import org.bianzhi.delegation.domain.DelegationRules.Post;
import org.bianzhi.delegation.domain.DelegationRules.Review;
import org.bianzhi.delegation.domain.DisciplineReviewRepository;
import org.bianzhi.delegation.domain.Member;
import org.bianzhi.delegation.domain.NoticeRules;
import org.bianzhi.delegation.domain.SponsorRules;
import org.bianzhi.delegation.domain.Locality;
import org.bianzhi.establishment.application.UnitService;
import org.bianzhi.establishment.domain.AdministrativeLevel;
import org.bianzhi.establishment.domain.Unit;
import org.bianzhi.establishment.domain.UnitRepository;
import org.bianzhi.establishment.domain.UnitVersion;
import org.bianzhi.shared.domain.Check;

/**
 * Applies {@link SponsorRules} to the inviter and funding, and gathers what {@link DelegationRules} need about a delegation's members — their other trips of the year, their
 * appointments on the departure day, their reviews — and applies the rules, refusing with every violation at once.
 * The members' rows are locked first, so two checks of one person's trips never run side by side.
 */
@ApplicationScoped
public class DelegationChecks {

    @Inject
    DelegationRepository delegations;

    @Inject
    DisciplineReviewRepository reviews;

    @Inject
    UnitService units;

    @Inject
    UnitRepository unitRepository;

    @Inject
    DelegationViewMapper views;

    @Inject
    NoticeService notices;

    /** Refuses (422) a delegation that breaks a rule on {@code day} (the day of submission). */
    public void require(Delegation d, LocalDate day) {
        require(d, day, false);
    }

    /**
     * Refuses (422) a delegation that breaks a rule on {@code day}; when {@code approving}, also while its public notice
     * runs or an objection to it is unresolved or upheld ({@link NoticeRules}), all in one answer.
     */
    public void require(Delegation d, LocalDate day, boolean approving) {
        List<Long> ids = d.members().stream().map(Member::personId).toList();
        delegations.lockPeople(ids);
        var trips = delegations.tripsInYear(ids, d.departsOn().getYear(), d.id());
        Map<Long, List<Post>> posts = new HashMap<>();
        for (var a : delegations.appointmentsOn(ids, d.departsOn())) {
            posts.computeIfAbsent(a.personId(), k -> new ArrayList<>()).add(new Post(a.unitId(), units.nameOf(a.unitId()), a.category(),
                    a.role(), a.title(), a.role() != null && a.role().local() ? locality(a.unitId(), d.departsOn()) : null));
        }
        Map<Long, List<Review>> reviewsOf = new HashMap<>();
        for (var r : reviews.ofPeople(ids)) {
            reviewsOf.computeIfAbsent(r.personId(), k -> new ArrayList<>()).add(new Review(r.validFrom(), r.validTo(), r.basisDocument()));
        }
        List<MemberFacts> members = ids.stream().map(id -> new MemberFacts(id, views.personName(id), trips.getOrDefault(id, List.of()),
                posts.getOrDefault(id, List.of()), reviewsOf.getOrDefault(id, List.of()))).toList();
        Check check = new Check();
        SponsorRules.check(check, d.inviter(), d.fundingSource());
        DelegationRules.check(check, new DelegationRules.Candidate(d.departsOn(), d.returnsOn(), d.noticeFrom(), d.noticeTo(), members), day);
        if (approving) NoticeRules.checkApproval(check, d.noticeFrom(), d.noticeTo(), ids, notices.facts(d), day);
        check.orThrow();
    }

    /**
     * The {@link Locality} of the unit on {@code date}: its region code at its level, or for a township-level unit the
     * top-most township-level unit of its chain; null when the unit did not exist then.
     */
    Locality locality(long unitId, LocalDate date) {
        Unit unit = unitRepository.findById(unitId).orElse(null);
        UnitVersion v = unit == null ? null : unit.asOf(date).orElse(null);
        if (v == null) return null;
        if (v.attributes().level() != AdministrativeLevel.TOWNSHIP) return Locality.region(v.regionCode(), v.attributes().level());
        Unit top = unit;
        for (int hops = 0; v.parentId() != null && hops < 20; hops++) {
            Unit parent = unitRepository.findById(v.parentId()).orElse(null);
            UnitVersion pv = parent == null ? null : parent.asOf(date).orElse(null);
            if (pv == null || pv.attributes().level() != AdministrativeLevel.TOWNSHIP) break;
            top = parent;
            v = pv;
        }
        return Locality.township(top.id(), v.name());
    }
}
