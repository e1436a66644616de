package org.bianzhi.roster.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.bianzhi.shared.domain.BianzhiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdNumberTest {

    /** The example of GB 11643-1999 itself: 北京市朝阳区, born 1949-12-31, female, check character X. */
    private static final String STANDARD_EXAMPLE = "11010519491231002X";
    /** 浙江省瑞安市, born 1985-01-05, sequence 123 (male), check character 4. */
    private static final String RUIAN_MAN = "330381198501051234";

    @Test
    void acceptsTheStandardsExampleWithCheckCharacterX() {
        assertNull(IdNumber.problem(STANDARD_EXAMPLE));
        assertEquals(STANDARD_EXAMPLE, new IdNumber(STANDARD_EXAMPLE).value());
        assertEquals('X', IdNumber.checkCharacter(STANDARD_EXAMPLE.substring(0, 17)));
    }

    @Test
    void readsLowerCaseXAsUpperCase() {
        assertEquals(STANDARD_EXAMPLE, new IdNumber("11010519491231002x").value());
    }

    @Test
    void refusesWrongCheckCharacterAndNamesTheExpectedOne() {
        BianzhiException e = assertThrows(BianzhiException.class, () -> new IdNumber("110105194912310021"));
        assertEquals(BianzhiException.Kind.INVALID, e.kind());
        assertEquals("idNumber", e.violations().get(0).field());
        assertTrue(e.getMessage().contains("应为“X”"), e.getMessage());
        assertTrue(e.getMessage().contains("实为“1”"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"19851305", "19850230", "19850000"})
    void refusesAnImpossibleBirthDateAndQuotesIt(String digits7to14) {
        String first17 = "330381" + digits7to14 + "123";
        String problem = IdNumber.problem(first17 + IdNumber.checkCharacter(first17));
        assertTrue(problem.contains("“" + digits7to14 + "”不是有效的出生日期"), problem);
    }

    @Test
    void refusesABirthYearBefore1900EvenWithARightCheckCharacter() {
        // the second example of GB 11643-1999 (born 1880); its check character 4 is right
        String problem = IdNumber.problem("440524188001010014");
        assertTrue(problem.contains("1880-01-01 不合理"), problem);
    }

    @Test
    void refusesWrongLengthAndSaysHowLongItIs() {
        String problem = IdNumber.problem("33038119850105123");
        assertTrue(problem.contains("应为 18 位，实为 17 位"), problem);
    }

    @Test
    void refusesALetterAmongTheFirstSeventeenAndNamesItsPosition() {
        String problem = IdNumber.problem("33038119850105A234");
        assertTrue(problem.contains("第 15 位不是"), problem);
    }

    @Test
    void readsBirthDateAndGenderFromTheNumber() {
        IdNumber man = new IdNumber(RUIAN_MAN);
        assertEquals(LocalDate.of(1985, 1, 5), man.birthDate());
        assertEquals(Gender.MALE, man.gender());

        IdNumber woman = new IdNumber(STANDARD_EXAMPLE);
        assertEquals(LocalDate.of(1949, 12, 31), woman.birthDate());
        assertEquals(Gender.FEMALE, woman.gender());
    }

    @Test
    void masksAllButTheRegionAndTheLastFour() {
        assertEquals("330381********1234", new IdNumber(RUIAN_MAN).masked());
        assertEquals("110105********002X", new IdNumber(STANDARD_EXAMPLE).masked());
    }

    @Test
    void convertsAFifteenDigitNumberAndSaysSo() {
        // 110101 800101 001: born 1980-01-01, sequence 001 (odd: male)
        IdNumber.Converted read = IdNumber.read("110101800101001");
        assertTrue(read.fromFifteenDigits());
        assertEquals("110101198001010010", read.idNumber().value());
        assertEquals(LocalDate.of(1980, 1, 1), read.idNumber().birthDate());
        assertEquals(Gender.MALE, read.idNumber().gender());
    }

    @Test
    void readsAnEighteenCharacterNumberWithoutConversion() {
        IdNumber.Converted read = IdNumber.read(" 11010519491231002x ");
        assertFalse(read.fromFifteenDigits());
        assertEquals(STANDARD_EXAMPLE, read.idNumber().value());
    }

    @Test
    void refusesAFifteenDigitNumberWithAnImpossibleDate() {
        BianzhiException e = assertThrows(BianzhiException.class, () -> IdNumber.read("110101801301001"));
        assertTrue(e.getMessage().contains("“19801301”不是有效的出生日期"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"810000199408230021", "820000199508200032", "830000199201300022"})
    void acceptsHongKongMacaoAndTaiwanResidencePermitNumbers(String number) {
        assertNull(IdNumber.problem(number));
        assertEquals(number, new IdNumber(number).value());
    }

    @Test
    void refusesAResidencePermitNumberWithAWrongCheckCharacter() {
        String problem = IdNumber.problem("820000199508200035");
        assertTrue(problem.contains("应为“2”"), problem);
    }

    @Test
    void readsFullWidthDigitsAsTypedByAChineseInputMethodAsAscii() {
        assertEquals(RUIAN_MAN, new IdNumber("３３０３８１１９８５０１０５１２３４").value());
        assertEquals("110101198001010010", IdNumber.read("１１０１０１８００１０１００１").idNumber().value());
    }

    @Test
    void refusesDigitsOfOtherScripts() {
        assertTrue(IdNumber.problem("\u0663" + RUIAN_MAN.substring(1)) != null);
    }

    @Test
    void refusesABirthDateAfterToday() {
        LocalDate today = LocalDate.of(2026, 6, 30);
        String first17 = "33038120990101123";
        String born2099 = first17 + IdNumber.checkCharacter(first17);
        assertNull(IdNumber.problem(born2099), "the number itself is well formed");
        assertEquals("身份证号“" + born2099 + "”中的出生日期 2099-01-01 晚于今天（2026-06-30），请核对号码", IdNumber.problem(born2099, today));
        BianzhiException e = assertThrows(BianzhiException.class, () -> IdNumber.read(born2099, today));
        assertEquals("idNumber", e.violations().get(0).field());
        String bornToday = "330381202606301234".substring(0, 17);
        assertNull(IdNumber.problem(bornToday + IdNumber.checkCharacter(bornToday), today), "born today is possible");
        assertNull(IdNumber.problem(RUIAN_MAN, today));
    }
}
