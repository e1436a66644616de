package org.bianzhi.travel.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

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
}
