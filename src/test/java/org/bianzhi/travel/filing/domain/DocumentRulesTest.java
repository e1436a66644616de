package org.bianzhi.travel.filing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.bianzhi.travel.crossing.domain.Crossing;
import org.bianzhi.travel.crossing.domain.CrossingDirection;
import org.bianzhi.travel.domain.Facts;
import org.bianzhi.travel.domain.PersonTravel;
import org.bianzhi.travel.domain.TravelFinding;
import org.bianzhi.travel.domain.TravelRule;

class DocumentRulesTest {

    @Test
    void aCrossingOnAnUndeclaredDocumentIsFoundOncePerDocument() {
        PersonTravel p = new Facts().approval("S1", "2025-01-01", "2025-01-10", "2025-01-20", "日本")
                .trip("E9", "2025-01-10", "2025-01-20", "日本").person();
        List<TravelFinding> f = DocumentRules.undeclared(p);
        assertEquals(1, f.size());
        assertEquals("PASSPORT:E9", f.get(0).subject());
        assertEquals(Facts.d("2025-01-10"), f.get(0).date());
        assertTrue(f.get(0).message().contains("未向组织报告") && f.get(0).message().contains("共 2 次"), f.get(0).message());
    }

    @Test
    void declaredOnTheCrossingDayIsNotFound() {
        PersonTravel p = new Facts().document("E9", null, "2025-01-10").trip("E9", "2025-01-10", "2025-01-20", "日本").person();
        assertEquals(List.of(), DocumentRules.undeclared(p));
    }

    @Test
    void declaredTheDayAfterIsFoundWithTheDayItWasDeclared() {
        PersonTravel p = new Facts().document("E9", null, "2025-01-11").trip("E9", "2025-01-10", null, "日本").person();
        List<TravelFinding> f = DocumentRules.undeclared(p);
        assertEquals(1, f.size());
        assertTrue(f.get(0).message().contains("2025-01-11 才向组织报告"), f.get(0).message());
    }

    @Test
    void crossingsBeforeTheFilingAreNotJudged() {
        PersonTravel p = new Facts().filed("2025-02-01", null).trip("E9", "2025-01-10", "2025-01-20", "日本").person();
        assertEquals(List.of(), DocumentRules.undeclared(p));
    }

    @Test
    void aDocumentIssuedWhileFiledWithoutAnApprovalIsFound() {
        PersonTravel p = new Facts().document("E9", "2025-03-01", "2025-03-02")
                .approval("S1", "2025-03-02", "2025-03-05", "2025-03-10", "日本").person();
        List<TravelFinding> f = DocumentRules.obtainedWithoutApproval(p);
        assertEquals(1, f.size());
        assertEquals(TravelRule.DOCUMENT_OBTAINED_WITHOUT_APPROVAL, f.get(0).rule());
        assertEquals("PASSPORT:E9", f.get(0).subject());
        assertEquals(Facts.d("2025-03-01"), f.get(0).date());
    }

    @Test
    void approvedOnTheDayOfIssueIsNotFound() {
        PersonTravel p = new Facts().document("E9", "2025-03-01", "2025-03-02")
                .approval("S1", "2025-03-01", "2025-03-05", "2025-03-10", "日本").person();
        assertEquals(List.of(), DocumentRules.obtainedWithoutApproval(p));
    }

    @Test
    void anApprovalWhoseReturnIsBeforeTheIssueDoesNotCoverIt() {
        PersonTravel p = new Facts().document("E9", "2025-03-11", "2025-03-12")
                .approval("S1", "2025-03-01", "2025-03-05", "2025-03-10", "日本").person();
        assertEquals(1, DocumentRules.obtainedWithoutApproval(p).size());
        PersonTravel onTheDay = new Facts().document("E9", "2025-03-10", "2025-03-12")
                .approval("S1", "2025-03-01", "2025-03-05", "2025-03-10", "日本").person();
        assertEquals(List.of(), DocumentRules.obtainedWithoutApproval(onTheDay));
    }

    @Test
    void aDocumentIssuedBeforeTheFilingIsNotFound() {
        PersonTravel p = new Facts().filed("2025-01-01", null).document("E9", "2024-12-31", "2025-01-02").person();
        assertEquals(List.of(), DocumentRules.obtainedWithoutApproval(p));
        PersonTravel afterEnd = new Facts().filed("2024-01-01", "2025-01-01").document("E9", "2025-01-01", "2025-01-02").person();
        assertEquals(List.of(), DocumentRules.obtainedWithoutApproval(afterEnd), "valid_to is exclusive");
    }

    private static Facts handedIn(String on) {
        return new Facts().document("E9", null, "2024-02-01").document("E8", null, "2024-02-01")
                .custody("E9", CustodyMovementKind.HAND_IN, on);
    }

    @Test
    void aCrossingOnADocumentHeldInTheSafeIsFoundPerCrossing() {
        PersonTravel p = handedIn("2026-03-01").trip("E9", "2026-04-10", "2026-04-20", "日本").person();
        List<TravelFinding> f = DocumentRules.crossingWhileInCustody(p);
        assertEquals(List.of("PASSPORT:E9@2026-04-10:EXIT", "PASSPORT:E9@2026-04-20:ENTRY"), f.stream().map(TravelFinding::subject).toList());
        assertEquals(TravelRule.CROSSING_WHILE_IN_CUSTODY, f.get(0).rule());
        assertEquals(Facts.d("2026-04-10"), f.get(0).date());
        assertTrue(f.get(0).message().contains("2026-04-10 持因私护照 E9出境") && f.get(0).message().contains("自 2026-03-01 起由组织集中保管"),
                f.get(0).message());
    }

    @Test
    void checkedOutForTheTripIsNotFound() {
        PersonTravel p = handedIn("2026-03-01").custody("E9", CustodyMovementKind.CHECK_OUT, "2026-04-08")
                .custody("E9", CustodyMovementKind.RETURN, "2026-04-22")
                .approval("S1", "2026-04-01", "2026-04-10", "2026-04-20", "日本")
                .trip("E9", "2026-04-10", "2026-04-20", "日本").person();
        assertEquals(List.of(), DocumentRules.crossingWhileInCustody(p));
    }

    @Test
    void movedOnTheCrossingDayIsNotClaimed() {
        PersonTravel p = handedIn("2026-03-01").custody("E9", CustodyMovementKind.CHECK_OUT, "2026-04-10")
                .custody("E9", CustodyMovementKind.RETURN, "2026-04-20")
                .trip("E9", "2026-04-10", "2026-04-20", "日本").person();
        assertEquals(List.of(), DocumentRules.crossingWhileInCustody(p), "taken out the morning of the exit, back the evening of the entry");
    }

    @Test
    void handedInAfterTheCrossingIsNotFound() {
        PersonTravel p = handedIn("2026-04-21").trip("E9", "2026-04-10", "2026-04-20", "日本").person();
        assertEquals(List.of(), DocumentRules.crossingWhileInCustody(p));
    }

    @Test
    void aCrossingAfterTheReturnIsFoundWithTheReturnDay() {
        PersonTravel p = handedIn("2026-03-01").custody("E9", CustodyMovementKind.CHECK_OUT, "2026-04-08")
                .custody("E9", CustodyMovementKind.RETURN, "2026-04-22").trip("E9", "2026-05-01", null, "泰国").person();
        List<TravelFinding> f = DocumentRules.crossingWhileInCustody(p);
        assertEquals(1, f.size());
        assertTrue(f.get(0).message().contains("自 2026-04-22 起由组织集中保管（归还）"), f.get(0).message());
    }

    @Test
    void aCrossingOnAnotherDocumentIsNotFound() {
        PersonTravel p = handedIn("2026-03-01").trip("E8", "2026-04-10", "2026-04-20", "日本").person();
        assertEquals(List.of(), DocumentRules.crossingWhileInCustody(p), "E8 was never handed in: 应交尽交 finds that, not this rule");
        PersonTravel permit = handedIn("2026-03-01").person();
        List<Crossing> onPermit = List.of(new Crossing(DocumentType.HK_MACAO_PERMIT, "E9", CrossingDirection.EXIT, Facts.d("2026-04-10"), "罗湖", "香港"));
        assertEquals(List.of(), DocumentRules.crossingWhileInCustody(new PersonTravel(7, permit.filings(), permit.documents(), onPermit,
                List.of(), List.of())), "the same number on another type of document");
    }

    @Test
    void releasedToThePersonIsNotFound() {
        PersonTravel p = handedIn("2026-03-01").custody("E9", CustodyMovementKind.RELEASE, "2026-04-01")
                .trip("E9", "2026-04-10", null, "日本").person();
        assertEquals(List.of(), DocumentRules.crossingWhileInCustody(p));
    }
}
