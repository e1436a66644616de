package org.bianzhi.imports.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.bianzhi.imports.domain.ImportKind;
import org.bianzhi.imports.domain.StagedCrossingRow;
import org.bianzhi.imports.infrastructure.StagedLoad.Stored;
import org.bianzhi.shared.infrastructure.Sql;
import org.bianzhi.testdb.EachDatabase;
import org.bianzhi.testdb.TestDb;

/** The border-crossing store (CrossingBulkLoad): each crossing once, people linked where known, re-import changes nothing. */
class CrossingBulkLoadTest {

    private static StagedImport crossings(TestDb db, int range, List<StagedCrossingRow> rows) throws SQLException {
        return StagedImport.of(db, ImportKind.BORDER_CROSSINGS, (d, job) -> new CrossingBulkLoad(d.dataSource(), job, "clerk"), range, rows);
    }

    private static StagedCrossingRow exit(int row, String id, String port, String day) {
        return new StagedCrossingRow(row, id, "PASSPORT", "E" + id.substring(10), "EXIT", LocalDate.parse(day), port, "日本");
    }

    /** The person's stored crossings as "port day person-linked", in order. */
    private static List<String> stored(TestDb db, String id) throws SQLException {
        return Sql.list(db.connection(), "select port, crossed_on, person_id from border_crossing where id_number = ?"
                + " order by crossed_on, port", r -> r.getString(1) + " " + r.getDate(2) + " " + (r.getObject(3) != null), id);
    }

    @EachDatabase
    void eachCrossingIsStoredOnceLinkedToItsPersonIfKnownAndImportingAgainChangesNothing(TestDb db) throws SQLException {
        long person = db.person("冯五", "CIVIL_SERVANT");
        String known = Sql.list(db.connection(), "select id_number from person where id = ?", r -> r.getString(1), person).get(0);
        String unknown = StagedImport.idNumber();
        List<StagedCrossingRow> file = List.of(exit(2, known, "上海浦东", "2025-05-01"), exit(3, known, "上海浦东", "2025-05-01"),
                exit(4, known, "杭州萧山", "2025-05-01"), exit(5, unknown, "上海浦东", "2025-05-02"));

        StagedImport run = crossings(db, 0, file);

        assertEquals(new Stored(3, 0, 1), run.stored);
        assertEquals(List.of("上海浦东 2025-05-01 true", "杭州萧山 2025-05-01 true"), stored(db, known));
        assertEquals(List.of("上海浦东 2025-05-02 false"), stored(db, unknown), "kept without a person, linked once registered");
        assertEquals(List.of("1 行的身份证号未在实名库：出入境记录已保存，人员登记后自动关联", "1 行与文件中前面的行是同一条出入境记录，只保存一次"),
                run.notes);

        assertEquals(new Stored(0, 0, 4), crossings(db, 0, file).stored);
        assertEquals(3, db.single("select count(*) from border_crossing where id_number in (?, ?)", known, unknown));
    }

    @EachDatabase
    void aRepeatedCrossingIsStoredOnceWhereverTheRangesEnd(TestDb db) throws SQLException {
        for (int range = 1; range <= 4; range++) {
            String id = StagedImport.idNumber();
            StagedImport run = crossings(db, range, List.of(exit(2, id, "上海浦东", "2025-05-01"), exit(3, id, "上海浦东", "2025-06-01"),
                    exit(4, id, "上海浦东", "2025-07-01"), exit(5, id, "上海浦东", "2025-05-01")));

            assertEquals(new Stored(3, 0, 1), run.stored, "ranges of " + range);
            assertEquals(3, stored(db, id).size(), "ranges of " + range);
        }
    }
}
