package org.bianzhi.travel.crossing.domain;

import static org.bianzhi.travel.domain.Facts.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.bianzhi.travel.casework.domain.ProblemClass;
import org.bianzhi.travel.domain.Facts;
import org.bianzhi.travel.domain.PersonTravel;
import org.bianzhi.travel.domain.TravelFinding;
import org.bianzhi.travel.domain.TravelRule;
import org.bianzhi.travel.filing.domain.DocumentRules;
import org.bianzhi.travel.filing.domain.DocumentType;

/** Seed 002's three classes for the police on plain facts, with their near misses. */
class PublicSecurityRulesTest {

    private static PoliceRecords.Issuance passport(String number, String issued) {
        return new PoliceRecords.Issuance(DocumentType.PASSPORT, number, d(issued), "示例市公安局出入境管理支队");
    }

    private static PoliceRecords issued(PoliceRecords.Issuance... issuances) {
        return new PoliceRecords(List.of(issuances), Set.of(), List.of(), List.of());
    }

    private static PoliceRecords certificates(String department, PoliceRecords.Certificate... certificates) {
        return new PoliceRecords(List.of(), Set.of(), List.of(certificates),
                List.of(new PoliceRecords.Department(d("2024-01-01"), null, department)));
    }

    // ---- 违规办理证件 from the issuance records ----

    @Test
    void aDocumentPublicSecurityIssuedWhileFiledWithoutApprovalIsFoundWithItsAuthority() {
        List<TravelFinding> f = PublicSecurityRules.obtainedWithoutApproval(new Facts().person(), issued(passport("E9", "2025-03-01")));
        assertEquals(1, f.size());
        assertEquals("DOCUMENT_OBTAINED_WITHOUT_APPROVAL|7|PASSPORT:E9", f.get(0).key());
        assertEquals(d("2025-03-01"), f.get(0).date());
        assertTrue(f.get(0).message().contains("示例市公安局出入境管理支队"), f.get(0).message());
    }

    @Test
    void aDocumentBothDeclaredAndIssuedIsOneFindingDatedByTheIssuanceRecord() {
        PersonTravel p = new Facts().document("E9", "2025-03-05", "2025-03-10").person();
        List<TravelFinding> f = PublicSecurityRules.obtainedWithoutApproval(p, issued(passport("E9", "2025-03-01")));
        assertEquals(1, f.size(), "not two findings of one document");
        assertEquals(d("2025-03-01"), f.get(0).date(), "public security's day of issue, not the one the holder declared");
    }

    @Test
    void anIssuanceCoveredByAnApprovalOrBeforeTheFilingIsNotFound() {
        PersonTravel approved = new Facts().approval("S1", "2025-03-01", "2025-03-05", "2025-03-10", "日本").person();
        assertEquals(List.of(), PublicSecurityRules.obtainedWithoutApproval(approved, issued(passport("E9", "2025-03-01"))),
                "approved on the day of issue");
        PersonTravel filedLater = new Facts().filed("2025-03-02", null).person();
        assertEquals(List.of(), PublicSecurityRules.obtainedWithoutApproval(filedLater, issued(passport("E9", "2025-03-01"))),
                "issued the day before the filing");
        assertEquals(1, PublicSecurityRules.obtainedWithoutApproval(new Facts().filed("2025-03-01", null).person(),
                issued(passport("E9", "2025-03-01"))).size(), "issued on the filing's first day");
    }

    // ---- 未按干部管理权限出具证明 ----

    @Test
    void aCertificateFromAUnitOtherThanTheDepartmentIsFound() {
        PoliceRecords r = certificates("中共示例县委组织部",
                new PoliceRecords.Certificate("证〔2025〕1号", d("2025-04-01"), "示例县教育局"),
                new PoliceRecords.Certificate("证〔2025〕2号", d("2025-04-02"), " 中共示例县委组织部 "),
                new PoliceRecords.Certificate("证〔2025〕3号", d("2025-04-03"), "中共示例县委组织部"));
        List<TravelFinding> f = PublicSecurityRules.certificateOutsideAuthority(new Facts().person(), r);
        assertEquals(1, f.size(), "blanks and full-width forms do not make another unit");
        assertEquals("CERTIFICATE:证〔2025〕1号", f.get(0).subject());
        assertEquals(TravelRule.CERTIFICATE_OUTSIDE_AUTHORITY, f.get(0).rule());
        assertTrue(f.get(0).message().contains("示例县教育局") && f.get(0).message().contains("中共示例县委组织部"), f.get(0).message());
    }

    @Test
    void theDepartmentIsTheOneOfTheFilingInForceOnTheDayOfTheCertificate() {
        PersonTravel p = new Facts().filed("2024-01-01", null).person();
        PoliceRecords r = new PoliceRecords(List.of(), Set.of(), List.of(
                new PoliceRecords.Certificate("C1", d("2025-05-31"), "中共示例市委组织部"),
                new PoliceRecords.Certificate("C2", d("2025-06-01"), "中共示例市委组织部")),
                List.of(new PoliceRecords.Department(d("2024-01-01"), d("2025-06-01"), "中共示例县委组织部"),
                        new PoliceRecords.Department(d("2025-06-01"), null, "中共示例市委组织部")));
        assertEquals(List.of("CERTIFICATE:C1"), PublicSecurityRules.certificateOutsideAuthority(p, r).stream().map(TravelFinding::subject).toList(),
                "promoted to a city-managed post on 06-01: the city's department certifies from that day");
    }

    @Test
    void aCertificateForSomeoneNotFiledThatDayIsNotJudged() {
        PersonTravel p = new Facts().filed("2025-05-01", null).person();
        PoliceRecords r = certificates("中共示例县委组织部", new PoliceRecords.Certificate("C1", d("2025-04-30"), "示例县教育局"));
        assertEquals(List.of(), PublicSecurityRules.certificateOutsideAuthority(p, r));
    }

    // ---- 伪造证件 ----

    @Test
    void aCrossingOnANumberPublicSecurityNeverIssuedIsForgedOncePerDocument() {
        PersonTravel p = new Facts().trip("E1", "2025-05-01", "2025-05-08", "日本").trip("G7", "2025-06-01", "2025-06-05", "泰国").person();
        List<TravelFinding> f = PublicSecurityRules.forged(p, issued(passport("E1", "2020-01-01")));
        assertEquals(1, f.size());
        assertEquals("DOCUMENT_FORGED|7|PASSPORT:G7", f.get(0).key());
        assertEquals(d("2025-06-01"), f.get(0).date());
        assertTrue(f.get(0).message().contains("无此证件号码") && f.get(0).message().contains("共 2 次")
                && f.get(0).message().contains("移交公安机关"), f.get(0).message());
        assertEquals(ProblemClass.FORGED_DOCUMENT, f.get(0).rule().problemClass());
    }

    @Test
    void withoutAnIssuanceRecordOfTheTypeNothingIsJudged() {
        PersonTravel p = new Facts().trip("G7", "2025-06-01", "2025-06-05", "泰国").person();
        assertEquals(List.of(), PublicSecurityRules.forged(p, PoliceRecords.NONE), "no issuance file imported");
        PoliceRecords permitOnly = issued(new PoliceRecords.Issuance(DocumentType.HK_MACAO_PERMIT, "C1", d("2020-01-01"), "某局"));
        assertEquals(List.of(), PublicSecurityRules.forged(p, permitOnly), "the records answer for permits, not passports");
    }

    @Test
    void crossingsBeforeTheFirstIssuanceOfTheTypeAreNotJudgedFromThenOnTheyAre() {
        PersonTravel p = new Facts().trip("E0", "2019-12-31", null, "日本").trip("E0", "2020-01-01", null, "日本")
                .trip("E0", "2020-01-02", null, "日本").person();
        List<TravelFinding> f = PublicSecurityRules.forged(p, issued(passport("E1", "2020-01-01")));
        assertEquals(1, f.size());
        assertEquals(d("2020-01-01"), f.get(0).date(), "the day before the first record is not judged, the day of it is");
        assertTrue(f.get(0).message().contains("共 2 次"), f.get(0).message());
    }

    @Test
    void aNumberUsedBeforePublicSecurityIssuedItOrIssuedToSomeoneElseIsForged() {
        PersonTravel early = new Facts().trip("E2", "2024-12-31", null, "日本").trip("E2", "2025-01-01", null, "日本").person();
        List<TravelFinding> f = PublicSecurityRules.forged(early, issued(passport("E1", "2020-01-01"), passport("E2", "2025-01-01")));
        assertEquals(1, f.size());
        assertTrue(f.get(0).message().contains("2025-01-01 才签发"), f.get(0).message());
        assertEquals(d("2024-12-31"), f.get(0).date(), "on the day of issue it is the person's own document");

        PersonTravel borrowed = new Facts().trip("E3", "2025-02-01", null, "日本").person();
        List<TravelFinding> g = PublicSecurityRules.forged(borrowed, new PoliceRecords(new ArrayList<>(List.of(passport("E1", "2020-01-01"))),
                Set.of("PASSPORT:E3"), List.of(), List.of()));
        assertTrue(g.get(0).message().contains("签发给他人"), g.get(0).message());
    }

    @Test
    void theDeclaredDocumentsAloneGiveWhatTheyGaveBefore() {
        PersonTravel p = new Facts().document("E9", "2025-03-01", "2025-03-02").person();
        assertEquals(DocumentRules.obtainedWithoutApproval(p), PublicSecurityRules.obtainedWithoutApproval(p, PoliceRecords.NONE));
        assertEquals("因私护照 E9 于 2025-03-01 签发，本人当时为登记备案人员，无经批准的因私出国（境）申请",
                DocumentRules.obtainedWithoutApproval(p).get(0).message());
    }
}
