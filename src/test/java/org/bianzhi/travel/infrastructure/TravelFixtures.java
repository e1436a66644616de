package org.bianzhi.travel.infrastructure;

import java.sql.SQLException;
import java.time.Instant;
import org.bianzhi.shared.infrastructure.Sql;
import org.bianzhi.testdb.TestDb;

/**
 * The travel module's rows (V12) in one line each, for the tests of its SQL: filings, documents and their custody
 * moves, applications, declarations, border crossings, cases and handlings. Dates are ISO strings; null means none.
 */
public final class TravelFixtures {

    private final TestDb db;

    public TravelFixtures(TestDb db) {
        this.db = db;
    }

    public String idNumberOf(long person) throws SQLException {
        return Sql.list(db.connection(), "select id_number from person where id = ?", r -> r.getString(1), person).get(0);
    }

    /** A filing version (FILED, reported on its first day) of category COUNTY_LEVEL_CADRE. */
    public long filing(long person, String from, String to) throws SQLException {
        return filing(person, "COUNTY_LEVEL_CADRE", "FILED", from, from, to);
    }

    public long filing(long person, String category, String status, String reportedOn, String from, String to) throws SQLException {
        long id = TestDb.nextId();
        Instant now = Instant.now();
        db.update("insert into travel_filing (id, person_id, category, department, status, reported_on, valid_from, valid_to,"
                + " recorded_by, recorded_at, reported_recorded_at, closed_recorded_at, version)"
                + " values (?, ?, ?, '市委组织部', ?, ?, ?, ?, 'test', ?, ?, ?, 0)",
                id, person, category, status, TestDb.date(reportedOn), TestDb.date(from), TestDb.date(to), now,
                reportedOn == null ? null : now, to == null ? null : now);
        return id;
    }

    public long document(long person, String type, String number, String declaredOn, String expiresOn, String cancelledOn) throws SQLException {
        long id = TestDb.nextId();
        Instant now = Instant.now();
        db.update("insert into travel_document (id, person_id, doc_type, doc_number, issued_on, expires_on, declared_on, cancelled_on,"
                + " recorded_by, recorded_at, cancel_recorded_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, 'test', ?, ?, 0)", id, person,
                type, number, TestDb.date(declaredOn), TestDb.date(expiresOn), TestDb.date(declaredOn), TestDb.date(cancelledOn), now,
                cancelledOn == null ? null : now);
        return id;
    }

    /** A custody move: HAND_IN, CHECK_OUT (with its application), RETURN or RELEASE. */
    public void move(long document, String kind, String on, Long application) throws SQLException {
        move(document, kind, on, application, Instant.now(), null);
    }

    /** A custody move entered at {@code recordedAt}, with the reason of a late entry (null: none). */
    public void move(long document, String kind, String on, Long application, Instant recordedAt, String lateReason) throws SQLException {
        db.update("insert into custody_movement (id, document_id, kind, moved_on, application_id, recorded_by, recorded_at, late_reason)"
                + " values (?, ?, ?, ?, ?, 'test', ?, ?)", TestDb.nextId(), document, kind, TestDb.date(on), application, recordedAt, lateReason);
    }

    /** An APPROVED application decided on {@code decidedOn}, with both opinions. */
    public long approval(long person, String departs, String returns, String decidedOn, String... destinations) throws SQLException {
        return application(person, "APPROVED", departs, returns, decidedOn, "同意", "同意", destinations);
    }

    public long application(long person, String status, String departs, String returns, String decidedOn, String unitOpinion,
            String disciplineOpinion, String... destinations) throws SQLException {
        long id = TestDb.nextId();
        db.update("insert into travel_application (id, application_number, application_year, serial, person_id, purpose, departs_on,"
                + " returns_on, applied_on, unit_opinion, discipline_opinion, status, decided_on, source, recorded_by, recorded_at, version)"
                + " values (?, ?, 2026, ?, ?, 'TOURISM', ?, ?, ?, ?, ?, ?, ?, 'DESK', 'test', ?, 0)", id, "T" + id, (int) (id % 1_000_000_000),
                person, TestDb.date(departs), TestDb.date(returns), TestDb.date(departs).minusDays(30), unitOpinion, disciplineOpinion,
                status, TestDb.date(decidedOn), Instant.now());
        for (String d : destinations) {
            db.update("insert into travel_application_destination (application_id, destination) values (?, ?)", id, d);
        }
        return id;
    }

    public void declaration(long person, String departs, String returns, String declaredOn) throws SQLException {
        declaration(person, departs, returns, declaredOn, Instant.now(), null);
    }

    public void declaration(long person, String departs, String returns, String declaredOn, Instant recordedAt, String lateReason)
            throws SQLException {
        db.update("insert into travel_declaration (id, person_id, departs_on, returns_on, destinations, declared_on, recorded_by,"
                + " recorded_at, late_reason, version) values (?, ?, ?, ?, '日本', ?, 'test', ?, ?, 0)", TestDb.nextId(), person,
                TestDb.date(departs), TestDb.date(returns), TestDb.date(declaredOn), recordedAt, lateReason);
    }

    /** A crossing as public security recorded it: by ID number only (person_id left empty, as for an unknown number). */
    public void crossing(String idNumber, String type, String number, String direction, String on, String destination) throws SQLException {
        crossing(idNumber, type, number, direction, on, destination, Instant.now());
    }

    public void crossing(String idNumber, String type, String number, String direction, String on, String destination, Instant recordedAt)
            throws SQLException {
        db.update("insert into border_crossing (id, id_number, doc_type, doc_number, direction, crossed_on, port, destination,"
                + " recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, 'test', ?)", TestDb.nextId(), idNumber, type, number,
                direction, TestDb.date(on), direction.equals("EXIT") ? "上海浦东机场" : "上海虹桥机场", destination, recordedAt);
    }

    public long travelCase(long person, String problemClass, String foundOn, String rank) throws SQLException {
        long id = TestDb.nextId();
        db.update("insert into travel_case (id, person_id, problem_class, description, found_on, cadre_rank, status, recorded_by,"
                + " recorded_at, version) values (?, ?, ?, '测试问题', ?, ?, 'OPEN', 'test', ?, 0)", id, person, problemClass,
                TestDb.date(foundOn), rank, Instant.now());
        return id;
    }

    /** Charges a case (审批把关不严) to a unit and a person, either null. */
    public void charge(long travelCase, Long unit, Long person) throws SQLException {
        db.update("update travel_case set responsible_unit_id = ?, responsible_person_id = ? where id = ?", unit, person, travelCase);
    }

    public void handling(long travelCase, String method, String decidedOn) throws SQLException {
        db.update("insert into travel_case_handling (id, case_id, method, decided_on, decision_document, recorded_by, recorded_at)"
                + " values (?, ?, ?, ?, '瑞纪〔2024〕1号', 'test', ?)", TestDb.nextId(), travelCase, method, TestDb.date(decidedOn), Instant.now());
    }
}
