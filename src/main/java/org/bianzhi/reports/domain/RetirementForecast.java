package org.bianzhi.reports.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.bianzhi.establishment.domain.QuotaType;
import org.bianzhi.roster.domain.Gender;
import org.bianzhi.roster.domain.PersonIdentity;
import org.bianzhi.roster.domain.PostType;
import org.bianzhi.roster.domain.StatutoryRetirement;
import org.bianzhi.shared.domain.BianzhiException;

/**
 * 退休预测: who, occupying a quota on {@code asOf}, reaches the statutory retirement date (DOMAIN.md §7) after that day
 * and at most {@code years} years later, and so how many slots each unit's quota types gain per year.
 */
public final class RetirementForecast {

    public static final int DEFAULT_YEARS = 5;
    public static final int MAX_YEARS = 10;
    /** A person occupying a quota, with the post that decides a woman's base age (null: not posted on the date). */
    public record Candidate(Long occupancyId, Long personId, String idNumber, String name, Gender gender,
                            LocalDate birthDate, PersonIdentity identity, PostType post, Long unitId, QuotaType quotaType) {}

    /** A candidate who retires within the forecast, on {@code date} at {@code age} ("60岁2个月"). */
    public record Retiree(Candidate person, LocalDate date, String age) {}

    /** Slots of one unit and quota type that retirements open in one year. */
    public record Opening(Long unitId, QuotaType quotaType, int year, int count) {}

    private final LocalDate asOf;
    private final int years;
    private final LocalDate until;

    /** {@code years} null means {@value #DEFAULT_YEARS}; otherwise 1 to {@value #MAX_YEARS}. */
    public RetirementForecast(LocalDate asOf, Integer years) {
        int n = years == null ? DEFAULT_YEARS : years;
        if (n < 1 || n > MAX_YEARS) {
            throw BianzhiException.invalid("years", "预测年数应为 1 至 " + MAX_YEARS + " 年，实为 " + n);
        }
        this.asOf = asOf;
        this.years = n;
        this.until = asOf.plusYears(n);
    }

    public LocalDate asOf() { return asOf; }

    public int years() { return years; }

    /** The last day of the forecast. */
    public LocalDate until() { return until; }

    /**
     * The birth dates a retiree of this gender can have, for the database to leave out everyone else: born after
     * {@code bornAfter} and by {@code bornBy}. A later birth never retires earlier, so these are the first and last birth
     * dates whose statutory date falls in the period (for a woman under either base age; {@link #select} sorts out
     * those between whose post gives no date in it).
     */
    public LocalDate bornAfter(Gender gender) {
        return schedules(gender).map(cadre -> lastBornRetiringBy(asOf, gender, cadre)).min(LocalDate::compareTo).orElseThrow();
    }

    public LocalDate bornBy(Gender gender) {
        return schedules(gender).map(cadre -> lastBornRetiringBy(until, gender, cadre)).max(LocalDate::compareTo).orElseThrow();
    }

    /** Whether the post counts: for a woman only. */
    private static Stream<Boolean> schedules(Gender gender) {
        return gender == Gender.MALE ? Stream.of(false) : Stream.of(true, false);
    }

    /** The latest birth date whose statutory retirement date is {@code day} or earlier (binary search; ages run 50 to 63). */
    private static LocalDate lastBornRetiringBy(LocalDate day, Gender gender, boolean cadre) {
        long low = day.minusYears(80).toEpochDay();   // retires by the day
        long high = day.minusYears(40).toEpochDay();  // retires after it
        while (high - low > 1) {
            long mid = (low + high) / 2;
            if (StatutoryRetirement.date(LocalDate.ofEpochDay(mid), gender, cadre).isAfter(day)) high = mid;
            else low = mid;
        }
        return LocalDate.ofEpochDay(low);
    }

    /** The candidates retiring after {@code asOf} and by {@code until}, by retirement date. */
    public List<Retiree> select(Collection<Candidate> candidates) {
        List<Retiree> retirees = new ArrayList<>();
        for (Candidate c : candidates) {
            boolean cadre = StatutoryRetirement.cadre(c.post(), c.identity());
            LocalDate date = StatutoryRetirement.date(c.birthDate(), c.gender(), cadre);
            if (date.isAfter(asOf) && !date.isAfter(until)) {
                retirees.add(new Retiree(c, date, StatutoryRetirement.age(c.birthDate(), c.gender(), cadre)));
            }
        }
        retirees.sort(Comparator.comparing(Retiree::date).thenComparing(r -> r.person().personId()));
        return retirees;
    }

    /** The slots the retirees open, per unit, quota type and calendar year of the retirement date. */
    public static List<Opening> openings(List<Retiree> retirees) {
        Map<Slot, Integer> counts = new TreeMap<>(Comparator.comparing(Slot::unitId).thenComparing(Slot::quotaType)
                .thenComparingInt(Slot::year));
        for (Retiree r : retirees) counts.merge(new Slot(r.person().unitId(), r.person().quotaType(), r.date().getYear()), 1, Integer::sum);
        return counts.entrySet().stream().map(e -> new Opening(e.getKey().unitId(), e.getKey().quotaType(), e.getKey().year(),
                e.getValue())).toList();
    }

    private record Slot(Long unitId, QuotaType quotaType, int year) {}
}
