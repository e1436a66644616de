package org.bianzhi.roster.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.bianzhi.shared.domain.BianzhiException;
import org.bianzhi.shared.domain.Recorded;
import org.bianzhi.shared.domain.Violation;
import org.junit.jupiter.api.Test;

class PersonTest {

    /** 浙江省瑞安市, born 1985-01-05, male. */
    private static final IdNumber MAN = new IdNumber("330381198501051234");
    private static final LocalDate BORN = LocalDate.of(1985, 1, 5);

    private static Recorded recorded() {
        return new Recorded("瑞编增〔2024〕1号", "tester", Instant.now());
    }

    private static Person register(String name, Gender gender, LocalDate birthDate) {
        return Person.register(MAN, name, gender, birthDate, PersonIdentity.CIVIL_SERVANT, recorded());
    }

    private static List<String> refusedFields(Runnable action) {
        BianzhiException e = assertThrows(BianzhiException.class, action::run);
        assertEquals(BianzhiException.Kind.INVALID, e.kind());
        return e.violations().stream().map(Violation::field).toList();
    }

    @Test
    void registersAPersonWhoseDetailsAgreeWithTheIdNumber() {
        Person p = register("张三", Gender.MALE, BORN);
        assertEquals("330381198501051234", p.idNumber().value());
        assertEquals("张三", p.name());
        assertEquals(Gender.MALE, p.gender());
        assertEquals(BORN, p.birthDate());
        assertEquals(PersonIdentity.CIVIL_SERVANT, p.identity());
    }

    @Test
    void takesGenderAndBirthDateFromTheIdNumberWhenOmitted() {
        Person p = register("张三", null, null);
        assertEquals(Gender.MALE, p.gender());
        assertEquals(BORN, p.birthDate());
    }

    @Test
    void refusesAGenderThatDisagreesWithTheIdNumber() {
        BianzhiException e = assertThrows(BianzhiException.class, () -> register("张三", Gender.FEMALE, BORN));
        assertEquals(List.of("gender"), e.violations().stream().map(Violation::field).toList());
        assertTrue(e.getMessage().contains("性别“女”与身份证号不符") && e.getMessage().contains("应为“男”"), e.getMessage());
    }

    @Test
    void refusesABirthDateThatDisagreesWithTheIdNumber() {
        BianzhiException e = assertThrows(BianzhiException.class, () -> register("张三", Gender.MALE, BORN.plusDays(1)));
        assertEquals(List.of("birthDate"), e.violations().stream().map(Violation::field).toList());
        assertTrue(e.getMessage().contains("1985-01-06") && e.getMessage().contains("1985-01-05"), e.getMessage());
    }

    @Test
    void reportsEveryDisagreementAtOnce() {
        assertEquals(List.of("name", "gender", "birthDate", "identity"), refusedFields(
                () -> Person.register(MAN, "张三3", Gender.FEMALE, BORN.minusYears(1), null, recorded())));
    }

    @Test
    void storesTheNormalisedName() {
        Person p = register("阿依古丽•买买提", null, null);
        assertEquals("阿依古丽·买买提", p.name());
        assertTrue(p.sameDetails("阿依古丽・买买提"));
    }

    @Test
    void refusesANameWithDigitsQuotingIt() {
        BianzhiException e = assertThrows(BianzhiException.class, () -> register("张三2", null, null));
        assertEquals("name", e.violations().get(0).field());
        assertTrue(e.getMessage().contains("“张三2”含有不应出现在身份证姓名中的字符"), e.getMessage());
    }

    @Test
    void refusesAMissingName() {
        BianzhiException e = assertThrows(BianzhiException.class, () -> register(null, null, null));
        assertEquals("name", e.violations().get(0).field());
        assertEquals("姓名不能为空", e.getMessage());
    }

    @Test
    void changeCorrectsTheNameAndKeepsTheIdentityWhenNoneIsGiven() {
        Person p = register("张三", null, null);
        p.change("张叁", null);
        assertEquals("张叁", p.name());
        assertEquals(PersonIdentity.CIVIL_SERVANT, p.identity());
        assertEquals(List.of("name"), refusedFields(() -> p.change("张@", null)));
        assertEquals("张叁", p.name());
    }
}
