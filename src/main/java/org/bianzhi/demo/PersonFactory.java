package org.bianzhi.demo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.bianzhi.establishment.domain.LeadershipCategory;
import org.bianzhi.roster.domain.Gender;
import org.bianzhi.roster.domain.IdNumber;
import org.bianzhi.roster.domain.PersonIdentity;
import org.bianzhi.roster.domain.PostType;
import org.bianzhi.roster.domain.StatutoryRetirement;

/**
 * Makes people: 公民身份号码 (GB 11643) unique within the county, with a birthplace prefix from the county or
 * its neighbours, ages that keep regular staff short of retirement, entry dates after age 21, and names.
 */
final class PersonFactory {

    /** Birthplace prefixes and weights: 青田县 itself, the rest of 丽水, 温州 next door, 杭州. */
    private static final Object[] BIRTHPLACES = {
            "331121", 70, "331102", 5, "331122", 3, "331123", 2, "331124", 2, "331125", 2, "331126", 1,
            "331127", 2, "331181", 1, "330302", 3, "330304", 2, "330381", 2, "330382", 1, "330106", 2, "330102", 2};
    /** 乌鲁木齐天山区, 乌鲁木齐沙依巴克区, 喀什市, 阿克苏市: birthplaces of the Uyghur cadres. */
    private static final String[] XINJIANG = {"650102", "650103", "653101", "652901"};
    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

    /** Decides whether an ID number is still free, and takes it if so. */
    interface IdRegistry {
        boolean add(String idNumber);
    }

    private final SplittableRandom random;
    private final LocalDate asOf;
    private final IdRegistry issued;
    private final String[] birthplaceCodes;
    /** Cumulative weights of {@link #birthplaceCodes}. */
    private final int[] birthplaceUpTo;
    private final List<DemoPerson> people = new ArrayList<>();

    PersonFactory(SplittableRandom random, LocalDate asOf) {
        this(random, asOf, new HashSet<String>()::add, BIRTHPLACES);
    }

    /**
     * @param issued      the ID numbers already given out (shared by the counties of a province)
     * @param birthplaces 6-digit prefixes and their integer weights, alternating
     */
    PersonFactory(SplittableRandom random, LocalDate asOf, IdRegistry issued, Object[] birthplaces) {
        this.random = random;
        this.asOf = asOf;
        this.issued = issued;
        this.birthplaceCodes = new String[birthplaces.length / 2];
        this.birthplaceUpTo = new int[birthplaces.length / 2];
        int total = 0;
        for (int i = 0; i < birthplaces.length; i += 2) {
            birthplaceCodes[i / 2] = (String) birthplaces[i];
            total += (Integer) birthplaces[i + 1];
            birthplaceUpTo[i / 2] = total;
        }
    }

    DemoPerson create(Gender gender, LocalDate birth, PersonIdentity identity) {
        boolean uyghur = random.nextDouble() < 0.0015;
        String prefix = uyghur ? XINJIANG[random.nextInt(XINJIANG.length)] : birthplace();
        DemoPerson person = new DemoPerson(idNumber(prefix, birth, gender), gender, birth, identity);
        if (uyghur) {
            person.fullName = NameBook.uyghurName(random, gender);
        } else {
            person.surname = NameBook.surname(random);
            person.givenName = NameBook.givenName(random, gender, birth.getYear());
        }
        people.add(person);
        return person;
    }

    /**
     * A birth date for someone in {@code post}: at least {@code minAge} (older for leaders) and short of the base
     * retirement age on {@code asOf}, so the gradual delay never decides whether a regular person is overage.
     */
    LocalDate birthDate(Gender gender, PostType post, PersonIdentity identity, int minAge) {
        int maxAge = gender == Gender.MALE ? 59 : StatutoryRetirement.cadre(post, identity) ? 54 : 49;
        int min = Math.min(minAge, maxAge);
        // the mean of two uniform draws: staff are mostly middle-aged, few at the extremes
        double u = (random.nextDouble() + random.nextDouble()) / 2;
        int age = min + (int) Math.floor(u * (maxAge - min + 1));
        // minus up to 364 days keeps the age at exactly {@code age} on the as-of date
        return asOf.minusYears(age).minusDays(random.nextInt(365));
    }

    /** The minimum age of a holder of {@code leader} (22 for staff). */
    static int minAge(LeadershipCategory leader) {
        if (leader == null) return 22;
        return switch (leader) {
            case UNIT_PRINCIPAL -> 40;
            case UNIT_DEPUTY -> 33;
            case DEPT_PRINCIPAL -> 30;
            case DEPT_DEPUTY -> 27;
        };
    }

    /** 入编日期: mostly on leaving university, sometimes later (transfers, late recruitment); never after {@code latest}. */
    LocalDate entryDate(LocalDate birth, LocalDate latest) {
        LocalDate earliest = birth.plusYears(21).plusMonths(6);
        if (!earliest.isBefore(latest)) return latest;
        LocalDate date = random.nextDouble() < 0.2
                ? between(earliest, latest)
                : birth.plusYears(22).plusDays(random.nextInt(365 * 6));
        return date.isBefore(earliest) ? earliest : date.isAfter(latest) ? latest : date;
    }

    /** A uniformly drawn date in [from, to]. */
    LocalDate between(LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        return days <= 0 ? from : from.plusDays(random.nextInt((int) days + 1));
    }

    private String birthplace() {
        int draw = random.nextInt(birthplaceUpTo[birthplaceUpTo.length - 1]);
        int i = java.util.Arrays.binarySearch(birthplaceUpTo, draw + 1);
        // the first prefix whose cumulative weight exceeds the draw
        return birthplaceCodes[i >= 0 ? i : -i - 1];
    }

    /** 6-digit birthplace, 8-digit birth date, 3-digit sequence whose last digit is odd for men, check character. */
    private String idNumber(String prefix, LocalDate birth, Gender gender) {
        while (true) {
            int order = random.nextInt(100) * 10 + random.nextInt(5) * 2 + (gender == Gender.MALE ? 1 : 0);
            String first17 = prefix + BASIC.format(birth) + (order < 10 ? "00" : order < 100 ? "0" : "") + order;
            String id = first17 + IdNumber.checkCharacter(first17);
            if (issued.add(id)) return id;
        }
    }

    /** Gives each featured surname to a randomly chosen Han person, so every county shows them. */
    void featureRareSurnames() {
        List<DemoPerson> han = people.stream().filter(p -> p.fullName == null).toList();
        Set<DemoPerson> taken = new HashSet<>();
        for (String surname : NameBook.FEATURED) {
            if (han.size() <= taken.size()) return;
            DemoPerson p;
            do p = han.get(random.nextInt(han.size())); while (!taken.add(p));
            p.surname = surname;
        }
    }
}
