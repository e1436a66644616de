package org.bianzhi.establishment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bianzhi.shared.domain.BianzhiException;
import org.bianzhi.shared.domain.Check;
import org.bianzhi.shared.domain.Violation;
import org.junit.jupiter.api.Test;

class UnitAttributesTest {

    private static UnitAttributes attributes(UnitKind kind, InstitutionClass cls, String region) {
        return new UnitAttributes("瑞安市人民医院", null, null, kind, cls, region, AdministrativeLevel.COUNTY, Funding.PARTIAL);
    }

    private static List<String> fields(Check check) {
        BianzhiException e = assertThrows(BianzhiException.class, check::orThrow);
        return e.violations().stream().map(Violation::field).toList();
    }

    @Test
    void aNameShortNameOrAliasWithAControlOrInvisibleCharacterIsRefusedNamingTheField() {
        for (String hidden : List.of("\u0000", "\u001b", "\u202e", "\u200b", "\ufeff", "\u2028", "\ud800", "\n")) {
            String bad = "瑞安市" + hidden + "人民医院";
            assertEquals(List.of("name"), fields(new UnitAttributes(bad, null, null, UnitKind.ORGAN, null, "330381",
                    AdministrativeLevel.COUNTY, Funding.FULL).validate(new Check())), () -> "U+" + Integer.toHexString(hidden.charAt(0)));
            assertEquals(List.of("shortName", "aliases"), fields(new UnitAttributes("瑞安市人民医院", bad, List.of("市医院", bad), UnitKind.ORGAN,
                    null, "330381", AdministrativeLevel.COUNTY, Funding.FULL).validate(new Check())));
        }
    }

    @Test
    void acceptsAnInstitutionWithItsClass() {
        Check check = attributes(UnitKind.INSTITUTION, InstitutionClass.PUBLIC_WELFARE_2, "330381").validate(new Check());
        assertTrue(check.ok());
    }

    @Test
    void requiresTheClassOfAnInstitution() {
        Check check = attributes(UnitKind.INSTITUTION, null, "330381").validate(new Check());
        assertEquals(List.of("institutionClass"), fields(check));
    }

    @Test
    void refusesAClassForAnOrgan() {
        Check check = attributes(UnitKind.ORGAN, InstitutionClass.PUBLIC_WELFARE_1, "330381").validate(new Check());
        BianzhiException e = assertThrows(BianzhiException.class, check::orThrow);
        assertEquals("institutionClass", e.violations().get(0).field());
        assertEquals("机关不应填写事业单位类别", e.getMessage());
    }

    @Test
    void refusesARegionCodeThatIsNotSixDigitsAndQuotesIt() {
        Check check = attributes(UnitKind.ORGAN, null, "33038").validate(new Check());
        BianzhiException e = assertThrows(BianzhiException.class, check::orThrow);
        assertEquals("regionCode", e.violations().get(0).field());
        assertTrue(e.getMessage().contains("“33038”"), e.getMessage());
    }

    @Test
    void listsEveryViolationAtOnce() {
        UnitAttributes a = new UnitAttributes(" ", null, null, UnitKind.INSTITUTION, null, "33A381", null, null);
        Check check = a.validate(new Check());
        BianzhiException e = assertThrows(BianzhiException.class, check::orThrow);

        assertEquals(List.of("name", "institutionClass", "regionCode", "level", "funding"),
                e.violations().stream().map(Violation::field).toList());
        assertTrue(e.getMessage().startsWith("提交的内容有 5 处错误"), e.getMessage());
    }

    @Test
    void prefixesTheFieldsOfANestedRequest() {
        Check check = attributes(UnitKind.INSTITUTION, null, "1234567").validate(new Check("unit."));
        assertEquals(List.of("unit.institutionClass", "unit.regionCode"), fields(check));
    }

    @Test
    void normalisesNamesAndAliases() {
        UnitAttributes a = new UnitAttributes(" 瑞安市人民医院 ", " ", List.of(" 瑞安人医 ", "", "瑞安人医"),
                UnitKind.INSTITUTION, InstitutionClass.PUBLIC_WELFARE_2, "330381", AdministrativeLevel.COUNTY, Funding.PARTIAL);
        assertEquals("瑞安市人民医院", a.name());
        assertEquals(null, a.shortName());
        assertEquals(List.of("瑞安人医"), a.aliases());
        assertEquals("瑞安人医", a.aliasesText());
    }
}
