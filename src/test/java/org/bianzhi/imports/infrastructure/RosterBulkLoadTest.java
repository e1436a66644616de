package org.bianzhi.imports.infrastructure;

import static org.bianzhi.imports.infrastructure.StagedImport.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.bianzhi.imports.domain.StagedRosterRow;
import org.bianzhi.shared.application.PeopleChanged;
import org.bianzhi.imports.infrastructure.StagedImport.Line;
import org.bianzhi.imports.infrastructure.StagedLoad.Stored;
import org.bianzhi.shared.infrastructure.Sql;
import org.bianzhi.testdb.EachDatabase;
import org.bianzhi.testdb.TestDb;

/** What a roster's rows become (RosterBulkLoad): records as found, nothing twice, history kept. */
class RosterBulkLoadTest {

    private static final String BASIS = "测试导入〔2026〕1号";

    /** The person's records of one table as "unit code|type|valid from|valid to|recorded by|basis", oldest first. */
    private static List<String> records(TestDb db, String table, String typeColumn, String idNumber) throws SQLException {
        return Sql.list(db.connection(), "select u.code, r." + typeColumn + ", r.valid_from, r.valid_to, r.recorded_by, r.basis_document"
                + " from " + table + " r join person p on p.id = r.person_id join unit u on u.id = r.unit_id"
                + " where p.id_number = ? order by r.valid_from, r.id", rs -> rs.getString(1) + "|" + rs.getString(2) + "|"
                + rs.getDate(3) + "|" + rs.getDate(4) + "|" + rs.getString(5) + "|" + rs.getString(6), idNumber);
    }

    /** An organ set up long before the entry dates of the rows. */
    private static String organ(TestDb db, String name) throws SQLException {
        return db.codeOf(db.unit("ORGAN", name, null, "COUNTY", "1990-01-01"));
    }

    private static long count(TestDb db, String table) throws SQLException {
        return db.single("select count(*) from " + table);
    }

    /** The person's 职务层次 / 户口所在地 versions as "value|from|to|basis", oldest first. */
    private static List<String> facts(TestDb db, String kind, String idNumber) throws SQLException {
        return Sql.list(db.connection(), "select f.fact_value, f.valid_from, f.valid_to, f.basis_document from person_fact f"
                + " join person p on p.id = f.person_id where p.id_number = ? and f.kind = ? order by f.valid_from, f.id",
                rs -> rs.getString(1) + "|" + rs.getDate(2) + "|" + rs.getDate(3) + "|" + rs.getString(4), idNumber, kind);
    }

    @EachDatabase
    void rankAndHouseholdAreRecordedFromTheSnapshotDayAndAChangeStartsANewVersion(TestDb db) throws SQLException {
        String code = organ(db, "瑞安市档案局");
        String id = StagedImport.idNumber();
        Line first = Line.of(2, code).id(id, "欧阳明").entry("2010-08-01").leads("UNIT_PRINCIPAL").facts("TOWNSHIP", "浙江省瑞安市安阳街道");
        StagedImport.roster(db, java.time.LocalDate.of(2025, 12, 31), rows(first));
        assertEquals(List.of("TOWNSHIP|2025-12-31|null|" + BASIS), facts(db, "RANK", id));

        // promoted; same household; the last row of the person decides, a row without the columns changes nothing
        Line promoted = Line.of(2, code).id(id, "欧阳明").entry("2010-08-01").leads("UNIT_PRINCIPAL").facts("COUNTY", "浙江省瑞安市安阳街道");
        Line bare = Line.of(3, code).id(id, "欧阳明").entry("2010-08-01");
        StagedImport again = StagedImport.roster(db, java.time.LocalDate.of(2026, 6, 30), rows(promoted, bare));
        assertEquals(List.of("TOWNSHIP|2025-12-31|2026-06-30|" + BASIS, "COUNTY|2026-06-30|null|" + BASIS), facts(db, "RANK", id),
                "the old rank is closed, not overwritten");
        assertEquals(List.of("浙江省瑞安市安阳街道|2025-12-31|null|" + BASIS), facts(db, "HOUSEHOLD", id));
        assertEquals(new Stored(1, 0, 1), again.stored, "the promotion is the row's change");

        // an older roster (数据时点 before the version on record) does not undo the newer fact
        StagedImport.roster(db, java.time.LocalDate.of(2026, 1, 31), rows(first));
        assertEquals(2, facts(db, "RANK", id).size());
        assertEquals("COUNTY|2026-06-30|null|" + BASIS, facts(db, "RANK", id).get(1));
    }

    @EachDatabase
    void rowsBecomePeopleWithTheirOccupancyPostingAndLeadershipRecordedAsTheSubmittersWork(TestDb db) throws SQLException {
        String code = organ(db, "瑞安市水利局");
        Line chief = Line.of(2, code).id(StagedImport.idNumber(), "陈一").entry("2000-08-01").leads("UNIT_PRINCIPAL");
        Line contractor = Line.of(3, code).id(StagedImport.idNumber(), "吴二").withoutQuota().post(code, "ORGAN_WORKER_POST", null);

        StagedImport run = StagedImport.roster(db, rows(chief, contractor));

        assertEquals(new Stored(2, 0, 0), run.stored);
        assertEquals(List.of(code + "|ADMINISTRATIVE|2000-08-01|null|clerk|" + BASIS), records(db, "occupancy", "quota_type", chief.id));
        assertEquals(List.of(code + "|ADMINISTRATIVE_POST|2000-08-01|null|clerk|" + BASIS), records(db, "posting", "post_type", chief.id));
        assertEquals(List.of(code + "|UNIT_PRINCIPAL|2000-08-01|null|clerk|" + BASIS), records(db, "appointment", "category", chief.id));
        assertEquals("Z2021-00001", Sql.list(db.connection(), "select o.increase_notice_no from occupancy o join person p"
                + " on p.id = o.person_id where p.id_number = ?", r -> r.getString(1), chief.id).get(0));
        // 编外: a person and a posting from the snapshot day, no occupancy
        assertEquals(List.of(), records(db, "occupancy", "quota_type", contractor.id));
        assertEquals(List.of(code + "|ORGAN_WORKER_POST|2026-06-30|null|clerk|" + BASIS), records(db, "posting", "post_type", contractor.id));
        assertEquals(List.of("吴二|NON_ESTABLISHMENT|clerk"), Sql.list(db.connection(), "select name, identity, recorded_by from person"
                + " where id_number = ?", r -> r.getString(1) + "|" + r.getString(2) + "|" + r.getString(3), contractor.id));
        // each row that created something names the job and its row in the person's change log
        assertEquals(List.of("{\"importJob\":" + run.job + ",\"row\":2}", "{\"importJob\":" + run.job + ",\"row\":3}"),
                Sql.list(db.connection(), "select after_state from change_log where action = '批量导入登记' and after_state like ?"
                        + " order by after_state", r -> r.getString(1), "{\"importJob\":" + run.job + ",%"));
        assertEquals(2, db.single("select rows_created from import_job where id = ?", run.job), "the counts are committed with the rows");
        assertEquals(0, db.single("select count(*) from import_roster_row where job_id = ?", run.job), "staged rows discarded");
    }

    @EachDatabase
    void importingTheSameRowsAgainStoresNothingAndCountsThemUnchanged(TestDb db) throws SQLException {
        String code = organ(db, "瑞安市审计局");
        Line seconded = Line.of(3, code).post(organ(db, "瑞安市委办"), "ADMINISTRATIVE_POST", "2025-01-01");
        seconded.arrangement = "SECONDMENT";
        seconded.secondmentEnd = java.time.LocalDate.of(2026, 12, 31);
        var file = rows(Line.of(2, code).leads("UNIT_DEPUTY"), seconded, Line.of(4, code).withoutQuota());
        StagedImport.roster(db, file);
        List<Long> before = List.of(count(db, "person"), count(db, "occupancy"), count(db, "posting"), count(db, "appointment"),
                count(db, "change_log"));

        StagedImport again = StagedImport.roster(db, file);

        assertEquals(new Stored(0, 0, 3), again.stored);
        assertEquals(before, List.of(count(db, "person"), count(db, "occupancy"), count(db, "posting"), count(db, "appointment"),
                count(db, "change_log")));
    }

    @EachDatabase
    void aChangedRowOpensItsNewRecordFromItsOwnDateAndLeavesTheRecordOnFileAsItWas(TestDb db) throws SQLException {
        String bureau = organ(db, "瑞安市农业农村局");
        String office = organ(db, "瑞安市乡村振兴办");
        Line line = Line.of(2, bureau).id(StagedImport.idNumber(), "蒋三").entry("2018-03-01");
        StagedImport.roster(db, rows(line));
        List<String> occupancy = records(db, "occupancy", "quota_type", line.id);

        // the next year's roster: the same occupancy, now working in the office from 2025-03-01
        StagedImport changed = StagedImport.roster(db, rows(line.post(office, "ADMINISTRATIVE_POST", "2025-03-01")));

        assertEquals(new Stored(1, 0, 0), changed.stored);
        assertEquals(occupancy, records(db, "occupancy", "quota_type", line.id));
        // registered as found: the earlier posting is not overwritten (nor ended: two regular posts are the audit's finding)
        assertEquals(List.of(bureau + "|ADMINISTRATIVE_POST|2018-03-01|null|clerk|" + BASIS,
                office + "|ADMINISTRATIVE_POST|2025-03-01|null|clerk|" + BASIS), records(db, "posting", "post_type", line.id));
        // an open occupancy of the same unit and type is the same occupancy: a different entry date does not replace it
        assertEquals(new Stored(0, 0, 1), StagedImport.roster(db, rows(line.entry("2019-03-01"))).stored);
        assertEquals(occupancy, records(db, "occupancy", "quota_type", line.id));
    }

    @EachDatabase
    void rowsOfOnePersonWithTheSameQuotaUnitAndTypeAreOneOccupancyFromTheFirstRow(TestDb db) throws SQLException {
        String bureau = organ(db, "瑞安市公安局");
        String court = organ(db, "瑞安市人民法院");
        String id = StagedImport.idNumber();

        StagedImport run = StagedImport.roster(db, rows(Line.of(2, bureau).id(id, "林四").entry("2001-01-01"),
                Line.of(3, bureau).id(id, "林四").entry("2009-09-09").post(court, "ADMINISTRATIVE_POST", "2024-05-01"),
                Line.of(4, court).id(id, "林四").entry("2010-01-01")));

        assertEquals(new Stored(3, 0, 0), run.stored);
        assertEquals(1, db.single("select count(*) from person where id_number = ?", id));
        // one ID on two quota units is stored as found (DUPLICATE_OCCUPANCY is the audit's to report)
        assertEquals(List.of(bureau + "|ADMINISTRATIVE|2001-01-01|null|clerk|" + BASIS, court + "|ADMINISTRATIVE|2010-01-01|null|clerk|" + BASIS),
                records(db, "occupancy", "quota_type", id));
        assertEquals(List.of(bureau + "|ADMINISTRATIVE_POST|2001-01-01|null|clerk|" + BASIS,
                court + "|ADMINISTRATIVE_POST|2024-05-01|null|clerk|" + BASIS), records(db, "posting", "post_type", id));
    }

    @EachDatabase
    void theOutcomeAndItsCountsDoNotDependOnWhereTheRangesEnd(TestDb db) throws SQLException {
        String code = organ(db, "瑞安市统计局");
        String other = organ(db, "瑞安市统计调查队");
        for (int range = 1; range <= 6; range++) {
            String twice = StagedImport.idNumber();
            String repeated = StagedImport.idNumber();
            Line first = Line.of(2, code).id(repeated, "许五");
            Line copy = Line.of(5, code).id(repeated, "许五");
            StagedImport run = StagedImport.roster(db, null, range, rows(first, Line.of(3, code).id(twice, "许六"),
                    Line.of(4, other).id(twice, "许六"), copy, Line.of(6, code), Line.of(7, other).withoutQuota()));

            // as if registered row by row: row 5 repeats row 2 and creates nothing
            assertEquals(new Stored(5, 0, 1), run.stored, "ranges of " + range);
            assertEquals(5, db.single("select count(*) from change_log where after_state like ?", "{\"importJob\":" + run.job + ",%"),
                    "ranges of " + range);
            assertEquals(List.of(1L, 2L), List.of(db.single("select count(*) from occupancy o join person p on p.id = o.person_id"
                    + " where p.id_number = ?", repeated), db.single("select count(*) from occupancy o join person p"
                    + " on p.id = o.person_id where p.id_number = ?", twice)), "ranges of " + range);
        }
    }

    @EachDatabase
    void theChangedPeopleAreThoseWhoseRowsCreatedSomethingAtTheUnitsOfTheirRows(TestDb db) throws SQLException {
        long bureauId = db.unit("ORGAN", "瑞安市民政局", null, "COUNTY", "1990-01-01");
        long officeId = db.unit("ORGAN", "瑞安市婚姻登记处", null, "COUNTY", "1990-01-01");
        String bureau = db.codeOf(bureauId);
        String office = db.codeOf(officeId);
        Line same = Line.of(2, bureau).id(StagedImport.idNumber(), "钱一");
        Line moved = Line.of(3, bureau).id(StagedImport.idNumber(), "钱二");
        Line promoted = Line.of(4, bureau).id(StagedImport.idNumber(), "钱三").facts("TOWNSHIP", null);
        StagedImport first = StagedImport.roster(db, java.time.LocalDate.of(2025, 12, 31), rows(same, moved, promoted));
        assertEquals(3, first.changed.stream().map(PeopleChanged.Touch::personId).distinct().count(), "a first import changes everyone");

        // the next roster: one unchanged, one now working in the office, one promoted, one newcomer without a quota
        Line newcomer = Line.of(5, office).id(StagedImport.idNumber(), "钱四").withoutQuota().post(office, "ADMINISTRATIVE_POST", null);
        List<StagedRosterRow> next = rows(same, moved.post(office, "ADMINISTRATIVE_POST", "2026-03-01"),
                promoted.facts("COUNTY", null), newcomer);
        StagedImport again = StagedImport.roster(db, next);

        assertEquals(Set.of(new PeopleChanged.Touch(person(db, moved), bureauId), new PeopleChanged.Touch(person(db, moved), officeId),
                new PeopleChanged.Touch(person(db, promoted), bureauId), new PeopleChanged.Touch(person(db, newcomer), officeId)),
                Set.copyOf(again.changed), "the unchanged person is not among them");
        assertEquals(4, again.changed.size(), "each pair once");
        // nothing changed this time: no one to follow; beyond the limit the runner is told to look at everything
        assertEquals(List.of(), StagedImport.roster(db, next).changed);
        Line another = Line.of(2, bureau).id(StagedImport.idNumber(), "钱五");
        Line yetAnother = Line.of(3, bureau).id(StagedImport.idNumber(), "钱六");
        assertNull(StagedImport.roster(db, 1, rows(another, yetAnother)).changed);
    }

    private static long person(TestDb db, Line line) throws SQLException {
        return db.single("select id from person where id_number = ?", line.id);
    }
}
