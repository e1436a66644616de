package org.bianzhi.audit.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.bianzhi.audit.application.FindingReadModel.Filter;
import org.bianzhi.audit.domain.Finding;
import org.bianzhi.audit.domain.FindingStatus;
import org.bianzhi.audit.domain.Rule;
import org.bianzhi.testdb.EachDatabase;
import org.bianzhi.testdb.TestDb;

/** The findings lists' SQL (what the findings page and the mixed-post roster show): today's, a status, a rule, a subtree, a person. */
class JdbcFindingReadModelTest {

    private record Stored(long bureau, long centre, long beside, long mixed, long centreOver, long cleared, long besideOver, long person) {}

    private static Stored stored(TestDb db) throws SQLException {
        long bureau = db.unit("ORGAN", "瑞安市民政局", null);
        long centre = db.unit("INSTITUTION", "瑞安市社会救助服务中心", bureau);
        long beside = db.unit("ORGAN", "瑞安市统计局", null);
        long person = db.person("混岗", "INSTITUTION_STAFF");
        long other = db.person("编外", "NON_ESTABLISHMENT");
        return new Stored(bureau, centre, beside, finding(db, Rule.MIXED_INSTITUTION_IN_ADMIN_POST, bureau, person, true, "OPEN"),
                finding(db, Rule.OVER_QUOTA, centre, null, true, "ACKNOWLEDGED"),
                finding(db, Rule.NO_QUOTA_IN_ADMIN_POST, bureau, other, false, "RESOLVED"),
                finding(db, Rule.OVER_QUOTA, beside, null, true, "OPEN"), person);
    }

    @EachDatabase
    void todaysListHasThePresentFindingsOfTheSubtreeInTreeOrder(TestDb db) throws SQLException {
        Stored s = stored(db);
        JdbcFindingReadModel model = model(db);
        String bureau = "/" + s.bureau() + "/";

        assertEquals(List.of(s.mixed(), s.centreOver()), ids(model.list(new Filter(null, bureau, null, false, null), 0, 10)));
        assertEquals(List.of(s.centreOver()), ids(model.list(new Filter(null, bureau, null, false, null), 1, 10)), "the second page");
        assertEquals(List.of(s.mixed(), s.cleared(), s.centreOver()), ids(model.list(new Filter(null, bureau, null, true, null), 0, 10)));
        assertEquals(List.of(s.cleared()), ids(model.list(new Filter(null, bureau, FindingStatus.RESOLVED, false, null), 0, 10)));
        assertEquals(List.of(s.centreOver(), s.besideOver()), ids(model.list(new Filter(Rule.OVER_QUOTA, null, null, false, null), 0, 10)));
        assertEquals(List.of(s.mixed()), ids(model.list(new Filter(null, null, null, true, s.person()), 0, 10)));
        assertEquals(2, model.count(new Filter(null, bureau, null, false, null)));
        assertEquals(1, model.count(new Filter(null, "/" + s.bureau() + "/" + s.centre() + "/", null, true, null)));
    }

    @EachDatabase
    void theCountsByRuleIgnoreTheRuleFilterAndCountEveryRule(TestDb db) throws SQLException {
        Stored s = stored(db);
        Map<Rule, Long> counts = model(db).countByRule(new Filter(Rule.OVER_QUOTA, "/" + s.bureau() + "/", null, false, null));

        assertEquals(Rule.values().length, counts.size());
        assertEquals(List.of(1L, 1L, 0L), List.of(counts.get(Rule.OVER_QUOTA), counts.get(Rule.MIXED_INSTITUTION_IN_ADMIN_POST),
                counts.get(Rule.NO_QUOTA_IN_ADMIN_POST)), "the resolved finding is no longer present");
    }

    @EachDatabase
    void aUnitIsLabelledWithItsNameOnTheDateAndAnAbolishedUnitWithItsLastOne(TestDb db) throws SQLException {
        long unit = db.unit("ORGAN", "瑞安市人事局", null);
        db.update("update unit_version set valid_to = ? where unit_id = ?", TestDb.date("2026-01-01"), unit);
        db.update("insert into unit_version (id, unit_id, name, kind, region_code, admin_level, funding, valid_from, valid_to,"
                + " recorded_by, recorded_at) values (?, ?, '瑞安市人力资源和社会保障局', 'ORGAN', '330381', 'COUNTY', 'FULL', ?, ?, 'test', ?)",
                TestDb.nextId(), unit, TestDb.date("2026-01-01"), TestDb.date("2026-06-01"), Instant.now());
        JdbcFindingReadModel model = model(db);

        assertEquals("瑞安市人事局", model.units(List.of(unit), LocalDate.of(2025, 12, 31)).get(unit).name());
        assertEquals("瑞安市人力资源和社会保障局", model.units(List.of(unit), LocalDate.of(2026, 1, 1)).get(unit).name());
        assertEquals("瑞安市人力资源和社会保障局", model.units(List.of(unit), LocalDate.of(2026, 6, 30)).get(unit).name(), "abolished");
        assertEquals(Map.of(), model.units(List.of(unit), LocalDate.of(2019, 12, 31)), "not set up yet");
    }

    private static long finding(TestDb db, Rule rule, long unit, Long person, boolean present, String status) throws SQLException {
        long id = TestDb.nextId();
        db.update("insert into finding (id, finding_key, rule, unit_id, person_id, person_ids, message, present, status, first_seen,"
                + " last_seen, reopened, status_changed_at, status_changed_by, version) values (?, ?, ?, ?, ?, ?, '测试', ?, ?, ?, ?, 0, ?,"
                + " '系统', 0)", id, rule + "|" + id, rule.name(), unit, person, person == null ? null : person.toString(), present,
                status, TestDb.date("2026-01-01"), TestDb.date("2026-06-30"), Instant.now());
        return id;
    }

    private static List<Long> ids(List<Finding> findings) {
        return findings.stream().map(Finding::id).toList();
    }

    private static JdbcFindingReadModel model(TestDb db) {
        JdbcFindingReadModel model = new JdbcFindingReadModel();
        model.dataSource = db.dataSource();
        return model;
    }
}
