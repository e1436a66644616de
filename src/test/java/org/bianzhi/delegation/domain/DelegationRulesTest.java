package org.bianzhi.delegation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.bianzhi.delegation.domain.DelegationRules.Candidate;
import org.bianzhi.delegation.domain.DelegationRules.MemberFacts;
import org.bianzhi.delegation.domain.DelegationRules.Post;
import org.bianzhi.delegation.domain.DelegationRules.Review;
import org.bianzhi.delegation.domain.DelegationRules.Trip;
import org.bianzhi.establishment.domain.LeadershipCategory;
import org.bianzhi.shared.domain.Check;
import org.bianzhi.shared.domain.Violation;
import org.junit.jupiter.api.Test;

class DelegationRulesTest {

    private static final LocalDate DEPART = LocalDate.of(2026, 9, 10);
    private static final LocalDate RETURN = LocalDate.of(2026, 9, 17);
    private static final LocalDate SUBMITTED = LocalDate.of(2026, 8, 1);

    private static MemberFacts plain(long id) {
        return new MemberFacts(id, "成员" + id, List.of(), List.of(), List.of());
    }

    private static MemberFacts withTrips(long id, Trip... trips) {
        return new MemberFacts(id, "成员" + id, List.of(trips), List.of(), List.of());
    }

    private static MemberFacts leader(long id, long unit, LeadershipCategory category) {
        return new MemberFacts(id, "领导" + id, List.of(), List.of(new Post(unit, "单位" + unit, category)), List.of());
    }

    private static MemberFacts reviewed(long id, LocalDate from, LocalDate to) {
        return new MemberFacts(id, "成员" + id, List.of(), List.of(), List.of(new Review(from, to, "纪审〔2026〕1号")));
    }

    private static List<Violation> check(List<MemberFacts> members, LocalDate noticeFrom, LocalDate noticeTo) {
        Check check = new Check();
        DelegationRules.check(check, new Candidate(DEPART, RETURN, noticeFrom, noticeTo, members), SUBMITTED);
        return check.violations();
    }

    private static List<Violation> check(List<MemberFacts> members) {
        return check(members, null, null);
    }

    private static List<String> fields(List<Violation> violations) {
        return violations.stream().map(Violation::field).toList();
    }

    @Test
    void tenMembersAreAllowedTheEleventhIsNamed() {
        List<MemberFacts> ten = new ArrayList<>(IntStream.rangeClosed(1, 10).mapToObj(DelegationRulesTest::plain).toList());
        assertEquals(List.of(), check(ten));
        ten.add(plain(11));
        List<Violation> v = check(ten);
        assertEquals(List.of("members[10]"), fields(v));
        assertTrue(v.get(0).reason().contains("不得超过10人") && v.get(0).reason().contains("成员11"), v::toString);
        assertEquals(List.of("members"), fields(check(List.of())));
    }

    @Test
    void theSecondTripOfTheYearIsAllowedTheThirdNamesTheOtherTwo() {
        Trip first = new Trip("TZ2026-00001", LocalDate.of(2026, 3, 2));
        Trip second = new Trip("TZ2026-00007", LocalDate.of(2026, 5, 20));
        assertEquals(List.of(), check(List.of(plain(1), withTrips(2, first))));
        List<Violation> v = check(List.of(plain(1), withTrips(2, first, second)));
        assertEquals(List.of("members[1]"), fields(v));
        assertTrue(v.get(0).reason().contains("TZ2026-00001") && v.get(0).reason().contains("TZ2026-00007")
                && v.get(0).reason().contains("第3次"), v::toString);
    }

    @Test
    void twoPrincipalsOfOneUnitAreRefusedAPrincipalAndADeputyOrPrincipalsOfTwoUnitsAreNot() {
        assertEquals(List.of(), check(List.of(leader(1, 100, LeadershipCategory.UNIT_PRINCIPAL),
                leader(2, 100, LeadershipCategory.UNIT_DEPUTY)), DEPART.minusDays(7), DEPART));
        assertEquals(List.of(), check(List.of(leader(1, 100, LeadershipCategory.UNIT_PRINCIPAL),
                leader(2, 200, LeadershipCategory.UNIT_PRINCIPAL)), DEPART.minusDays(7), DEPART));
        List<Violation> v = check(List.of(plain(9), leader(1, 100, LeadershipCategory.UNIT_PRINCIPAL),
                leader(2, 100, LeadershipCategory.UNIT_PRINCIPAL)), DEPART.minusDays(7), DEPART);
        assertEquals(List.of("members[2]"), fields(v));
        assertTrue(v.get(0).reason().contains("领导1") && v.get(0).reason().contains("领导2") && v.get(0).reason().contains("单位100"),
                v::toString);
    }

    @Test
    void aLeadersNoticeMustBeginSevenDaysBeforeDeparture() {
        List<MemberFacts> members = List.of(plain(1), leader(2, 100, LeadershipCategory.DEPT_DEPUTY));
        assertEquals(List.of(), check(members, DEPART.minusDays(7), DEPART));
        List<Violation> late = check(members, DEPART.minusDays(6), DEPART);
        assertEquals(List.of("members[1]"), fields(late));
        assertTrue(late.get(0).reason().contains("2026-09-03") && late.get(0).reason().contains("2026-09-04"), late::toString);
        assertEquals(List.of("members[1]"), fields(check(members)), "missing");
        assertEquals(List.of("members[1]"), fields(check(members, DEPART.minusDays(8), DEPART.plusDays(1))), "ends after departure");
        assertEquals(List.of("members[1]"), fields(check(members, DEPART.minusDays(9), DEPART.minusDays(5))), "shorter than a week");
        assertEquals(List.of(), check(List.of(plain(1), plain(2))), "no leader, no notice needed");
    }

    @Test
    void nobodyUnderReviewOnTheDayOrDuringTheTrip() {
        assertEquals(List.of(), check(List.of(reviewed(1, LocalDate.of(2026, 8, 5), DEPART.minusDays(1)))),
                "ended the day before departure");
        assertEquals(List.of(), check(List.of(reviewed(1, LocalDate.of(2026, 1, 5), SUBMITTED))), "ended on the day of the check");
        assertEquals(List.of("members[0]"), fields(check(List.of(reviewed(1, LocalDate.of(2026, 1, 5), SUBMITTED.plusDays(1))))),
                "under review on the day of the check");
        assertEquals(List.of("members[0]"), fields(check(List.of(reviewed(1, LocalDate.of(2026, 8, 5), DEPART.plusDays(1))))),
                "still under review on departure");
        assertEquals(List.of("members[0]"), fields(check(List.of(reviewed(1, RETURN, null)))), "begun on the last day of the trip");
        assertEquals(List.of(), check(List.of(reviewed(1, RETURN.plusDays(1), null))), "begun after the return");
    }

    @Test
    void everyViolationIsReportedAtOnce() {
        Trip a = new Trip("TZ2026-00001", LocalDate.of(2026, 3, 2));
        Trip b = new Trip("TZ2026-00002", LocalDate.of(2026, 4, 2));
        List<Violation> v = check(List.of(withTrips(1, a, b), reviewed(2, LocalDate.of(2026, 7, 1), null),
                leader(3, 100, LeadershipCategory.UNIT_PRINCIPAL), leader(4, 100, LeadershipCategory.UNIT_PRINCIPAL)));
        assertEquals(List.of("members[0]", "members[1]", "members[2]", "members[3]", "members[3]"), fields(v).stream().sorted().toList());
    }
}
