package org.bianzhi.travel.crossing.domain;

import static org.bianzhi.travel.filing.domain.CustodyLedgerTest.move;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.bianzhi.travel.filing.domain.CustodyFindings.DocumentFact;
import org.bianzhi.travel.filing.domain.CustodyFindings.Facts;
import org.bianzhi.travel.filing.domain.CustodyLedger.Move;
import org.junit.jupiter.api.Test;
import org.bianzhi.travel.filing.domain.CustodyFindings;
import org.bianzhi.travel.filing.domain.CustodyLedger;
import org.bianzhi.travel.filing.domain.CustodyMovementKind;
import org.bianzhi.travel.filing.domain.DocumentType;
import org.bianzhi.travel.filing.domain.FilingCategory;
import org.bianzhi.travel.filing.domain.FilingFact;
import org.bianzhi.travel.filing.domain.FilingFindings;
import org.bianzhi.travel.filing.domain.FilingStatus;

/**
 * 预警 against the findings they turn into: due within the window and not done is a warning up to and including the due
 * day; the day after it is a finding and no longer a warning.
 */
class TravelWarningsTest {

    private final TravelWarnings warnings = new TravelWarnings(7, 10, 30);
    private final CustodyFindings custody = new CustodyFindings(7, 10);

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static DocumentFact doc(String declared, Move... moves) {
        return new DocumentFact(3L, 1L, DocumentType.PASSPORT, "E12345678", d(declared), null, null, new CustodyLedger(List.of(moves)));
    }

    private static FilingFact filing(String from, String reported) {
        return new FilingFact(5, 1L, FilingCategory.TOWNSHIP_LEADER, reported == null ? FilingStatus.NOT_FILED : FilingStatus.FILED,
                reported == null ? null : d(reported), null, d(from), null);
    }

    private static Facts facts(String filedFrom, Map<Long, LocalDate> returnsOn, Map<String, List<LocalDate>> entries) {
        return new Facts(Map.of(1L, List.of(filing(filedFrom, filedFrom))), returnsOn, entries);
    }

    /** Checked out on 06-01 for application 9 (return 06-10, entry 06-12): due back 06-22. */
    private static final Facts TRIP = facts("2026-01-01", Map.of(9L, d("2026-06-10")), Map.of("PASSPORT:E12345678", List.of(d("2026-06-12"))));
    private static final DocumentFact OUT = doc("2026-01-01", move(CustodyMovementKind.HAND_IN, "2026-01-02", null),
            move(CustodyMovementKind.CHECK_OUT, "2026-06-01", 9L));

    @Test
    void aDocumentDueBackIsAWarningTheDayBeforeAndOnTheDayAndAFindingTheDayAfter() {
        List<TravelWarning> before = warnings.returns(d("2026-06-21"), d("2026-06-28"), List.of(OUT), TRIP);
        assertEquals(1, before.size());
        assertEquals(WarningKind.DOCUMENT_RETURN, before.get(0).kind());
        assertEquals(d("2026-06-22"), before.get(0).dueOn());
        assertEquals(1, before.get(0).daysLeft(d("2026-06-21")));
        assertTrue(custody.notReturned(d("2026-06-21"), List.of(OUT), TRIP).isEmpty());

        List<TravelWarning> onTheDay = warnings.returns(d("2026-06-22"), d("2026-06-29"), List.of(OUT), TRIP);
        assertEquals(0, onTheDay.get(0).daysLeft(d("2026-06-22")));
        assertTrue(custody.notReturned(d("2026-06-22"), List.of(OUT), TRIP).isEmpty(), "not a finding on the due day");

        assertEquals(List.of(), warnings.returns(d("2026-06-23"), d("2026-06-30"), List.of(OUT), TRIP));
        assertEquals(1, custody.notReturned(d("2026-06-23"), List.of(OUT), TRIP).size(), "a finding from the day after");
    }

    @Test
    void aDueDayBeyondTheWindowOrADocumentGivenBackIsNoWarning() {
        // on 06-10 the entry of 06-12 is not known yet: due ten days after the approved return, 06-20
        assertEquals(List.of(), warnings.returns(d("2026-06-10"), d("2026-06-19"), List.of(OUT), TRIP), "06-20 is beyond 9 days");
        assertEquals(d("2026-06-20"), warnings.returns(d("2026-06-10"), d("2026-06-20"), List.of(OUT), TRIP).get(0).dueOn(),
                "the window includes its last day");
        assertEquals(d("2026-06-22"), warnings.returns(d("2026-06-12"), d("2026-06-22"), List.of(OUT), TRIP).get(0).dueOn(),
                "back on 06-12, two days late: the day moves with the entry, as the finding's does");
        DocumentFact back = doc("2026-01-01", move(CustodyMovementKind.HAND_IN, "2026-01-02", null),
                move(CustodyMovementKind.CHECK_OUT, "2026-06-01", 9L), move(CustodyMovementKind.RETURN, "2026-06-20", null));
        assertEquals(List.of(), warnings.returns(d("2026-06-21"), d("2026-06-28"), List.of(back), TRIP));
    }

    @Test
    void aDocumentToHandInIsAWarningUntilTheSeventhDayAndThenAFinding() {
        Facts filed = facts("2026-06-01", Map.of(), Map.of());
        DocumentFact passport = doc("2026-05-01");
        for (String day : List.of("2026-06-07", "2026-06-08")) {
            List<TravelWarning> w = warnings.handIns(d(day), d(day).plusDays(7), List.of(passport), filed);
            assertEquals(1, w.size(), day);
            assertEquals(d("2026-06-08"), w.get(0).dueOn());
            assertTrue(custody.notInCustody(d(day), List.of(passport), filed).isEmpty(), day);
        }
        assertEquals(List.of(), warnings.handIns(d("2026-06-09"), d("2026-06-16"), List.of(passport), filed));
        assertEquals(1, custody.notInCustody(d("2026-06-09"), List.of(passport), filed).size());
        DocumentFact handedIn = doc("2026-05-01", move(CustodyMovementKind.HAND_IN, "2026-06-03", null));
        assertEquals(List.of(), warnings.handIns(d("2026-06-07"), d("2026-06-14"), List.of(handedIn), filed), "done: no warning");
    }

    @Test
    void aFilingToReportIsAWarningUntilTheThirtiethDayAndThenAFinding() {
        FilingFact unreported = filing("2026-06-01", null);
        assertEquals(d("2026-07-01"), warnings.filingReports(d("2026-06-30"), d("2026-07-07"), List.of(unreported)).get(0).dueOn());
        assertEquals(1, warnings.filingReports(d("2026-07-01"), d("2026-07-08"), List.of(unreported)).size());
        assertTrue(FilingFindings.reportOverdue(d("2026-07-01"), 30, List.of(unreported)).isEmpty());
        assertEquals(List.of(), warnings.filingReports(d("2026-07-02"), d("2026-07-09"), List.of(unreported)));
        assertEquals(1, FilingFindings.reportOverdue(d("2026-07-02"), 30, List.of(unreported)).size());
        assertEquals(List.of(), warnings.filingReports(d("2026-06-30"), d("2026-07-07"), List.of(filing("2026-06-01", "2026-06-15"))),
                "reported: nothing due");
    }

    /** Every day and window: an unreported filing is exactly one of not due within the window, a warning, a finding. */
    @Test
    void aFilingIsAWarningOrAFindingNeverBoth() {
        FilingFact f = filing("2026-06-01", null);
        LocalDate due = d("2026-07-01");
        for (int day = 0; day <= 60; day++) {
            for (int within = 0; within <= 40; within++) {
                LocalDate today = d("2026-06-01").plusDays(day);
                boolean warned = !warnings.filingReports(today, today.plusDays(within), List.of(f)).isEmpty();
                boolean found = !FilingFindings.reportOverdue(today, 30, List.of(f)).isEmpty();
                assertEquals(!today.isAfter(due) && !due.isAfter(today.plusDays(within)), warned, "as of " + today + " within " + within);
                assertEquals(today.isAfter(due), found, "as of " + today);
            }
        }
    }
}
