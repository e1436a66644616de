package org.bianzhi.delegation.domain;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 审查审批统计 (seed 000: "审查办理出国（境）人员手续49件，涉及89人，其中因公72人（备案管理55人），因私17人。局级15人，处级55人，
 * 科级1人，其他人员18人。访问或考察37人，经贸活动46人，劳务输出3人，学习培训3人"): cases (件: a delegation or a private
 * application), people counted per trip (人次), official and private, of the official those under filing management
 * (备案管理), by rank band and by purpose. Each breakdown adds up to the people.
 */
public final class ReviewTally {

    private ReviewTally() {
    }

    /** One person on one trip: {@code caseKey} names the delegation or application it belongs to. */
    public record PersonTrip(String caseKey, boolean official, boolean filed, RankBand rank, DelegationPurpose purpose) {}

    public record Totals(long cases, long people, long official, long officialFiled, long privateTrips,
                         Map<RankBand, Long> byRank, Map<DelegationPurpose, Long> byPurpose) {}

    public static Totals of(List<PersonTrip> trips) {
        Set<String> cases = new HashSet<>();
        long official = 0;
        long filed = 0;
        Map<RankBand, Long> rank = new EnumMap<>(RankBand.class);
        Map<DelegationPurpose, Long> purpose = new EnumMap<>(DelegationPurpose.class);
        for (RankBand b : RankBand.values()) rank.put(b, 0L);
        for (DelegationPurpose p : DelegationPurpose.values()) purpose.put(p, 0L);
        for (PersonTrip t : trips) {
            cases.add(t.caseKey());
            if (t.official()) {
                official++;
                if (t.filed()) filed++;
            }
            rank.merge(t.rank(), 1L, Long::sum);
            purpose.merge(t.purpose() == null ? DelegationPurpose.OTHER : t.purpose(), 1L, Long::sum);
        }
        return new Totals(cases.size(), trips.size(), official, filed, trips.size() - official, rank, purpose);
    }
}
