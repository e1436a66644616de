package org.bianzhi.travel.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bianzhi.establishment.domain.AdministrativeLevel;
import org.bianzhi.establishment.domain.LeadershipCategory;
import org.bianzhi.establishment.domain.UnitKind;
import org.bianzhi.travel.domain.FilingRequirement.Stint;
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

    static Stint stint(LeadershipCategory post, String from, String to, FilingCategory category) {
        return new Stint(1L, 7L, "瑞安市审计局", post, LocalDate.parse(from), to == null ? null : LocalDate.parse(to), category);
    }
}
