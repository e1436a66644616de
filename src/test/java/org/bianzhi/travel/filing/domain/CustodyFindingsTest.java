package org.bianzhi.travel.filing.domain;

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
import org.bianzhi.travel.domain.TravelFinding;

class CustodyFindingsTest {

    private final CustodyFindings rules = new CustodyFindings(7, 10);

    private static DocumentFact doc(String declared, String expires, String cancelled, Move... moves) {
        return new DocumentFact(3L, 1L, DocumentType.PASSPORT, "E12345678", LocalDate.parse(declared),
                expires == null ? null : LocalDate.parse(expires), cancelled == null ? null : LocalDate.parse(cancelled),
                new CustodyLedger(List.of(moves)));
    }

    private static Facts filedFrom(String from, Map<Long, LocalDate> returnsOn, Map<String, List<LocalDate>> entries) {
        return new Facts(Map.of(1L, List.of(new FilingFact(5, 1L, FilingCategory.TOWNSHIP_LEADER, FilingStatus.FILED,
                LocalDate.parse(from), null, LocalDate.parse(from), null))), returnsOn, entries);
    }

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void notInCustodyOnceTheSevenDaysAfterFilingHavePassed() {
        Facts facts = filedFrom("2026-06-01", Map.of(), Map.of());
        DocumentFact passport = doc("2026-05-01", "2030-01-01", null);
        assertTrue(rules.notInCustody(d("2026-06-08"), List.of(passport), facts).isEmpty(), "day 7");
        List<TravelFinding> found = rules.notInCustody(d("2026-06-09"), List.of(passport), facts);
        assertEquals("PASSPORT:E12345678", found.get(0).subject());
        assertEquals(d("2026-06-08"), found.get(0).date());
    }

    @Test
    void theDaysRunFromTheDeclarationWhenItIsLater() {
        Facts facts = filedFrom("2026-01-01", Map.of(), Map.of());
        assertTrue(rules.notInCustody(d("2026-06-08"), List.of(doc("2026-06-01", null, null)), facts).isEmpty());
        assertEquals(1, rules.notInCustody(d("2026-06-09"), List.of(doc("2026-06-01", null, null)), facts).size());
    }

    @Test
    void heldExpiredCancelledOrNotFiledDocumentsAreNotCounted() {
        Facts facts = filedFrom("2026-01-01", Map.of(), Map.of());
        LocalDate on = d("2026-06-30");
        assertTrue(rules.notInCustody(on, List.of(doc("2026-01-01", null, null, move(CustodyMovementKind.HAND_IN, "2026-01-03", null))), facts).isEmpty());
        assertTrue(rules.notInCustody(on, List.of(doc("2026-01-01", "2026-06-29", null)), facts).isEmpty(), "expired");
        assertTrue(rules.notInCustody(on, List.of(doc("2026-01-01", null, "2026-03-01")), facts).isEmpty(), "cancelled");
        assertTrue(rules.notInCustody(on, List.of(doc("2026-01-01", null, null)), new Facts(Map.of(), Map.of(), Map.of())).isEmpty(),
                "not filed");
    }

    @Test
    void aDocumentOutOnATripCountsOnlyAfterItsReturnDeadline() {
        Facts facts = filedFrom("2026-01-01", Map.of(9L, d("2026-06-10")), Map.of());
        DocumentFact out = doc("2026-01-01", null, null, move(CustodyMovementKind.HAND_IN, "2026-01-03", null),
                move(CustodyMovementKind.CHECK_OUT, "2026-06-01", 9L));
        assertTrue(rules.notInCustody(d("2026-06-20"), List.of(out), facts).isEmpty(), "10 days after the return date");
        assertEquals(1, rules.notInCustody(d("2026-06-21"), List.of(out), facts).size());
    }

    @Test
    void handedInLateAfterTheSevenDaysButNotOnTheSeventh() {
        Facts facts = filedFrom("2026-06-01", Map.of(), Map.of());
        assertTrue(rules.handedInLate(d("2026-06-30"), List.of(doc("2026-05-01", null, null,
                move(CustodyMovementKind.HAND_IN, "2026-06-08", null))), facts).isEmpty());
        List<TravelFinding> late = rules.handedInLate(d("2026-06-30"), List.of(doc("2026-05-01", null, null,
                move(CustodyMovementKind.HAND_IN, "2026-06-10", null))), facts);
        assertTrue(late.get(0).message().contains("逾期 2 天"), late.get(0).message());
        assertTrue(rules.handedInLate(d("2026-06-09"), List.of(doc("2026-05-01", null, null,
                move(CustodyMovementKind.HAND_IN, "2026-06-10", null))), facts).isEmpty(), "not yet handed in on the day asked");
    }

    @Test
    void aSecondHandInAfterATripIsNotLate() {
        Facts facts = filedFrom("2026-01-01", Map.of(9L, d("2026-03-10")), Map.of());
        DocumentFact d = doc("2026-01-01", null, null, move(CustodyMovementKind.HAND_IN, "2026-01-05", null),
                move(CustodyMovementKind.RELEASE, "2026-02-01", null), move(CustodyMovementKind.HAND_IN, "2026-05-01", null));
        assertTrue(rules.handedInLate(d("2026-06-30"), List.of(d), facts).isEmpty());
    }

    @Test
    void notReturnedCountsFromTheLaterOfApprovedReturnAndActualEntry() {
        DocumentFact out = doc("2026-01-01", null, null, move(CustodyMovementKind.HAND_IN, "2026-01-03", null),
                move(CustodyMovementKind.CHECK_OUT, "2026-06-01", 9L));
        Facts approvedOnly = filedFrom("2026-01-01", Map.of(9L, d("2026-06-10")), Map.of());
        assertTrue(rules.notReturned(d("2026-06-20"), List.of(out), approvedOnly).isEmpty(), "day 10 after the approved return");
        assertTrue(rules.notReturned(d("2026-06-21"), List.of(out), approvedOnly).get(0).message().contains("逾期 1 天"));
        Facts lateEntry = filedFrom("2026-01-01", Map.of(9L, d("2026-06-10")), Map.of("PASSPORT:E12345678", List.of(d("2026-06-15"))));
        assertTrue(rules.notReturned(d("2026-06-25"), List.of(out), lateEntry).isEmpty(), "came back on the 15th: due the 25th");
        assertEquals(1, rules.notReturned(d("2026-06-26"), List.of(out), lateEntry).size());
    }

    @Test
    void returnedLateIsAFindingReturnedInTimeIsNot() {
        Facts facts = filedFrom("2026-01-01", Map.of(9L, d("2026-06-10")), Map.of());
        DocumentFact inTime = doc("2026-01-01", null, null, move(CustodyMovementKind.HAND_IN, "2026-01-03", null),
                move(CustodyMovementKind.CHECK_OUT, "2026-06-01", 9L), move(CustodyMovementKind.RETURN, "2026-06-20", null));
        assertTrue(rules.notReturned(d("2026-06-30"), List.of(inTime), facts).isEmpty());
        DocumentFact late = doc("2026-01-01", null, null, move(CustodyMovementKind.HAND_IN, "2026-01-03", null),
                move(CustodyMovementKind.CHECK_OUT, "2026-06-01", 9L), move(CustodyMovementKind.RETURN, "2026-06-23", null));
        assertTrue(rules.notReturned(d("2026-06-30"), List.of(late), facts).get(0).message().contains("2026-06-23 才交回，逾期 3 天"));
    }
}
