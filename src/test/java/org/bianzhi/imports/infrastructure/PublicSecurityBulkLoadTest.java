package org.bianzhi.imports.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.bianzhi.imports.domain.ImportKind;
import org.bianzhi.imports.domain.StagedCertificateRow;
import org.bianzhi.imports.domain.StagedIssuanceRow;
import org.bianzhi.imports.infrastructure.StagedLoad.Stored;
import org.bianzhi.testdb.EachDatabase;
import org.bianzhi.testdb.TestDb;

/** The stores of 证件签发记录 and 出国（境）证明: each record once, a contradiction refused naming the row, re-import changes nothing. */
class PublicSecurityBulkLoadTest {

    private static StagedImport issuances(TestDb db, List<StagedIssuanceRow> rows) throws SQLException {
        return StagedImport.of(db, ImportKind.DOCUMENT_ISSUANCES, (d, job) -> new IssuanceBulkLoad(d.dataSource(), job, "clerk"), 0, rows);
    }

    private static StagedImport certificates(TestDb db, List<StagedCertificateRow> rows) throws SQLException {
        return StagedImport.of(db, ImportKind.EXIT_CERTIFICATES, (d, job) -> new CertificateBulkLoad(d.dataSource(), job, "clerk"), 0, rows);
    }

    private static StagedIssuanceRow passport(int row, String id, String number, String issued) {
        return new StagedIssuanceRow(row, id, "张三", "PASSPORT", number, LocalDate.parse(issued), "示例市公安局出入境管理支队");
    }

    @EachDatabase
    void eachDocumentIsStoredOnceAndTheSameFileAgainChangesNothing(TestDb db) throws SQLException {
        String id = StagedImport.idNumber();
        String number = "E" + id.substring(10);
        List<StagedIssuanceRow> file = List.of(passport(2, id, number, "2025-01-01"), passport(3, id, number, "2025-01-01"),
                new StagedIssuanceRow(4, id, "张三", "HK_MACAO_PERMIT", number.replace('E', 'C'), LocalDate.parse("2025-02-01"), "某局"));

        StagedImport first = issuances(db, file);

        assertEquals(new Stored(2, 0, 1), first.stored);
        assertEquals(List.of(), first.rejections());
        assertEquals(List.of("3 行的身份证号未在实名库：签发记录已保存，人员登记后自动关联"), first.notes);
        assertEquals(new Stored(0, 0, 3), issuances(db, file).stored);
        assertEquals(2, db.single("select count(*) from document_issuance where id_number = ?", id));
    }

    @EachDatabase
    void aNumberIssuedToAnotherPersonOrOnAnotherDayIsRefusedWithItsRow(TestDb db) throws SQLException {
        String id = StagedImport.idNumber();
        String other = StagedImport.idNumber();
        String number = "E" + id.substring(10);
        issuances(db, List.of(passport(2, id, number, "2025-01-01")));

        StagedImport run = issuances(db, List.of(passport(2, other, number, "2025-01-01"), passport(3, id, number, "2025-01-02"),
                passport(4, other, "G" + other.substring(10), "2025-03-01"), passport(5, id, "G" + other.substring(10), "2025-03-01")));

        assertEquals(List.of(2, 3, 5), run.rejectedRows());
        assertEquals("证件号码", run.rejections().get(0).column());
        assertTrue(run.rejections().get(0).reason().contains(id), run.rejections().get(0).reason());
        assertTrue(run.rejections().get(2).reason().contains("第 4 行"), run.rejections().get(2).reason());
        assertEquals(new Stored(1, 0, 0), run.stored);
    }

    @EachDatabase
    void eachCertificateIsStoredOnceAndAContradictionIsRefused(TestDb db) throws SQLException {
        String id = StagedImport.idNumber();
        String other = StagedImport.idNumber();
        String number = "证〔2025〕" + id.substring(12) + "号";
        List<StagedCertificateRow> file = List.of(new StagedCertificateRow(2, id, "李四", number, LocalDate.parse("2025-04-01"), "示例县教育局"),
                new StagedCertificateRow(3, id, "李四", number, LocalDate.parse("2025-04-01"), "示例县教育局"));

        assertEquals(new Stored(1, 0, 1), certificates(db, file).stored);
        assertEquals(new Stored(0, 0, 2), certificates(db, file).stored);
        StagedImport clash = certificates(db, List.of(new StagedCertificateRow(2, other, "王五", number, LocalDate.parse("2025-04-01"), "某单位")));
        assertEquals(List.of(2), clash.rejectedRows());
        assertEquals("证明编号", clash.rejections().get(0).column());
        assertEquals(1, db.single("select count(*) from exit_certificate where certificate_number = ?", number));
    }
}
