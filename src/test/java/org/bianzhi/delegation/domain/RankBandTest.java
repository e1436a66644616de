package org.bianzhi.delegation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.bianzhi.establishment.domain.AdministrativeLevel;
import org.bianzhi.establishment.domain.LeadershipCategory;
import org.bianzhi.roster.domain.CadreRank;
import org.junit.jupiter.api.Test;

class RankBandTest {

    @Test
    void aRecordedRankCountsInSeed000sBandsProvincialWithBureau() {
        assertEquals(RankBand.BUREAU, RankBand.of(CadreRank.PROVINCIAL));
        assertEquals(RankBand.BUREAU, RankBand.of(CadreRank.BUREAU));
        assertEquals(RankBand.DIVISION, RankBand.of(CadreRank.COUNTY));
        assertEquals(RankBand.SECTION, RankBand.of(CadreRank.TOWNSHIP));
        assertEquals(RankBand.OTHER, RankBand.of(CadreRank.OTHER));
    }

    @Test
    void withoutARecordedRankTheHighestPostDecides() {
        var countyHead = new RankBand.PostLevel(AdministrativeLevel.COUNTY, LeadershipCategory.UNIT_PRINCIPAL, null);
        var cityHead = new RankBand.PostLevel(AdministrativeLevel.CITY, LeadershipCategory.UNIT_DEPUTY, null);
        assertEquals(RankBand.SECTION, RankBand.of(List.of(countyHead)));
        assertEquals(RankBand.DIVISION, RankBand.of(List.of(countyHead, cityHead)));
        assertEquals(RankBand.OTHER, RankBand.of(List.of()));
    }
}
