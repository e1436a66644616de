package org.bianzhi.travel.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.bianzhi.travel.crossing.domain.Crossing;
import org.bianzhi.travel.crossing.domain.CrossingDirection;
import org.bianzhi.travel.crossing.domain.TripRules;
import org.bianzhi.travel.filing.domain.DocumentType;

/**
 * Issue 21, item 1: the trip findings as recorded on day D depend only on the facts recorded by D. Whatever the order
 * in which crossings and self-reports are recorded, adding facts recorded after D never changes the answer for D.
 */
class RecordedOnPropertyTest {

    private static final LocalDate FIRST = LocalDate.of(2026, 1, 1);
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    /** A trip and a report of it, each recorded on a day (offsets from 2026-01-01). */
    record Story(int out, int length, int recorded, boolean reported, int reportDay, int reportRecorded) {}

    @Provide
    Arbitrary<List<Story>> stories() {
        Arbitrary<Story> story = Combinators.combine(Arbitraries.integers().between(0, 150), Arbitraries.integers().between(0, 20),
                Arbitraries.integers().between(0, 180), Arbitraries.of(true, false), Arbitraries.integers().between(0, 180),
                Arbitraries.integers().between(0, 180)).as(Story::new);
        return story.list().ofMaxSize(5);
    }

    @Property(tries = 300)
    void laterRecordedFactsNeverChangeTheAnswerForADay(@ForAll("stories") List<Story> known, @ForAll("stories") List<Story> later,
                                                       @ForAll @IntRange(min = 0, max = 180) int cutOff) {
        LocalDate d = FIRST.plusDays(cutOff);
        Horizon h = new Horizon(AS_OF, d);
        // what was recorded by D, and the same with facts recorded after D (shifted past the cut-off) added
        List<Story> laterOnes = later.stream().map(s -> new Story(s.out(), s.length(), cutOff + 1 + s.recorded() % 30, s.reported(),
                s.reportDay(), cutOff + 1 + s.reportRecorded() % 30)).toList();
        PersonTravel before = person(known, cutOff);
        List<Story> all = new ArrayList<>(known);
        all.addAll(laterOnes);
        PersonTravel after = person(all, Integer.MAX_VALUE);
        assertEquals(findings(before.recordedBy(h)), findings(after.recordedBy(h)));
    }

    /** The late self-report of the issue: reported 11 days after the return, once the crossings were recorded. */
    @Test
    void aReportEnteredAfterTheCrossingsIsStillUndeclaredAndOneBeforeIsNot() {
        Instant crossingsRecorded = day(150);
        Facts f = new Facts();
        f.crossings.add(new Crossing(DocumentType.PASSPORT, "E1", CrossingDirection.EXIT, FIRST.plusDays(120), "浦东", "日本", crossingsRecorded));
        f.crossings.add(new Crossing(DocumentType.PASSPORT, "E1", CrossingDirection.ENTRY, FIRST.plusDays(130), "浦东", null, crossingsRecorded));
        f.declarations.add(new PersonTravel.Declaration(FIRST.plusDays(120), FIRST.plusDays(130), FIRST.plusDays(141), day(151)));
        assertEquals(1, TripRules.undeclared(f.person(), AS_OF).size(), "reported after detection");
        assertEquals(1, TripRules.undeclared(f.person().recordedBy(new Horizon(AS_OF, FIRST.plusDays(150))), AS_OF).size(),
                "as recorded on the day of detection: found, not reported");
        f.declarations.clear();
        f.declarations.add(new PersonTravel.Declaration(FIRST.plusDays(120), FIRST.plusDays(130), FIRST.plusDays(141), day(141)));
        assertEquals(List.of(), TripRules.undeclared(f.person(), AS_OF), "reported 11 days after the return, before detection");
    }

    private static PersonTravel person(List<Story> stories, int recordedBy) {
        Facts f = new Facts();
        for (int i = 0; i < stories.size(); i++) {
            Story s = stories.get(i);
            if (s.recorded() <= recordedBy) {
                String doc = "E" + i;
                f.crossings.add(new Crossing(DocumentType.PASSPORT, doc, CrossingDirection.EXIT, FIRST.plusDays(s.out()), "浦东", "日本",
                        day(s.recorded())));
                f.crossings.add(new Crossing(DocumentType.PASSPORT, doc, CrossingDirection.ENTRY, FIRST.plusDays(s.out() + s.length()),
                        "浦东", null, day(s.recorded())));
            }
            if (s.reported() && s.reportRecorded() <= recordedBy) {
                f.declarations.add(new PersonTravel.Declaration(FIRST.plusDays(s.out()), FIRST.plusDays(s.out() + s.length()),
                        FIRST.plusDays(Math.min(s.reportDay(), s.reportRecorded())), day(s.reportRecorded())));
            }
        }
        f.approval("A1", "2025-12-01", "2026-02-01", "2026-03-01", "日本");
        return f.person();
    }

    private static Set<String> findings(PersonTravel p) {
        Set<String> found = new java.util.TreeSet<>();
        List<TravelFinding> all = new ArrayList<>(TripRules.withoutApproval(p));
        all.addAll(TripRules.undeclared(p, AS_OF));
        all.addAll(TripRules.lateReturn(p, AS_OF));
        all.addAll(TripRules.otherDestination(p));
        all.forEach(x -> found.add(x.key() + " " + x.date() + " " + x.message()));
        return found;
    }

    /** Noon of the day (Beijing) so many days after 2026-01-01. */
    private static Instant day(int offset) {
        return FIRST.plusDays(offset).atTime(12, 0).atZone(Horizon.ZONE).toInstant();
    }
}
