package org.bianzhi.travel.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Set;
import org.bianzhi.shared.infrastructure.Sql;
import org.bianzhi.testdb.EachDatabase;
import org.bianzhi.testdb.TestDb;

/** The module's list filter: a unit's subtree by any record of the person, optionally with the people placed nowhere. */
class PersonFilterTest {

    @EachDatabase
    void aUnitKeepsPeopleWithAnyRecordInItsSubtreeAndOptionallyThoseWithNone(TestDb db) throws SQLException {
        long bureau = db.unit("ORGAN", "瑞安市审计局", null);
        long centre = db.unit("INSTITUTION", "瑞安市审计中心", bureau);
        long other = db.unit("ORGAN", "瑞安市统计局", null);
        long occupant = db.person("在编", "CIVIL_SERVANT");
        db.occupancy(occupant, centre, "PUBLIC_INSTITUTION", "2020-01-01", null, "Z1");
        long posted = db.person("借调", "CIVIL_SERVANT");
        db.occupancy(posted, other, "ADMINISTRATIVE", "2020-01-01", null, "Z2");
        db.posting(posted, bureau, "ADMINISTRATIVE_POST", "SECONDMENT", "2025-01-01", null, "2026-12-31", "瑞编〔2025〕1号");
        long formerHead = db.person("原局长", "CIVIL_SERVANT");
        db.appointment(formerHead, bureau, "UNIT_PRINCIPAL", "2018-01-01", "2020-01-01");
        long elsewhere = db.person("他单位", "CIVIL_SERVANT");
        db.occupancy(elsewhere, other, "ADMINISTRATIVE", "2020-01-01", null, "Z3");
        long nowhere = db.person("无记录", "NON_ESTABLISHMENT");
        String path = Sql.list(db.connection(), "select path from unit where id = ?", r -> r.getString(1), bureau).get(0);

        assertEquals(Set.of(occupant, posted, formerHead), people(db, occupant, path, false), "a past record counts, as opening the person would");
        assertEquals(Set.of(occupant, posted, formerHead, nowhere), people(db, occupant, path, true));
    }

    @EachDatabase
    void equalityAndDateBoundsAreInclusive(TestDb db) throws SQLException {
        long earlier = db.person("早", "CIVIL_SERVANT", "1970-01-01", "MALE");
        long first = db.person("首", "CIVIL_SERVANT", "1980-01-01", "MALE");
        long last = db.person("末", "CIVIL_SERVANT", "1980-12-31", "FEMALE");
        db.person("晚", "CIVIL_SERVANT", "1981-01-01", "MALE");
        PersonFilter f = new PersonFilter("select p.id from person p where p.id >= " + earlier, "p.id");
        f.from("p.birth_date", LocalDate.of(1980, 1, 1));
        f.to("p.birth_date", LocalDate.of(1980, 12, 31));
        f.eq("p.identity", "CIVIL_SERVANT");
        f.eq("p.gender", null);

        assertEquals(Set.of(first, last), run(db, f));
    }

    /** The people from {@code firstId} on (this test's) that the unit filter keeps. */
    private static Set<Long> people(TestDb db, long firstId, String path, boolean orUnplaced) throws SQLException {
        PersonFilter f = new PersonFilter("select p.id from person p where p.id >= " + firstId, "p.id");
        f.under(path, orUnplaced);
        return run(db, f);
    }

    private static Set<Long> run(TestDb db, PersonFilter f) throws SQLException {
        return Set.copyOf(f.where().list(db.connection(), r -> r.getLong(1)));
    }
}
