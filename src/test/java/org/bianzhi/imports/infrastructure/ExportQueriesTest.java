package org.bianzhi.imports.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.bianzhi.shared.infrastructure.Sql;
import org.bianzhi.testdb.EachDatabase;
import org.bianzhi.testdb.TestDb;

/** The roster export's one cursor: current records only, a person's records together, scoped to a subtree. */
class ExportQueriesTest {

    /** Each record as "person name|kind|unit code|type|…", in the order the cursor gives them. */
    private static List<String> roster(TestDb db, String path) {
        ExportQueries q = new ExportQueries();
        q.dataSource = db.dataSource();
        List<String> seen = new ArrayList<>();
        q.roster(path, (person, kind, record) -> {
            StringBuilder s = new StringBuilder().append(person[2]).append('|').append(person[6]).append('|').append(kind);
            for (int i = 1; i < record.length; i++) s.append('|').append(record[i]);
            seen.add(s.toString());
        });
        return seen;
    }

    @EachDatabase
    void aPersonsCurrentRecordsComeTogetherInOrderWithTheFactsInForceAndOnlyUnderThePath(TestDb db) throws SQLException {
        long bureau = db.unit("ORGAN", "瑞安市商务局", null);
        long office = db.unit("ORGAN", "瑞安市口岸办", bureau);
        long other = db.unit("ORGAN", "瑞安市体育局", null);
        String b = db.codeOf(bureau);
        String o = db.codeOf(office);
        long chief = db.person("周一", "CIVIL_SERVANT");
        db.occupancy(chief, bureau, "ADMINISTRATIVE", "2015-01-01", null, "Z1");
        db.occupancy(chief, other, "ADMINISTRATIVE", "2010-01-01", "2014-12-31", null); // ended: not exported
        db.posting(chief, office, "ADMINISTRATIVE_POST", "SECONDMENT", "2025-01-01", null, "2026-12-31", "瑞委〔2025〕1号");
        db.posting(chief, bureau, "ADMINISTRATIVE_POST", "REGULAR", "2015-01-01", null, null, null);
        db.appointment(chief, bureau, "UNIT_PRINCIPAL", "2020-01-01", null);
        db.update("insert into person_fact (id, person_id, kind, fact_value, valid_from, recorded_by, recorded_at, version)"
                + " values (?, ?, 'RANK', 'COUNTY', ?, 'test', ?, 1)", TestDb.nextId(), chief, TestDb.date("2020-01-01"), java.time.Instant.now());
        long elsewhere = db.person("周二", "CIVIL_SERVANT");
        db.occupancy(elsewhere, other, "ADMINISTRATIVE", "2015-01-01", null, null);
        db.appointment(elsewhere, office, "UNIT_DEPUTY", "2021-01-01", null); // leads only under the path

        String path = Sql.list(db.connection(), "select path from unit where id = ?", r -> r.getString(1), bureau).get(0);
        List<String> under = roster(db, path).stream().filter(s -> s.startsWith("周")).toList();
        assertEquals(List.of("周一|COUNTY|OCCUPANCY|" + b + "|ADMINISTRATIVE|2015-01-01|Z1|null",
                "周一|COUNTY|POSTING|" + b + "|ADMINISTRATIVE_POST|REGULAR|2015-01-01|null|null",
                "周一|COUNTY|POSTING|" + o + "|ADMINISTRATIVE_POST|SECONDMENT|2025-01-01|2026-12-31|瑞委〔2025〕1号",
                "周一|COUNTY|APPOINTMENT|" + b + "|UNIT_PRINCIPAL",
                "周二|null|APPOINTMENT|" + o + "|UNIT_DEPUTY"), under);
        assertEquals(6, roster(db, "/").stream().filter(s -> s.startsWith("周")).count(),
                "everywhere: the other unit's occupancy too (and never the ended one)");
    }
}
