package org.bianzhi.imports.infrastructure;

import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;
import org.bianzhi.imports.domain.ImportJobRepository.RejectedCell;
import org.bianzhi.shared.infrastructure.Sql;

/**
 * Stores public security's 证件签发记录 set-wise ({@link StagedLoad}), the file as one range. A document number of a type
 * is issued once: a row whose document is on record (or earlier in the file) for the same ID number and day of issue
 * is counted unchanged, so the same file again changes nothing; for another ID number or day it contradicts the record
 * and is refused, naming what is on record. Records of ID numbers the registry does not know are kept (a person
 * registered later is found: the checks join by ID number).
 */
public final class IssuanceBulkLoad extends StagedLoad.WholeFile {

    private static final String COLUMNS = "id_number, person_name, doc_type, doc_number, issued_on, authority";


    public IssuanceBulkLoad(DataSource ds, long job, String actor) throws SQLException {
        super(ds, job, actor, "import_issuance_row", COLUMNS);
    }


    @Override
    public Stored store(int from, int to, Faults out, Instant at) throws SQLException {
        out.add(Sql.list(c, "select s.row_no, s.doc_number, d.id_number, d.issued_on from import_issuance_row s join document_issuance d"
                + " on d.doc_type = s.doc_type and d.doc_number = s.doc_number where" + LIVE
                + " and (d.id_number <> s.id_number or d.issued_on <> s.issued_on)",
                r -> new RejectedCell(r.getInt(1), "证件号码", "证件号码 " + r.getString(2) + " 已登记为 " + r.getDate(4) + " 签发给身份证号 "
                        + r.getString(3) + " 的证件，与本行不符：同一证件号码只签发一次，请核对"), job, from, to));
        out.add(Sql.list(c, "select t.row_no, t.doc_number, t.first_row from (select s.row_no, s.doc_number, s.id_number, s.issued_on,"
                + " first_value(s.row_no) over (partition by s.doc_type, s.doc_number order by s.row_no) first_row,"
                + " first_value(s.id_number) over (partition by s.doc_type, s.doc_number order by s.row_no) first_id,"
                + " first_value(s.issued_on) over (partition by s.doc_type, s.doc_number order by s.row_no) first_on"
                + " from import_issuance_row s where" + LIVE + ") t where t.row_no <> t.first_row"
                + " and (t.id_number <> t.first_id or t.issued_on <> t.first_on)",
                r -> new RejectedCell(r.getInt(1), "证件号码", "证件号码 " + r.getString(2) + " 在第 " + r.getInt(3)
                        + " 行已签发给另一身份证号或另一日期：同一证件号码只签发一次，请核对"), job, from, to));
        int live = (int) Sql.single(c, "select count(*) from import_issuance_row s where" + LIVE, job, from, to);
        int fresh = Sql.update(c, "update import_issuance_row s set fresh = true where" + LIVE + " and not exists (select 1"
                + " from import_issuance_row r where r.job_id = s.job_id and r.doc_type = s.doc_type and r.doc_number = s.doc_number"
                + " and r.row_no < s.row_no) and not exists (select 1 from document_issuance d where d.doc_type = s.doc_type"
                + " and d.doc_number = s.doc_number)", job, from, to);
        Sql.update(c, "insert into document_issuance (id, id_number, person_name, doc_type, doc_number, issued_on, authority,"
                + " import_job_id, import_row, recorded_by, recorded_at) select " + Sql.nextValue(postgres, "document_issuance_seq")
                + ", s.id_number, s.person_name, s.doc_type, s.doc_number, s.issued_on, s.authority, ?, s.row_no, ?, ?"
                + " from import_issuance_row s where" + LIVE + " and s.fresh", job, actor, at, job, from, to);
        int unknown = (int) Sql.single(c, "select count(*) from import_issuance_row s where" + LIVE
                + " and not exists (select 1 from person p where p.id_number = s.id_number)", job, from, to);
        if (unknown > 0) notes.add(unknown + " 行的身份证号未在实名库：签发记录已保存，人员登记后自动关联");
        return new Stored(fresh, 0, live - fresh);
    }

}
