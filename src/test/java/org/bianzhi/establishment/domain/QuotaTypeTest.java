package org.bianzhi.establishment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuotaTypeTest {

    @Test
    void administrativeAndPoliticalLegalQuotasBelongToOrgansOnly() {
        assertTrue(QuotaType.ADMINISTRATIVE.allowedIn(UnitKind.ORGAN));
        assertFalse(QuotaType.ADMINISTRATIVE.allowedIn(UnitKind.INSTITUTION));
        assertTrue(QuotaType.POLITICAL_LEGAL.allowedIn(UnitKind.ORGAN));
        assertFalse(QuotaType.POLITICAL_LEGAL.allowedIn(UnitKind.INSTITUTION));
    }

    @Test
    void publicInstitutionQuotaBelongsToInstitutionsOnly() {
        assertTrue(QuotaType.PUBLIC_INSTITUTION.allowedIn(UnitKind.INSTITUTION));
        assertFalse(QuotaType.PUBLIC_INSTITUTION.allowedIn(UnitKind.ORGAN));
    }

    @Test
    void organWorkerQuotaBelongsToOrgansOnly() {
        assertTrue(QuotaType.ORGAN_WORKER.allowedIn(UnitKind.ORGAN));
        assertFalse(QuotaType.ORGAN_WORKER.allowedIn(UnitKind.INSTITUTION));
    }

    @Test
    void parsesTheChineseLabels() {
        assertEquals(Optional.of(QuotaType.ADMINISTRATIVE), QuotaType.parse("行政编制"));
        assertEquals(Optional.of(QuotaType.POLITICAL_LEGAL), QuotaType.parse("政法专项编制"));
        assertEquals(Optional.of(QuotaType.PUBLIC_INSTITUTION), QuotaType.parse("事业编制"));
        assertEquals(Optional.of(QuotaType.ORGAN_WORKER), QuotaType.parse("机关工勤编制"));
    }

    @Test
    void parsesTheLongFormOfTheOrganWorkerQuota() {
        assertEquals(Optional.of(QuotaType.ORGAN_WORKER), QuotaType.parse(" 机关工勤人员事业编制 "));
    }

    @Test
    void parsesTheCodeAndRefusesUnknownText() {
        assertEquals(Optional.of(QuotaType.PUBLIC_INSTITUTION), QuotaType.parse("public_institution"));
        assertEquals(Optional.empty(), QuotaType.parse("企业编制"));
        assertEquals(Optional.empty(), QuotaType.parse(null));
    }
}
