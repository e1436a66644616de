package org.bianzhi.travel.infrastructure;

import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.bianzhi.shared.infrastructure.Sql;
import org.bianzhi.travel.approval.domain.Approval;
import org.bianzhi.travel.crossing.domain.Crossing;
import org.bianzhi.travel.crossing.domain.CrossingDirection;
import org.bianzhi.travel.filing.domain.DocumentType;
import org.bianzhi.travel.domain.Horizon;

/**
 * The crossings and approvals of a set of people, grouped by person: the SQL both the checks and the trip list use.
 * {@code who} is a condition on the column {@code person_id} with its parameters (e.g. {@code in (select …)}).
 * Crossings are joined to people by ID number, so a person registered after the import is found.
 */
public final class TravelRows {

    private TravelRows() {
    }

    public static Map<Long, List<Crossing>> crossings(Connection c, String who, List<Object> params, LocalDate until) throws SQLException {
        return crossings(c, who, params, Horizon.asOf(until));
    }

    /** Crossings made by the horizon's day and imported by its cut-off, each with the moment it was recorded. */
    public static Map<Long, List<Crossing>> crossings(Connection c, String who, List<Object> params, Horizon h) throws SQLException {
        List<Object> all = new ArrayList<>(params);
        all.add(h.asOf());
        all.add(h.recordedBefore());
        Map<Long, List<Crossing>> byPerson = new HashMap<>();
        Sql.list(c, "select p.id, b.doc_type, b.doc_number, b.direction, b.crossed_on, b.port, b.destination, b.recorded_at"
                + " from border_crossing b join person p on p.id_number = b.id_number where p.id " + who
                + " and b.crossed_on <= ? and b.recorded_at < ?", r -> {
                    byPerson.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(new Crossing(DocumentType.valueOf(r.getString(2)),
                            r.getString(3), CrossingDirection.valueOf(r.getString(4)), date(r, 5), r.getString(6), r.getString(7),
                            instant(r, 8)));
                    return null;
                }, all.toArray());
        return byPerson;
    }

    public static Map<Long, List<Approval>> approvals(Connection c, String who, List<Object> params, LocalDate asOf) throws SQLException {
        return approvals(c, who, params, Horizon.asOf(asOf));
    }

    /**
     * APPROVED applications decided by the horizon's day, with their destinations, whose decision was on record by its
     * cut-off: a desk decision is dated the day it is recorded, an imported one was recorded with its row.
     */
    public static Map<Long, List<Approval>> approvals(Connection c, String who, List<Object> params, Horizon h) throws SQLException {
        List<Object> all = new ArrayList<>(params);
        all.add(h.asOf());
        all.add(h.recordedBefore());
        all.add(h.lastRecordingDay());
        record Row(long person, String number, LocalDate decided, LocalDate from, LocalDate to, String destination) {}
        List<Row> rows = Sql.list(c, "select a.person_id, a.application_number, a.decided_on, a.departs_on, a.returns_on, d.destination"
                + " from travel_application a left join travel_application_destination d on d.application_id = a.id"
                + " where a.person_id " + who + " and a.status = 'APPROVED' and a.decided_on <= ? and a.recorded_at < ?"
                + " and (a.source = 'IMPORT' or a.decided_on <= ?) order by a.id",
                r -> new Row(r.getLong(1), r.getString(2), date(r, 3), date(r, 4), date(r, 5), r.getString(6)), all.toArray());
        Map<String, Row> first = new LinkedHashMap<>();
        Map<String, LinkedHashSet<String>> destinations = new HashMap<>();
        for (Row r : rows) {
            first.putIfAbsent(r.number(), r);
            LinkedHashSet<String> set = destinations.computeIfAbsent(r.number(), k -> new LinkedHashSet<>());
            if (r.destination() != null) set.add(r.destination());
        }
        Map<Long, List<Approval>> byPerson = new HashMap<>();
        first.forEach((number, r) -> byPerson.computeIfAbsent(r.person(), k -> new ArrayList<>())
                .add(new Approval(number, r.decided(), r.from(), r.to(), destinations.get(number))));
        return byPerson;
    }

    public static java.time.Instant instant(ResultSet r, int column) throws SQLException {
        java.time.OffsetDateTime t = r.getObject(column, java.time.OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    public static LocalDate date(ResultSet r, int column) throws SQLException {
        Date d = r.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
