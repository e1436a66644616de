package org.bianzhi.travel.filing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bianzhi.establishment.domain.AdministrativeLevel;
import org.bianzhi.establishment.domain.LeadershipCategory;
import org.bianzhi.establishment.domain.UnitKind;
import org.bianzhi.roster.domain.CadreRank;
import org.bianzhi.travel.filing.domain.FilingRequirement.Stint;
import org.junit.jupiter.api.Test;

class FilingRequirementTest {

    private static final LocalDate D = LocalDate.of(2026, 6, 30);

    @Test
    void unitHeadsOfProvinceAndCityAreCountyLevelCadres() {
        assertEquals(Optional.of(FilingCategory.COUNTY_LEVEL_CADRE),
                FilingRequirement.suggest(LeadershipCategory.UNIT_PRINCIPAL, AdministrativeLevel.PROVINCE, UnitKind.ORGAN));
        assertEquals(Optional.of(FilingCategory.COUNTY_LEVEL_CADRE),
                FilingRequirement.suggest(LeadershipCategory.UNIT_DEPUTY, AdministrativeLevel.CITY, UnitKind.INSTITUTION));
    }

    @Test
    void unitHeadsOfCountiesAndTownshipOrgansAreTownshipLeadersButNotOfTownshipInstitutions() {
        assertEquals(Optional.of(FilingCategory.TOWNSHIP_LEADER),
                FilingRequirement.suggest(LeadershipCategory.UNIT_DEPUTY, AdministrativeLevel.COUNTY, UnitKind.INSTITUTION));
        assertEquals(Optional.of(FilingCategory.TOWNSHIP_LEADER),
                FilingRequirement.suggest(LeadershipCategory.UNIT_PRINCIPAL, AdministrativeLevel.TOWNSHIP, UnitKind.ORGAN));
        assertEquals(Optional.empty(),
                FilingRequirement.suggest(LeadershipCategory.UNIT_PRINCIPAL, AdministrativeLevel.TOWNSHIP, UnitKind.INSTITUTION));
    }

    @Test
    void departmentHeadsOnlyAtCityLevel() {
        assertEquals(Optional.of(FilingCategory.MIDDLE_MANAGER),
                FilingRequirement.suggest(LeadershipCategory.DEPT_DEPUTY, AdministrativeLevel.CITY, UnitKind.ORGAN));
        assertEquals(Optional.empty(),
                FilingRequirement.suggest(LeadershipCategory.DEPT_PRINCIPAL, AdministrativeLevel.COUNTY, UnitKind.ORGAN));
        assertEquals(Optional.empty(),
                FilingRequirement.suggest(LeadershipCategory.DEPT_PRINCIPAL, AdministrativeLevel.PROVINCE, UnitKind.ORGAN));
    }

    @Test
    void theStrongestPostDecidesAndSinceIsTheStartOfTheUnbrokenRun() {
        Stint dept = stint(LeadershipCategory.DEPT_PRINCIPAL, "2018-01-01", "2022-03-01", FilingCategory.MIDDLE_MANAGER);
        Stint head = stint(LeadershipCategory.UNIT_DEPUTY, "2022-03-01", null, FilingCategory.COUNTY_LEVEL_CADRE);
        var r = FilingRequirement.personRequiredOn(D, List.of(dept, head)).orElseThrow();
        assertEquals(FilingCategory.COUNTY_LEVEL_CADRE, r.category());
        assertEquals(LocalDate.of(2018, 1, 1), r.since(), "the posts follow each other without a day's gap");
    }

    @Test
    void aGapStartsANewRun() {
        Stint before = stint(LeadershipCategory.UNIT_DEPUTY, "2018-01-01", "2022-03-01", FilingCategory.TOWNSHIP_LEADER);
        Stint after = stint(LeadershipCategory.UNIT_PRINCIPAL, "2022-03-02", null, FilingCategory.TOWNSHIP_LEADER);
        assertEquals(LocalDate.of(2022, 3, 2), FilingRequirement.personRequiredOn(D, List.of(before, after)).orElseThrow().since());
    }

    @Test
    void lostOnIsTheEndOfTheLastPostAndEmptyWhileAPostIsHeld() {
        Stint ended = stint(LeadershipCategory.UNIT_DEPUTY, "2018-01-01", "2026-03-01", FilingCategory.TOWNSHIP_LEADER);
        assertEquals(Optional.of(LocalDate.of(2026, 3, 1)), FilingRequirement.lostOn(D, List.of(ended)));
        assertEquals(Optional.empty(), FilingRequirement.lostOn(LocalDate.of(2026, 2, 28), List.of(ended)), "still held the day before");
        assertEquals(Optional.empty(), FilingRequirement.lostOn(D, List.of()), "never qualified: nothing lost");
        assertTrue(FilingRequirement.personRequiredOn(D, List.of(ended)).isEmpty());
    }

    private static final long P = 1L;

    private static FilingRequirement.RankPeriod rank(CadreRank r, String from, String to) {
        return new FilingRequirement.RankPeriod(P, r, LocalDate.parse(from), to == null ? null : LocalDate.parse(to));
    }

    private static FilingRequirement.ServicePeriod service(String from, String to) {
        return new FilingRequirement.ServicePeriod(P, LocalDate.parse(from), to == null ? null : LocalDate.parse(to));
    }

    private static Optional<FilingRequirement.Required> on(String day, List<Stint> posts, List<FilingRequirement.RankPeriod> ranks,
                                                           List<FilingRequirement.ServicePeriod> service) {
        return FilingRequirement.personRequiredOn(LocalDate.parse(day), FilingRequirement.withRanks(posts, ranks, service));
    }

    @Test
    void aCountyUnitsPrincipalOfCountyRankIsACountyLevelCadreNotATownshipLeader() {
        Stint court = stint(LeadershipCategory.UNIT_PRINCIPAL, "2020-01-01", null, FilingCategory.TOWNSHIP_LEADER);
        var r = on("2026-06-30", List.of(court), List.of(rank(CadreRank.COUNTY, "2020-01-01", null)), List.of()).orElseThrow();
        assertEquals(FilingCategory.COUNTY_LEVEL_CADRE, r.category());
        assertEquals(CadreRank.COUNTY, r.post().rank());
        assertEquals("瑞安市审计局单位正职", r.post().postLabel());
    }

    @Test
    void aPromotionChangesTheCategoryButNotSinceWhen() {
        Stint post = stint(LeadershipCategory.UNIT_DEPUTY, "2018-01-01", null, FilingCategory.TOWNSHIP_LEADER);
        List<FilingRequirement.RankPeriod> ranks = List.of(rank(CadreRank.TOWNSHIP, "2018-01-01", "2024-05-01"),
                rank(CadreRank.COUNTY, "2024-05-01", null));
        assertEquals(FilingCategory.TOWNSHIP_LEADER, on("2024-04-30", List.of(post), ranks, List.of()).orElseThrow().category());
        var after = on("2024-05-01", List.of(post), ranks, List.of()).orElseThrow();
        assertEquals(FilingCategory.COUNTY_LEVEL_CADRE, after.category());
        assertEquals(LocalDate.of(2018, 1, 1), after.since(), "required without a break since the post began");
    }

    @Test
    void aTownshipCadreWhoLeftThePostStaysRequiredUntilRetirement() {
        Stint post = stint(LeadershipCategory.UNIT_DEPUTY, "2015-01-01", "2025-03-01", FilingCategory.TOWNSHIP_LEADER);
        List<FilingRequirement.RankPeriod> ranks = List.of(rank(CadreRank.TOWNSHIP, "2015-01-01", null));
        List<FilingRequirement.ServicePeriod> service = List.of(service("2000-01-01", "2026-04-01"));
        var left = on("2025-06-01", List.of(post), ranks, service).orElseThrow();
        assertEquals(FilingCategory.TOWNSHIP_LEADER, left.category());
        assertEquals("已退出现职（原任瑞安市审计局单位副职）", left.post().postLabel());
        assertEquals(LocalDate.of(2015, 1, 1), left.since());
        assertTrue(on("2026-06-30", List.of(post), ranks, service).isEmpty(), "retired on 2026-04-01");
        assertEquals(Optional.of(LocalDate.of(2026, 4, 1)), FilingRequirement.lostOn(LocalDate.parse("2026-06-30"),
                FilingRequirement.withRanks(List.of(post), ranks, service)), "the filing becomes outdated at retirement, not at leaving the post");
    }

    @Test
    void aCountyRankInServiceIsRequiredWithoutAPostAndBelowTownshipNobodyIs() {
        assertEquals("县处级在职干部", on("2026-06-30", List.of(), List.of(rank(CadreRank.COUNTY, "2020-01-01", null)),
                List.of(service("2000-01-01", null))).orElseThrow().post().postLabel());
        assertTrue(on("2026-06-30", List.of(), List.of(rank(CadreRank.COUNTY, "2020-01-01", null)), List.of()).isEmpty(),
                "not on the roster: not in service");
        Stint post = stint(LeadershipCategory.UNIT_DEPUTY, "2020-01-01", null, FilingCategory.TOWNSHIP_LEADER);
        assertTrue(on("2026-06-30", List.of(post), List.of(rank(CadreRank.OTHER, "2020-01-01", null)), List.of()).isEmpty());
        assertTrue(on("2026-06-30", List.of(), List.of(rank(CadreRank.TOWNSHIP, "2020-01-01", null)),
                List.of(service("2000-01-01", null))).isEmpty(), "乡科级 who never held a qualifying post");
    }

    @Test
    void withoutARecordedRankThePostMakesThePersonRequiredWithoutAGuessedCategory() {
        Stint post = stint(LeadershipCategory.UNIT_PRINCIPAL, "2020-01-01", null, FilingCategory.TOWNSHIP_LEADER);
        var r = on("2026-06-30", List.of(post), List.of(), List.of()).orElseThrow();
        assertEquals(null, r.category());
        assertEquals("职级未登记", r.post().categoryLabel());
        var ranked = on("2026-06-30", List.of(post), List.of(rank(CadreRank.TOWNSHIP, "2026-07-01", null)), List.of()).orElseThrow();
        assertEquals(null, ranked.category(), "the rank recorded from tomorrow does not count today");
    }

    @Test
    void aTownshipRankAtACityUnitIsAMiddleManager() {
        Stint head = stint(LeadershipCategory.UNIT_DEPUTY, "2020-01-01", null, FilingCategory.COUNTY_LEVEL_CADRE);
        assertEquals(FilingCategory.MIDDLE_MANAGER, on("2026-06-30", List.of(head),
                List.of(rank(CadreRank.TOWNSHIP, "2020-01-01", null)), List.of()).orElseThrow().category());
    }

    static Stint stint(LeadershipCategory post, String from, String to, FilingCategory category) {
        return new Stint(1L, 7L, "瑞安市审计局", post, LocalDate.parse(from), to == null ? null : LocalDate.parse(to), category);
    }
}
