package org.bianzhi.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import org.bianzhi.roster.domain.Gender;
import org.bianzhi.roster.domain.PersonIdentity;
import org.bianzhi.roster.domain.PostType;

/**
 * 法定退休日期 (DOMAIN.md §7): base age 60 for men, 55 for women in cadre posts or with cadre identity, 50 for
 * other women, raised gradually by the 2024 decision on 渐进式延迟法定退休年龄. The generator uses it to keep
 * regular staff in service and to place OVERAGE cases and their near misses with a margin.
 */
final class Retirement {

    private Retirement() {
    }

    /** Whether a woman in {@code post} with {@code identity} has the base age 55 (otherwise 50). */
    static boolean cadre(PostType post, PersonIdentity identity) {
        return post == PostType.MANAGEMENT || post == PostType.PROFESSIONAL || post == PostType.ADMINISTRATIVE_POST
                || identity == PersonIdentity.CIVIL_SERVANT || identity == PersonIdentity.CS_MANAGED;
    }

    static LocalDate date(LocalDate birth, Gender gender, boolean cadre) {
        if (gender == Gender.MALE) return birth.plusYears(60).plusMonths(delay(birth, YearMonth.of(1965, 1), 4, 36));
        if (cadre) return birth.plusYears(55).plusMonths(delay(birth, YearMonth.of(1970, 1), 4, 36));
        return birth.plusYears(50).plusMonths(delay(birth, YearMonth.of(1975, 1), 2, 60));
    }

    /** One month more for every {@code step} months of birth from {@code first} on, at most {@code max}. */
    private static long delay(LocalDate birth, YearMonth first, int step, int max) {
        long months = first.until(YearMonth.from(birth), ChronoUnit.MONTHS);
        return months < 0 ? 0 : Math.min(max, months / step + 1);
    }
}
