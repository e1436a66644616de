package org.bianzhi.establishment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bianzhi.shared.domain.BianzhiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnitCodeTest {

    /** 1 机构编制部门 + 1 机关, region 330381, organisation code 000000001; the check character is computed. */
    private static final String FIRST17 = "11330381000000001";

    @ParameterizedTest
    @ValueSource(strings = {
            "91350100M000100Y43",  // sample code widely used to illustrate GB 32100
            "914403001922038216",  // 华为技术有限公司
            "9144030071526726XG",  // 腾讯科技（深圳）有限公司
            "91110108551385082Q"   // 小米科技有限责任公司
    })
    void acceptsPublishedCodes(String code) {
        assertNull(UnitCode.problem(code));
        assertEquals(code, new UnitCode(code).value());
    }

    @Test
    void computesTheCheckCharacterOfPublishedCodes() {
        assertEquals('3', UnitCode.checkCharacter("91350100M000100Y4"));
        assertEquals('6', UnitCode.checkCharacter("91440300192203821"));
        assertEquals('G', UnitCode.checkCharacter("9144030071526726X"));
    }

    @Test
    void mapsASumDivisibleBy31ToCheckCharacterZero() {
        // '1' × 1 + 'A'(10) × 3 = 31 ≡ 0 (mod 31): 31 − 0 = 31, which the standard writes as '0'
        assertEquals('0', UnitCode.checkCharacter("1A000000000000000"));
        // '1' × 1 = 1: 31 − 1 = 30, the last character of the alphabet
        assertEquals('Y', UnitCode.checkCharacter("10000000000000000"));
    }

    @Test
    void acceptsLowerCaseAndStoresItUpperCased() {
        UnitCode code = new UnitCode("  9144030071526726xg ");
        assertEquals("9144030071526726XG", code.value());
        assertEquals("9144030071526726XG", code.toString());
    }

    @Test
    void acceptsACodeBuiltWithItsOwnCheckCharacter() {
        String code = FIRST17 + UnitCode.checkCharacter(FIRST17);
        assertEquals(code, UnitCode.of(code).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y4", "91350100M000100Y433"})
    void refusesWrongLengthAndSaysHowLongItIs(String text) {
        String problem = UnitCode.problem(text);
        assertTrue(problem.contains("18 位"), problem);
        assertTrue(problem.contains("实为 " + text.length() + " 位"), problem);
    }

    @Test
    void refusesBlank() {
        assertEquals("单位代码不能为空", UnitCode.problem("  "));
        assertEquals("单位代码不能为空", UnitCode.problem(null));
    }

    @ParameterizedTest
    @ValueSource(chars = {'I', 'O', 'S', 'V', 'Z'})
    void refusesLettersOutsideTheAlphabetAndNamesThePosition(char forbidden) {
        // position 9 is the first character of the organisation code
        String text = "91350100" + forbidden + "000100Y43";
        String problem = UnitCode.problem(text);
        assertTrue(problem.contains("第 9 位“" + forbidden + "”"), problem);
    }

    @Test
    void refusesANonDigitRegionCode() {
        String first17 = "1133A381000000001";
        String text = first17 + UnitCode.checkCharacter(first17);
        String problem = UnitCode.problem(text);
        assertTrue(problem.contains("第 3–8 位应为行政区划代码"), problem);
    }

    @Test
    void refusesWrongCheckCharacterAndNamesTheExpectedOne() {
        String problem = UnitCode.problem("91350100M000100Y44");
        assertTrue(problem.contains("应为“3”"), problem);
        assertTrue(problem.contains("实为“4”"), problem);
    }

    @Test
    void constructorRefusesAsInvalidOnTheUnitCodeField() {
        BianzhiException e = assertThrows(BianzhiException.class, () -> new UnitCode("914403001922038217"));
        assertEquals(BianzhiException.Kind.INVALID, e.kind());
        assertEquals("unitCode", e.violations().get(0).field());
        assertTrue(e.getMessage().contains("应为“6”"), e.getMessage());
    }
}
