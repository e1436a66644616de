package org.bianzhi.delegation.domain;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.bianzhi.establishment.domain.LeadershipCategory;
import org.bianzhi.roster.domain.LeadingRole;
import org.bianzhi.shared.domain.Check;

/**
 * 因公出国（境）审查规则 (seeds 000 and 003): at most 10 members; a person at most 2 official trips a calendar year; never
 * two principal leaders (主要领导) of one unit or of one locality in one delegation; nobody under disciplinary review on the day of the
 * check or during the trip; leaders' trips publicly posted (公示) for a week, beginning at least 7 days before
 * departure and ending by it. Checked at submission and again at approval, each violation on the member at fault.
 */
public final class DelegationRules {

    public static final int MAX_MEMBERS = 10;
    public static final int MAX_TRIPS_PER_YEAR = 2;
    public static final int NOTICE_DAYS = 7;

    private DelegationRules() {
    }

    /** Another delegation of the member that counts in the year. */
    public record Trip(String number, LocalDate departsOn) {}

    /**
     * A leadership appointment in force on the departure day: its unit, quota category, 主要领导身份 (null: none), 职务名称
     * (null: not given) and the locality of its unit (see {@link Locality}).
     */
    public record Post(long unitId, String unitName, LeadershipCategory category, LeadingRole role, String title,
                       Locality locality) {

        public Post(long unitId, String unitName, LeadershipCategory category) {
            this(unitId, unitName, category, null, null, null);
        }

        /** A principal leader of its unit: the administrative head (单位正职) or the party secretary (党委（党组）书记). */
        boolean unitPrincipal() {
            return role == LeadingRole.PARTY_SECRETARY || role == null && category == LeadershipCategory.UNIT_PRINCIPAL;
        }

        /** A principal leader of its locality (地方党委书记, 地方政府正职). */
        boolean localPrincipal() {
            return role != null && role.local() && locality != null;
        }

        /** The post as a sentence names it: the unit and the title, else the role, else the category. */
        String named() {
            String what = title != null ? title : role != null ? role.label()
                    : category == LeadershipCategory.UNIT_PRINCIPAL ? "行政正职（单位正职）" : category.label();
            return unitName + " " + what;
        }
    }

    /** A period of disciplinary review: {@code to} exclusive, null while open. */
    public record Review(LocalDate from, LocalDate to, String basisDocument) {
        boolean overlaps(LocalDate first, LocalDate last) {
            return !from.isAfter(last) && (to == null || to.isAfter(first));
        }
    }

    /** A member with what the rules need to know of them. */
    public record MemberFacts(long personId, String name, List<Trip> otherTrips, List<Post> posts, List<Review> reviews) {
        boolean leader() {
            return !posts.isEmpty();
        }
    }

    /** The delegation as checked. */
    public record Candidate(LocalDate departsOn, LocalDate returnsOn, LocalDate noticeFrom, LocalDate noticeTo,
                            List<MemberFacts> members) {}

    /** Adds every violation of the delegation, checked on {@code day} (submission or approval), to {@code check}. */
    public static void check(Check check, Candidate c, LocalDate day) {
        List<MemberFacts> members = c.members();
        check.require(!members.isEmpty(), "members", "团组至少须有1名成员");
        for (int i = MAX_MEMBERS; i < members.size(); i++) {
            check.require(false, field(i), "团组人数不得超过" + MAX_MEMBERS + "人，现有" + members.size() + "人：请将"
                    + members.get(i).name() + "（第" + (i + 1) + "名）移出或另组团组");
        }
        for (int i = 0; i < members.size(); i++) {
            MemberFacts m = members.get(i);
            trips(check, i, m, c);
            reviews(check, i, m, c, day);
            notice(check, i, m, c);
        }
        principals(check, members);
    }

    private static void trips(Check check, int i, MemberFacts m, Candidate c) {
        if (m.otherTrips().size() < MAX_TRIPS_PER_YEAR) return;
        String others = m.otherTrips().stream().map(t -> t.number() + "（" + t.departsOn() + "出发）").collect(Collectors.joining("、"));
        check.require(false, field(i), m.name() + " " + c.departsOn().getYear() + "年已有" + m.otherTrips().size()
                + "次因公出国（境）：" + others + "；每人每年不超过" + MAX_TRIPS_PER_YEAR + "次，本次为第" + (m.otherTrips().size() + 1)
                + "次，请更换人员");
    }

    /**
     * The review that bars a person from travelling: one in progress on {@code day} (of the check) or during the trip
     * {@code departsOn}–{@code returnsOn}; the first such, or empty. Private travel asks the same (travel's port
     * {@code DisciplineReviews}).
     */
    public static Optional<Review> barring(List<Review> reviews, LocalDate day, LocalDate departsOn, LocalDate returnsOn) {
        return reviews.stream().filter(r -> r.overlaps(day, day) || r.overlaps(departsOn, returnsOn)).findFirst();
    }

    private static void reviews(Check check, int i, MemberFacts m, Candidate c, LocalDate day) {
        barring(m.reviews(), day, c.departsOn(), c.returnsOn()).ifPresent(r -> {
            boolean onDay = r.overlaps(day, day);
            String period = "自 " + r.from() + " 起" + (r.to() == null ? "（尚未结束）" : "至 " + r.to() + " 结束");
            check.require(false, field(i), m.name() + " " + period + "处于纪律审查期间（" + r.basisDocument() + "），"
                    + (onDay ? day + " 正在审查中" : "出访期间 " + c.departsOn() + " 至 " + c.returnsOn() + " 处于审查期间")
                    + "，不得派出，请移出该成员");
        });
    }

    private static void notice(Check check, int i, MemberFacts m, Candidate c) {
        if (!m.leader()) return;
        LocalDate latestStart = c.departsOn().minusDays(NOTICE_DAYS);
        LocalDate from = c.noticeFrom();
        LocalDate to = c.noticeTo();
        boolean ok = from != null && to != null && !from.isAfter(latestStart) && !to.isAfter(c.departsOn())
                && !to.isBefore(from.plusDays(NOTICE_DAYS - 1));
        if (ok) return;
        Post post = m.posts().get(0);
        String now = from == null || to == null ? "现未公示" : "现为 " + from + " 至 " + to;
        check.require(false, field(i), m.name() + " 是" + post.unitName() + post.category().label() + "，领导干部出访须行前公示一周："
                + "公示应不晚于 " + latestStart + " 开始、不晚于出发日 " + c.departsOn() + " 结束且不少于" + NOTICE_DAYS + "天，" + now);
    }

    /**
     * 不得安排一个单位、地方的两个主要领导同团出访 (seed 003): two people who are principal leaders of one unit (its
     * administrative head and its party secretary, or two of either), or of one locality (地方党委书记 and 地方政府正职, in
     * whatever units their appointments are recorded). One violation per pair, on the later member, naming both.
     */
    private static void principals(Check check, List<MemberFacts> members) {
        Map<Long, Integer> byUnit = new LinkedHashMap<>();
        Map<Locality, Integer> byLocality = new LinkedHashMap<>();
        Set<String> refused = new HashSet<>();
        for (int i = 0; i < members.size(); i++) {
            for (Post p : members.get(i).posts()) {
                if (p.unitPrincipal()) {
                    Integer first = byUnit.putIfAbsent(p.unitId(), i);
                    if (first != null && first != i && refused.add("unit|" + first + "|" + i)) {
                        refuse(check, members, first, i, p, principalPost(members.get(first), q -> q.unitPrincipal() && q.unitId() == p.unitId()),
                                "同为" + p.unitName() + "的主要领导");
                    }
                }
                if (p.localPrincipal()) {
                    Integer first = byLocality.putIfAbsent(p.locality(), i);
                    if (first != null && first != i && refused.add("local|" + first + "|" + i)) {
                        refuse(check, members, first, i, p, principalPost(members.get(first), q -> q.localPrincipal() && q.locality().equals(p.locality())),
                                "同为" + p.locality().name() + "的地方主要领导");
                    }
                }
            }
        }
    }

    private static Post principalPost(MemberFacts m, Predicate<Post> which) {
        return m.posts().stream().filter(which).findFirst().orElseThrow();
    }

    private static void refuse(Check check, List<MemberFacts> members, int first, int i, Post later, Post earlier, String what) {
        check.require(false, field(i), members.get(first).name() + "（" + earlier.named() + "）与 " + members.get(i).name() + "（"
                + later.named() + "）" + what + "，一个单位、地方的两个主要领导不得同团出访，请调整其中一人");
    }

    private static String field(int i) {
        return "members[" + i + "]";
    }
}
