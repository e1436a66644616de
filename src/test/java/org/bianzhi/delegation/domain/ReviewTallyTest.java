package org.bianzhi.delegation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.bianzhi.delegation.domain.RankBand.PostLevel;
import org.bianzhi.delegation.domain.ReviewTally.PersonTrip;
import org.bianzhi.delegation.domain.ReviewTally.Totals;
import org.bianzhi.establishment.domain.AdministrativeLevel;
import org.bianzhi.establishment.domain.LeadershipCategory;
import org.bianzhi.roster.domain.LeadingRole;
import org.junit.jupiter.api.Test;

/** Seed 000's review statistics: cases, people per trip, 因公 (备案管理) / 因私, rank, purpose. */
class ReviewTallyTest {

    @Test
    void theSeedsSentenceAddsUp() {
        List<PersonTrip> trips = new ArrayList<>();
        // 3 delegations of 2 people each, one of them filed; 2 private applications
        for (int d = 1; d <= 3; d++) {
            trips.add(new PersonTrip("TZ2026-0000" + d, true, true, RankBand.DIVISION, DelegationPurpose.TRADE));
            trips.add(new PersonTrip("TZ2026-0000" + d, true, false, RankBand.SECTION, DelegationPurpose.TRADE));
        }
        trips.add(new PersonTrip("CG2026-00001", false, false, RankBand.OTHER, DelegationPurpose.VISIT));
        trips.add(new PersonTrip("CG2026-00002", false, false, RankBand.OTHER, null));
        Totals t = ReviewTally.of(trips);
        assertEquals(5, t.cases());
        assertEquals(8, t.people());
        assertEquals(6, t.official());
        assertEquals(3, t.officialFiled());
        assertEquals(2, t.privateTrips());
        assertEquals(3L, t.byRank().get(RankBand.DIVISION));
        assertEquals(0L, t.byRank().get(RankBand.BUREAU));
        assertEquals(6L, t.byPurpose().get(DelegationPurpose.TRADE));
        assertEquals(1L, t.byPurpose().get(DelegationPurpose.OTHER), "an unclassified purpose counts as 其他");
    }

    @Property(tries = 100)
    void everyBreakdownAddsUpToThePeopleWhateverTheOrder(@ForAll long seed) {
        Random r = new Random(seed);
        List<PersonTrip> trips = new ArrayList<>();
        for (int i = 0; i < r.nextInt(30); i++) {
            trips.add(new PersonTrip("K" + r.nextInt(6), r.nextBoolean(), r.nextBoolean(), RankBand.values()[r.nextInt(4)],
                    DelegationPurpose.values()[r.nextInt(5)]));
        }
        Totals t = ReviewTally.of(trips);
        Collections.shuffle(trips, r);
        assertEquals(t, ReviewTally.of(trips));
        assertEquals(t.people(), t.byRank().values().stream().mapToLong(Long::longValue).sum());
        assertEquals(t.people(), t.byPurpose().values().stream().mapToLong(Long::longValue).sum());
        assertEquals(t.people(), t.official() + t.privateTrips());
    }

    @Test
    void theRankBandFollowsTheUnitsLevelAndTheLocalRole() {
        assertEquals(RankBand.OTHER, RankBand.of(List.of()));
        assertEquals(RankBand.SECTION, RankBand.of(List.of(new PostLevel(AdministrativeLevel.COUNTY, LeadershipCategory.UNIT_PRINCIPAL, null))));
        assertEquals(RankBand.DIVISION, RankBand.of(List.of(new PostLevel(AdministrativeLevel.COUNTY, LeadershipCategory.UNIT_PRINCIPAL,
                LeadingRole.LOCAL_PARTY_SECRETARY))), "县委书记");
        assertEquals(RankBand.OTHER, RankBand.of(List.of(new PostLevel(AdministrativeLevel.COUNTY, LeadershipCategory.DEPT_PRINCIPAL, null))));
        assertEquals(RankBand.DIVISION, RankBand.of(List.of(new PostLevel(AdministrativeLevel.CITY, LeadershipCategory.UNIT_DEPUTY, null))));
        assertEquals(RankBand.BUREAU, RankBand.of(List.of(new PostLevel(AdministrativeLevel.TOWNSHIP, LeadershipCategory.UNIT_PRINCIPAL, null),
                new PostLevel(AdministrativeLevel.PROVINCE, LeadershipCategory.UNIT_DEPUTY, null))), "the highest of two posts");
    }
}
