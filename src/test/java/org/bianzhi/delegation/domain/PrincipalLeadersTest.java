package org.bianzhi.delegation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.bianzhi.delegation.domain.DelegationRules.Candidate;
import org.bianzhi.delegation.domain.DelegationRules.MemberFacts;
import org.bianzhi.delegation.domain.DelegationRules.Post;
import org.bianzhi.establishment.domain.AdministrativeLevel;
import org.bianzhi.establishment.domain.LeadershipCategory;
import org.bianzhi.roster.domain.LeadingRole;
import org.bianzhi.shared.domain.Check;
import org.bianzhi.shared.domain.Violation;
import org.junit.jupiter.api.Test;

/** 一个单位、地方的两个主要领导不得同团出访 (seed 003): the party secretary beside the head, and leaders of one locality. */
class PrincipalLeadersTest {

    private static final LocalDate DEPART = LocalDate.of(2026, 9, 10);
    private static final Locality COUNTY = Locality.region("331121", AdministrativeLevel.COUNTY);
    private static final Locality OTHER_COUNTY = Locality.region("331122", AdministrativeLevel.COUNTY);
    private static final Locality TOWN = Locality.township(500, "青田县温溪镇人民政府");
    private static final Locality OTHER_TOWN = Locality.township(501, "青田县船寮镇人民政府");

    private static final MemberFacts HEAD = member(1, "王局长", new Post(100, "青田县水利局", LeadershipCategory.UNIT_PRINCIPAL, null, "局长", null));
    private static final MemberFacts SECRETARY = member(2, "李书记", new Post(100, "青田县水利局", LeadershipCategory.UNIT_PRINCIPAL,
            LeadingRole.PARTY_SECRETARY, "党组书记", null));
    private static final MemberFacts COUNTY_SECRETARY = member(3, "赵县委书记", new Post(10, "中共青田县委办公室",
            LeadershipCategory.UNIT_PRINCIPAL, LeadingRole.LOCAL_PARTY_SECRETARY, "县委书记", COUNTY));
    private static final MemberFacts COUNTY_HEAD = member(4, "钱县长", new Post(11, "青田县人民政府办公室",
            LeadershipCategory.UNIT_PRINCIPAL, LeadingRole.LOCAL_GOVERNMENT_HEAD, "县长", COUNTY));

    private static MemberFacts member(long id, String name, Post... posts) {
        return new MemberFacts(id, name, List.of(), List.of(posts), List.of());
    }

    private static MemberFacts plain(long id) {
        return new MemberFacts(id, "成员" + id, List.of(), List.of(), List.of());
    }

    private static List<Violation> check(List<MemberFacts> members) {
        Check check = new Check();
        // the notice is in order: only the principals' rule can fire
        DelegationRules.check(check, new Candidate(DEPART, DEPART.plusDays(6), DEPART.minusDays(7), DEPART, members), DEPART.minusDays(20));
        return check.violations();
    }

    @Test
    void thePartySecretaryBesideTheAdministrativeHeadOfOneUnitIsRefusedNamingBothPosts() {
        List<Violation> v = check(List.of(HEAD, plain(9), SECRETARY));
        assertEquals(1, v.size(), v::toString);
        assertEquals("members[2]", v.get(0).field());
        String reason = v.get(0).reason();
        assertTrue(reason.contains("王局长（青田县水利局 局长）") && reason.contains("李书记（青田县水利局 党组书记）")
                && reason.contains("同为青田县水利局的主要领导"), reason);
    }

    @Test
    void aDeputyOrAPrincipalOfAnotherUnitOrOnePersonHoldingBothPostsIsNotRefused() {
        MemberFacts deputy = member(5, "孙副局长", new Post(100, "青田县水利局", LeadershipCategory.UNIT_DEPUTY));
        MemberFacts otherSecretary = member(6, "周书记", new Post(200, "青田县财政局", LeadershipCategory.UNIT_PRINCIPAL,
                LeadingRole.PARTY_SECRETARY, "党组书记", null));
        MemberFacts both = member(7, "吴书记", new Post(300, "青田县教育局", LeadershipCategory.UNIT_PRINCIPAL, LeadingRole.PARTY_SECRETARY,
                "党组书记", null), new Post(300, "青田县教育局", LeadershipCategory.UNIT_PRINCIPAL, null, "局长", null));
        assertEquals(List.of(), check(List.of(HEAD, deputy)));
        assertEquals(List.of(), check(List.of(HEAD, otherSecretary)));
        assertEquals(List.of(), check(List.of(both, HEAD)));
    }

    @Test
    void theCountySecretaryAndTheCountyHeadInDifferentUnitsAreRefusedAsLeadersOfOneLocality() {
        List<Violation> v = check(List.of(COUNTY_SECRETARY, COUNTY_HEAD));
        assertEquals(1, v.size(), v::toString);
        String reason = v.get(0).reason();
        assertTrue(reason.contains("赵县委书记（中共青田县委办公室 县委书记）") && reason.contains("钱县长（青田县人民政府办公室 县长）")
                && reason.contains("331121"), reason);
    }

    @Test
    void theCountySecretaryIsNotAPrincipalOfTheOfficeHisPostIsRecordedAt() {
        MemberFacts director = member(8, "郑主任", new Post(10, "中共青田县委办公室", LeadershipCategory.UNIT_PRINCIPAL, null, "县委办主任", null));
        assertEquals(List.of(), check(List.of(COUNTY_SECRETARY, director)));
    }

    @Test
    void leadersOfTwoTownshipsOrTwoCountiesOrATownshipAndItsCountyMayTravelTogether() {
        MemberFacts townSecretary = member(11, "温溪书记", new Post(500, "青田县温溪镇人民政府", LeadershipCategory.UNIT_PRINCIPAL,
                LeadingRole.LOCAL_PARTY_SECRETARY, "镇党委书记", TOWN));
        MemberFacts townHead = member(12, "温溪镇长", new Post(500, "青田县温溪镇人民政府", LeadershipCategory.UNIT_PRINCIPAL,
                LeadingRole.LOCAL_GOVERNMENT_HEAD, "镇长", TOWN));
        MemberFacts otherTownHead = member(13, "船寮镇长", new Post(501, "青田县船寮镇人民政府", LeadershipCategory.UNIT_PRINCIPAL,
                LeadingRole.LOCAL_GOVERNMENT_HEAD, "镇长", OTHER_TOWN));
        MemberFacts otherCountyHead = member(14, "邻县县长", new Post(900, "某县人民政府办公室", LeadershipCategory.UNIT_PRINCIPAL,
                LeadingRole.LOCAL_GOVERNMENT_HEAD, "县长", OTHER_COUNTY));
        assertEquals(List.of(), check(List.of(townSecretary, otherTownHead)));
        assertEquals(List.of(), check(List.of(COUNTY_SECRETARY, otherCountyHead)));
        assertEquals(List.of(), check(List.of(COUNTY_SECRETARY, townHead)));
        List<Violation> v = check(List.of(townSecretary, townHead));
        assertEquals(1, v.size(), "one refusal for the pair, not one for the unit and one for the township: " + v);
        assertTrue(v.get(0).reason().contains("乡镇（青田县温溪镇人民政府）"), v::toString);
    }

    /** Whatever the order of the members, each pair is refused once, on the later of the two, naming both. */
    @Property(tries = 200)
    void eachPairIsRefusedOnceOnTheLaterMemberWhateverTheOrder(@ForAll @IntRange(min = 0, max = 6) int distractors,
                                                               @ForAll long seed) {
        List<MemberFacts> members = new ArrayList<>(List.of(HEAD, SECRETARY, COUNTY_SECRETARY, COUNTY_HEAD));
        for (int i = 0; i < distractors; i++) members.add(plain(100 + i));
        Collections.shuffle(members, new Random(seed));
        List<Violation> v = check(members);
        assertEquals(2, v.size(), v::toString);
        for (List<MemberFacts> pair : List.of(List.of(HEAD, SECRETARY), List.of(COUNTY_SECRETARY, COUNTY_HEAD))) {
            int later = Math.max(members.indexOf(pair.get(0)), members.indexOf(pair.get(1)));
            assertEquals(1, v.stream().filter(x -> x.field().equals("members[" + later + "]")
                    && x.reason().contains(pair.get(0).name()) && x.reason().contains(pair.get(1).name())).count(), v::toString);
        }
    }
}
