package org.bianzhi.reports.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.bianzhi.establishment.domain.QuotaType;
import org.bianzhi.reports.domain.RetirementForecast.Candidate;
import org.bianzhi.reports.domain.RetirementForecast.Opening;
import org.bianzhi.reports.domain.RetirementForecast.Retiree;
import org.bianzhi.roster.domain.Gender;
import org.bianzhi.roster.domain.PersonIdentity;
import org.bianzhi.roster.domain.PostType;
import org.bianzhi.roster.domain.StatutoryRetirement;
import org.bianzhi.shared.domain.BianzhiException;
import org.junit.jupiter.api.Test;

class RetirementForecastTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    private static long ids;

    private static Candidate man(String born) {
        return candidate(Gender.MALE, born, PersonIdentity.CIVIL_SERVANT, null, 1L, QuotaType.ADMINISTRATIVE);
    }

    private static Candidate candidate(Gender g, String born, PersonIdentity identity, PostType post, Long unit, QuotaType type) {
        long id = ++ids;
        return new Candidate(id, id, "X", "某" + id, g, LocalDate.parse(born), identity, post, unit, type);
    }

    private static List<String> births(List<Retiree> retirees) {
        return retirees.stream().map(r -> r.person().birthDate().toString()).toList();
    }

    @Test
    void listsWhoRetiresAfterTheDateAndWithinTheYears() {
        Candidate soon = man("1966-03-10");      // 60岁4个月: 2026-07-10
        Candidate later = man("1968-06-15");     // 60岁11个月: 2029-05-15, almost three years on
        Candidate gone = man("1966-02-10");      // reached the age on 2026-06-10, before the date
        List<Retiree> two = new RetirementForecast(AS_OF, 2).select(List.of(later, soon, gone));
        assertEquals(List.of("1966-03-10"), births(two));
        assertEquals(LocalDate.of(2026, 7, 10), two.get(0).date());
        assertEquals("60岁4个月", two.get(0).age());
        assertEquals(List.of("1966-03-10", "1968-06-15"), births(new RetirementForecast(AS_OF, 3).select(List.of(later, soon, gone))),
                "sorted by retirement date");
    }

    @Test
    void theDateItselfIsOutAndTheLastDayIsIn() {
        Candidate c = man("1966-02-28");          // 60岁4个月: 2026-06-28
        assertTrue(new RetirementForecast(LocalDate.of(2026, 6, 28), 1).select(List.of(c)).isEmpty());
        assertEquals(1, new RetirementForecast(LocalDate.of(2025, 6, 28), 1).select(List.of(c)).size());
    }

    @Test
    void aWomansPostOnTheDateDecidesHerBaseAgeElseHerIdentity() {
        Candidate professional = candidate(Gender.FEMALE, "1972-01-01", PersonIdentity.INSTITUTION_STAFF, PostType.PROFESSIONAL, 2L,
                QuotaType.PUBLIC_INSTITUTION);      // base 55 + 7 months: 2027-08-01
        Candidate worker = candidate(Gender.FEMALE, "1972-01-01", PersonIdentity.INSTITUTION_STAFF, PostType.SKILLED_WORKER, 2L,
                QuotaType.PUBLIC_INSTITUTION);      // base 50: retired in 2022
        Candidate unpostedCivilServant = candidate(Gender.FEMALE, "1972-01-01", PersonIdentity.CIVIL_SERVANT, null, 1L,
                QuotaType.ADMINISTRATIVE);          // base 55 by identity
        Candidate unpostedStaff = candidate(Gender.FEMALE, "1976-05-01", PersonIdentity.INSTITUTION_STAFF, null, 2L,
                QuotaType.PUBLIC_INSTITUTION);      // base 50 + 9 months: 2027-02-01
        List<Retiree> r = new RetirementForecast(AS_OF, 5).select(List.of(professional, worker, unpostedCivilServant, unpostedStaff));
        assertEquals(List.of(unpostedStaff, professional, unpostedCivilServant), r.stream().map(Retiree::person).toList());
        assertEquals(List.of(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 8, 1), LocalDate.of(2027, 8, 1)),
                r.stream().map(Retiree::date).toList());
        assertEquals(List.of("50岁9个月", "55岁7个月", "55岁7个月"), r.stream().map(Retiree::age).toList());
    }

    @Test
    void openingsCountSlotsPerUnitQuotaTypeAndYear() {
        List<Retiree> r = new RetirementForecast(AS_OF, 5).select(List.of(man("1966-03-10"), man("1966-05-01"), man("1967-01-20"),
                candidate(Gender.MALE, "1966-04-01", PersonIdentity.INSTITUTION_STAFF, null, 2L, QuotaType.PUBLIC_INSTITUTION)));
        assertEquals(List.of(new Opening(1L, QuotaType.ADMINISTRATIVE, 2026, 2), new Opening(1L, QuotaType.ADMINISTRATIVE, 2027, 1),
                new Opening(2L, QuotaType.PUBLIC_INSTITUTION, 2026, 1)), RetirementForecast.openings(r));
    }

    @Test
    void theBirthDateBoundsKeepEveryoneWhoMayRetireInThePeriodAndAreTight() {
        for (int years : new int[] {1, 5, 10}) {
            RetirementForecast f = new RetirementForecast(AS_OF, years);
            for (Gender g : Gender.values()) {
                for (LocalDate b = LocalDate.of(1950, 1, 1); b.isBefore(LocalDate.of(1995, 1, 1)); b = b.plusDays(1)) {
                    boolean kept = b.isAfter(f.bornAfter(g)) && !b.isAfter(f.bornBy(g));
                    if (retires(f, g, b) && !kept) throw new AssertionError(g + " born " + b + " retires in the period but is left out");
                }
                assertTrue(retires(f, g, f.bornAfter(g).plusDays(1)) && retires(f, g, f.bornBy(g)), "the first and last birth dates kept retire");
            }
        }
        RetirementForecast five = new RetirementForecast(AS_OF, 5);
        assertEquals(List.of(LocalDate.of(1966, 2, 28), LocalDate.of(1970, 2, 28)), List.of(five.bornAfter(Gender.MALE), five.bornBy(Gender.MALE)),
                "men born 1966-03 retire 2026-07, men born 1970-02 in 2031-06");
    }

    /** Whether someone of this gender born on {@code b} retires in the period under either base age. */
    private static boolean retires(RetirementForecast f, Gender g, LocalDate b) {
        for (boolean cadre : new boolean[] {true, false}) {
            LocalDate d = StatutoryRetirement.date(b, g, cadre);
            if (d.isAfter(f.asOf()) && !d.isAfter(f.until())) return true;
        }
        return false;
    }

    @Test
    void yearsRunFromOneToTenAndDefaultToFive() {
        assertEquals(LocalDate.of(2031, 6, 30), new RetirementForecast(AS_OF, null).until());
        for (int bad : new int[] {0, 11, -1}) {
            BianzhiException e = assertThrows(BianzhiException.class, () -> new RetirementForecast(AS_OF, bad));
            assertEquals("years", e.violations().get(0).field());
        }
    }
}
