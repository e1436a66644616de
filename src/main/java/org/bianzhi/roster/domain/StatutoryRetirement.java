package org.bianzhi.roster.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * 法定退休日期 (DOMAIN.md §7): base age 60 for men, 55 for women in cadre posts or with cadre identity, 50 for
 * other women, raised by the 2024 decision on 渐进式延迟法定退休年龄 — one month per 4 months of birth (men from
 * 1965-01, women of base 55 from 1970-01, at most 36 months) or per 2 months (women of base 50 from 1975-01, at
 * most 60 months).
 */
public final class StatutoryRetirement {

    private StatutoryRetirement() {
    }

    /** Whether a woman in {@code post} (null when not posted) with {@code identity} has the base age 55. */
    public static boolean cadre(PostType post, PersonIdentity identity) {
        return post == PostType.MANAGEMENT || post == PostType.PROFESSIONAL || post == PostType.ADMINISTRATIVE_POST
                || identity == PersonIdentity.CIVIL_SERVANT || identity == PersonIdentity.CS_MANAGED;
    }

    /** The date the person reaches the statutory retirement age. */
    public static LocalDate date(LocalDate birth, Gender gender, boolean cadre) {
        if (gender == Gender.MALE) return birth.plusYears(60).plusMonths(delayMonths(birth, YearMonth.of(1965, 1), 4, 36));
        if (cadre) return birth.plusYears(55).plusMonths(delayMonths(birth, YearMonth.of(1970, 1), 4, 36));
        return birth.plusYears(50).plusMonths(delayMonths(birth, YearMonth.of(1975, 1), 2, 60));
    }

    /** Retirement age as "60岁1个月", for messages. */
    public static String age(LocalDate birth, Gender gender, boolean cadre) {
        long months = ChronoUnit.MONTHS.between(YearMonth.from(birth), YearMonth.from(date(birth, gender, cadre)));
        return months / 12 + "岁" + (months % 12 == 0 ? "" : months % 12 + "个月");
    }

    /** One month more for every {@code step} months of birth from {@code first} on, at most {@code max}. */
    private static long delayMonths(LocalDate birth, YearMonth first, int step, int max) {
        long months = first.until(YearMonth.from(birth), ChronoUnit.MONTHS);
        return months < 0 ? 0 : Math.min(max, months / step + 1);
    }
}
