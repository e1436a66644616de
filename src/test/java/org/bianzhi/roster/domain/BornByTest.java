package org.bianzhi.roster.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.bianzhi.establishment.domain.LeadershipCategory;
import org.bianzhi.establishment.domain.QuotaType;
import org.bianzhi.shared.domain.BianzhiException;
import org.bianzhi.shared.domain.Recorded;
import org.bianzhi.shared.domain.Violation;

/** A person's occupancy, posting or appointment cannot start before the birth date in their ID number. */
class BornByTest {

    private static final Recorded RECORDED = new Recorded("瑞编〔2024〕1号", "tester", Instant.EPOCH);

    private static Person bornOn(LocalDate birth) {
        String first17 = "330381" + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + "123";
        return Person.register(new IdNumber(first17 + IdNumber.checkCharacter(first17)), "张三", null, null,
                PersonIdentity.CIVIL_SERVANT, RECORDED);
    }

    private static List<Runnable> recordsFrom(Person p, LocalDate start) {
        return List.of(
                () -> new Occupancy(p, 1L, QuotaType.ADMINISTRATIVE, start, null, null, null, RECORDED),
                () -> new Posting(p, 1L, PostType.values()[0], Arrangement.REGULAR, start, null, null, RECORDED),
                () -> new Appointment(p, 1L, LeadershipCategory.values()[0], null, null, start, RECORDED));
    }

    @Property(tries = 300)
    void anyStartBeforeBirthIsRefusedNamingTheField(@ForAll @IntRange(min = 0, max = 36_000) int bornDay,
                                                     @ForAll @IntRange(min = 1, max = 30_000) int daysEarlier) {
        LocalDate birth = LocalDate.of(1920, 1, 1).plusDays(bornDay);
        Person p = bornOn(birth);
        for (Runnable record : recordsFrom(p, birth.minusDays(daysEarlier))) {
            BianzhiException e = assertThrows(BianzhiException.class, record::run);
            assertEquals(BianzhiException.Kind.INVALID, e.kind());
            assertEquals(List.of("validFrom"), e.violations().stream().map(Violation::field).toList());
            assertTrue(e.getMessage().contains("早于出生日期 " + birth), e.getMessage());
        }
    }

    @Property(tries = 300)
    void anyStartOnOrAfterBirthIsAccepted(@ForAll @IntRange(min = 0, max = 36_000) int bornDay,
                                          @ForAll @IntRange(min = 0, max = 30_000) int daysLater) {
        LocalDate birth = LocalDate.of(1920, 1, 1).plusDays(bornDay);
        Person p = bornOn(birth);
        for (Runnable record : recordsFrom(p, birth.plusDays(daysLater))) record.run();
    }
}
