package org.bianzhi.search.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bianzhi.search.domain.PersonQuery.QueryToken.Kind;
import org.junit.jupiter.api.Test;

class QueryReadingTest {

    private static final UnitFacts WATER = new UnitFacts(12, "11331121009444601E", "/5/12/", "某某县水利局", "水利局",
            List.of("水务局"), List.of("某某县水电局"), "ORGAN", "331121", false);
    private static final UnitFacts POLICE = new UnitFacts(13, "11331121009444602C", "/5/13/", "某某县公安局", null,
            List.of(), List.of(), "ORGAN", "331121", false);
    private static final UnitCatalogue UNITS = new UnitCatalogue(List.of(WATER, POLICE));

    @Test
    void mixedQueriesAreCutIntoWordsByScript() {
        List<PersonQuery.QueryToken> t = QueryReading.tokens("zw水利局", UNITS);
        assertEquals(2, t.size());
        assertEquals(Kind.LATIN, t.get(0).kind());
        assertEquals("zw", t.get(0).text());
        assertEquals(Kind.HAN, t.get(1).kind());
        assertEquals(java.util.Set.of(12L), t.get(1).units());
    }

    @Test
    void aUnitIsNamedByItsShortNameAliasOrFormerName() {
        assertEquals(java.util.Set.of(12L), QueryReading.tokens("水务局", UNITS).get(0).units());
        assertEquals(java.util.Set.of(12L), QueryReading.tokens("水电局", UNITS).get(0).units());
        assertEquals(java.util.Set.of(12L, 13L), QueryReading.tokens("某某县", UNITS).get(0).units());
        assertTrue(QueryReading.tokens("王", UNITS).get(0).units().isEmpty(), "one character names no unit");
    }

    @Test
    void labelsIdNumbersAndTheirEnds() {
        PersonQuery.QueryToken post = QueryReading.tokens("王 公安局 行政岗位", UNITS).get(2);
        assertEquals("ADMINISTRATIVE_POST", post.labels().get(0).code());
        assertEquals(Kind.ID_NUMBER, QueryReading.tokens("33038119900307123x", UNITS).get(0).kind());
        assertEquals("33038119900307123X", QueryReading.tokens("33038119900307123x", UNITS).get(0).text());
        PersonQuery.QueryToken end = QueryReading.tokens("123x", UNITS).get(0);
        assertEquals(Kind.ID_DIGITS, end.kind());
        assertEquals("123X", end.text());
        assertEquals("zhangwei", QueryReading.tokens("ＺｈａｎｇＷｅｉ", UNITS).get(0).text(), "full-width and upper case");
        assertEquals("张伟", QueryReading.tokens("張偉", UNITS).get(0).text(), "traditional characters");
    }
}
