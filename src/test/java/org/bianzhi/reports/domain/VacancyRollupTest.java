package org.bianzhi.reports.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bianzhi.establishment.domain.QuotaLine;
import org.bianzhi.establishment.domain.QuotaType;
import org.bianzhi.establishment.domain.UnitKind;
import org.bianzhi.shared.domain.BianzhiException;
import org.junit.jupiter.api.Test;

class VacancyRollupTest {

    // a county (1) with a bureau (2) that has an office (3), a second bureau (4) and a hospital (5) in another region
    private static final UnitOnDate COUNTY = unit(1, "/1/", "县委", UnitKind.ORGAN, "330381");
    private static final UnitOnDate BUREAU = unit(2, "/1/2/", "县财政局", UnitKind.ORGAN, "330381");
    private static final UnitOnDate OFFICE = unit(3, "/1/2/3/", "县会计服务办", UnitKind.ORGAN, "330381");
    private static final UnitOnDate OTHER = unit(4, "/1/4/", "县审计局", UnitKind.ORGAN, "330381");
    private static final UnitOnDate HOSPITAL = unit(5, "/1/5/", "县人民医院", UnitKind.INSTITUTION, "330382");

    private static final List<VacancyLine> LINES = List.of(
            line(COUNTY, QuotaType.ADMINISTRATIVE, 10, 8, 0),   // 2 vacant
            line(BUREAU, QuotaType.ADMINISTRATIVE, 5, 7, 0),    // 2 over
            line(OFFICE, QuotaType.ADMINISTRATIVE, 3, 1, 1),    // 1 vacant, 1 reserved
            line(OFFICE, QuotaType.ORGAN_WORKER, 2, 2, 0),
            line(OTHER, QuotaType.ADMINISTRATIVE, 4, 4, 0),
            line(HOSPITAL, QuotaType.PUBLIC_INSTITUTION, 20, 23, 0)); // 3 over

    private static UnitOnDate unit(long id, String path, String name, UnitKind kind, String region) {
        return new UnitOnDate(id, "CODE" + id, path, name, kind, region);
    }

    private static VacancyLine line(UnitOnDate u, QuotaType type, int approved, int occupied, int reserved) {
        return new VacancyLine(u, new QuotaLine(type, approved, occupied, reserved));
    }

    private static Map<Long, UnitOnDate> units(UnitOnDate... units) {
        Map<Long, UnitOnDate> m = new LinkedHashMap<>();
        for (UnitOnDate u : units) m.put(u.id(), u);
        return m;
    }

    @Test
    void aSubtreeAddsUpVacantAndOverInsteadOfNettingThem() {
        List<Subtotal> rows = VacancyRollup.of(VacancyRollup.By.PARENT, LINES, units(COUNTY, BUREAU, OFFICE, OTHER, HOSPITAL));
        Subtotal bureau = rows.get(1);
        assertEquals("县财政局（含下属单位）", bureau.label());
        // administrative: 8 approved, 8 occupied, 1 reserved — netted that is 0 vacant and 0 over; the office has 1 empty
        // slot and the bureau itself 2 people too many
        assertEquals(new Tally(8, 8, 1, 1, 2), bureau.tallies().byKey().get(QuotaType.ADMINISTRATIVE));
        assertEquals(new Tally(2, 2, 0, 0, 0), bureau.tallies().byKey().get(QuotaType.ORGAN_WORKER));
        assertEquals(new Tally(10, 10, 1, 1, 2), bureau.tallies().total());
    }

    @Test
    void everyUnitWithSubordinatesGetsItsWholeSubtreeInTreeOrder() {
        List<Subtotal> rows = VacancyRollup.of(VacancyRollup.By.PARENT, LINES, units(COUNTY, BUREAU, OFFICE, OTHER, HOSPITAL));
        assertEquals(List.of("CODE1", "CODE2"), rows.stream().map(Subtotal::key).toList(), "units without subordinates get no row");
        Subtotal county = rows.get(0);
        assertEquals(new Tally(22, 20, 1, 3, 2), county.tallies().byKey().get(QuotaType.ADMINISTRATIVE));
        assertEquals(new Tally(20, 23, 0, 0, 3), county.tallies().byKey().get(QuotaType.PUBLIC_INSTITUTION));
        assertEquals(new Tally(44, 45, 1, 3, 5), county.tallies().total());
        assertEquals(county.tallies().total(), VacancyRollup.total(LINES).total(), "the top unit's subtree is everything");
    }

    @Test
    void unitsAboveTheCallersViewGetNoRow() {
        List<VacancyLine> bureauLines = LINES.subList(1, 4);
        List<Subtotal> rows = VacancyRollup.of(VacancyRollup.By.PARENT, bureauLines, units(BUREAU, OFFICE));
        assertEquals(List.of("县财政局（含下属单位）"), rows.stream().map(Subtotal::label).toList());
    }

    @Test
    void regionsGroupTheirUnitsWithoutNetting() {
        List<Subtotal> rows = VacancyRollup.of(VacancyRollup.By.REGION, LINES, Map.of());
        assertEquals(List.of("330381", "330382"), rows.stream().map(Subtotal::key).toList());
        assertEquals(new Tally(24, 22, 1, 3, 2), rows.get(0).tallies().total());
        assertEquals(new Tally(20, 23, 0, 0, 3), rows.get(1).tallies().total());
    }

    @Test
    void kindsComeOrgansFirstWithTheirChineseNames() {
        List<Subtotal> rows = VacancyRollup.of(VacancyRollup.By.KIND, LINES, Map.of());
        assertEquals(List.of("机关", "事业单位"), rows.stream().map(Subtotal::label).toList());
        assertEquals(List.of("ORGAN", "INSTITUTION"), rows.stream().map(Subtotal::key).toList());
        assertEquals(new Tally(22, 20, 1, 3, 2), rows.get(0).tallies().byKey().get(QuotaType.ADMINISTRATIVE));
        assertEquals(new Tally(24, 22, 1, 3, 2), rows.get(0).tallies().total());
    }

    @Test
    void anUnknownRollupIsRefusedNamingTheParameter() {
        assertEquals(VacancyRollup.By.REGION, VacancyRollup.By.parse(" Region ").orElseThrow());
        assertEquals(true, VacancyRollup.By.parse(null).isEmpty());
        BianzhiException e = assertThrows(BianzhiException.class, () -> VacancyRollup.By.parse("city"));
        assertEquals("rollup", e.violations().get(0).field());
    }
}
