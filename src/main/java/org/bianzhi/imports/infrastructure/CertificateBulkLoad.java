package org.bianzhi.imports.infrastructure;

import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;
import org.bianzhi.imports.domain.ImportJobRepository.RejectedCell;
import org.bianzhi.shared.infrastructure.Sql;

/**
 * Stores the 出国（境）证明 public security received, set-wise ({@link StagedLoad}), the file as one range. A certificate
 * number is one certificate: a row whose certificate is on record (or earlier in the file) for the same ID number is
 * counted unchanged, so the same file again changes nothing; for another ID number it contradicts the record and is
 * refused.
 */
public final class CertificateBulkLoad extends StagedLoad.WholeFile {

    private static final String COLUMNS = "id_number, person_name, certificate_number, issued_on, issuer";


    public CertificateBulkLoad(DataSource ds, long job, String actor) throws SQLException {
        super(ds, job, actor, "import_certificate_row", COLUMNS);
    }


    @Override
    public Stored store(int from, int to, Faults out, Instant at) throws SQLException {
        out.add(Sql.list(c, "select s.row_no, s.certificate_number, e.id_number from import_certificate_row s join exit_certificate e"
                + " on e.certificate_number = s.certificate_number where" + LIVE + " and e.id_number <> s.id_number",
                r -> new RejectedCell(r.getInt(1), "证明编号", "证明编号 " + r.getString(2) + " 已登记为出具给身份证号 " + r.getString(3)
                        + " 的证明，与本行不符，请核对"), job, from, to));
        out.add(Sql.list(c, "select t.row_no, t.certificate_number, t.first_row from (select s.row_no, s.certificate_number, s.id_number,"
                + " first_value(s.row_no) over (partition by s.certificate_number order by s.row_no) first_row,"
                + " first_value(s.id_number) over (partition by s.certificate_number order by s.row_no) first_id"
                + " from import_certificate_row s where" + LIVE + ") t where t.row_no <> t.first_row and t.id_number <> t.first_id",
                r -> new RejectedCell(r.getInt(1), "证明编号", "证明编号 " + r.getString(2) + " 在第 " + r.getInt(3)
                        + " 行已出具给另一身份证号，请核对"), job, from, to));
        int live = (int) Sql.single(c, "select count(*) from import_certificate_row s where" + LIVE, job, from, to);
        int fresh = Sql.update(c, "update import_certificate_row s set fresh = true where" + LIVE + " and not exists (select 1"
                + " from import_certificate_row r where r.job_id = s.job_id and r.certificate_number = s.certificate_number"
                + " and r.row_no < s.row_no) and not exists (select 1 from exit_certificate e"
                + " where e.certificate_number = s.certificate_number)", job, from, to);
        Sql.update(c, "insert into exit_certificate (id, id_number, person_name, certificate_number, issued_on, issuer, import_job_id,"
                + " import_row, recorded_by, recorded_at) select " + Sql.nextValue(postgres, "exit_certificate_seq")
                + ", s.id_number, s.person_name, s.certificate_number, s.issued_on, s.issuer, ?, s.row_no, ?, ?"
                + " from import_certificate_row s where" + LIVE + " and s.fresh", job, actor, at, job, from, to);
        int unknown = (int) Sql.single(c, "select count(*) from import_certificate_row s where" + LIVE
                + " and not exists (select 1 from person p where p.id_number = s.id_number)", job, from, to);
        if (unknown > 0) notes.add(unknown + " 行的身份证号未在实名库：证明记录已保存，人员登记后自动关联");
        return new Stored(fresh, 0, live - fresh);
    }

}
