package org.bianzhi.travel.statistics.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.bianzhi.shared.domain.UnitPath;
import org.bianzhi.shared.infrastructure.DatabaseDefinition;
import org.bianzhi.shared.infrastructure.Sql;
import org.bianzhi.shared.infrastructure.SqlQuery;
import org.bianzhi.travel.domain.Horizon;
import org.bianzhi.travel.statistics.domain.StatisticsFacts;

/** The statistics' facts by grouped SQL over the module's tables (V12) and the registry. */
@ApplicationScoped
public class JdbcStatisticsFacts implements StatisticsFacts {

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;

    /** Where a case of 审批把关不严 is charged: the responsible unit's path and person (travel_case k, unit ru). */
    private static final String CHARGED = " case when k.problem_class = 'LAX_APPROVAL' then coalesce(ru.path, '') end,"
            + " case when k.problem_class = 'LAX_APPROVAL' then k.responsible_person_id end";
    private static final String CHARGED_JOIN = " left join unit ru on ru.id = k.responsible_unit_id";

    @Override
    public List<Filed> filedOn(Horizon h) {
        LocalDate day = h.asOf();
        Instant cut = h.recordedBefore();
        return Sql.call(dataSource, c -> Sql.list(c, "select f.person_id, f.category,"
                + " case when f.reported_recorded_at < ? then f.status else 'NOT_FILED' end,"
                + " (select min(g.valid_from) from travel_filing g where g.person_id = f.person_id and g.recorded_at < ?)"
                + " from travel_filing f where f.valid_from <= ? and f.recorded_at < ?"
                + " and (f.valid_to is null or f.valid_to > ? or not (f.closed_recorded_at < ?))",
                r -> new Filed(r.getLong(1), r.getString(2), r.getString(3), r.getDate(4).toLocalDate()), cut, cut, day, cut, day, cut));
    }

    @Override
    public List<Document> documentsOn(Horizon h) {
        LocalDate day = h.asOf();
        Instant cut = h.recordedBefore();
        // the last movement by the day decides: HAND_IN/RETURN held, CHECK_OUT out for a trip, RELEASE given back
        String last = "(select m.kind from custody_movement m where m.document_id = d.id and m.moved_on <= ? and m.recorded_at < ?"
                + " order by m.moved_on desc, m.id desc fetch first 1 rows only)";
        return Sql.call(dataSource, c -> Sql.list(c, "select d.person_id, d.doc_type, " + last + ","
                + " (select min(h.moved_on) from custody_movement h where h.document_id = d.id and h.kind = 'HAND_IN' and h.recorded_at < ?)"
                + " from travel_document d where d.declared_on <= ? and d.recorded_at < ?"
                + " and (d.cancelled_on is null or d.cancelled_on > ? or not (d.cancel_recorded_at < ?))"
                + " and (d.expires_on is null or d.expires_on >= ?)", r -> {
                    String kind = r.getString(3);
                    Date first = r.getDate(4);
                    boolean held = "HAND_IN".equals(kind) || "RETURN".equals(kind);
                    return new Document(r.getLong(1), r.getString(2), held || "CHECK_OUT".equals(kind), held,
                            first == null ? null : first.toLocalDate());
                }, day, cut, cut, day, cut, day, cut, day));
    }

    @Override
    public List<Handling> handlings(LocalDate from, LocalDate to, Horizon recorded) {
        return Sql.call(dataSource, c -> Sql.list(c, "select k.person_id, h.method, k.cadre_rank, k.problem_class, h.decided_on,"
                + CHARGED + " from travel_case_handling h join travel_case k on k.id = h.case_id" + CHARGED_JOIN
                + " where h.decided_on between ? and ? and h.recorded_at < ?",
                r -> new Handling(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getDate(5).toLocalDate(),
                        r.getString(6), (Long) Sql.nullableLong(r, 7)), from, to, recorded.recordedBefore()));
    }

    @Override
    public List<Case> casesFound(LocalDate from, LocalDate to, Horizon recorded) {
        return Sql.call(dataSource, c -> Sql.list(c, "select k.person_id, k.problem_class, k.found_on," + CHARGED
                + " from travel_case k" + CHARGED_JOIN + " where k.found_on between ? and ? and k.recorded_at < ?",
                r -> new Case(r.getLong(1), r.getString(2), Sql.localDate(r, 3), r.getString(4),
                        (Long) Sql.nullableLong(r, 5)), from, to, recorded.recordedBefore()));
    }

    @Override
    public Map<String, Long> staffByUnitPath(LocalDate day) {
        Map<String, Long> staff = new HashMap<>();
        Sql.run(dataSource, c -> Sql.list(c, "select u.path, count(distinct o.person_id) from occupancy o join unit u on u.id = o.unit_id"
                + " where " + SqlQuery.inForce("o", "?") + " group by u.path",
                r -> staff.put(r.getString(1), r.getLong(2)), day, day));
        return staff;
    }

    @Override
    public java.util.Optional<UnitRow> unitAt(String path, LocalDate day) {
        return Sql.call(dataSource, c -> Sql.list(c, "select u.id, u.code, u.path, v.name from unit u join unit_version v on v.unit_id = u.id"
                + " where u.path = ? and v.valid_from <= ? order by v.valid_from desc",
                r -> new UnitRow(r.getLong(1), r.getString(2), r.getString(4), r.getString(3)), path, day)).stream().findFirst();
    }

    @Override
    public List<UnitRow> childrenOf(String path, LocalDate day) {
        Map<Long, UnitRow> rows = new LinkedHashMap<>();
        // a child's path is the parent's plus one id: filter the subtree in SQL, the depth in Java
        String prefix = path == null ? "/" : path;
        int depth = prefix.split("/", -1).length;
        Sql.run(dataSource, c -> Sql.list(c, "select u.id, u.code, u.path, v.name from unit u join unit_version v on v.unit_id = u.id"
                + " where u.path like ? and u.established_on <= ? and (u.abolished_on is null or u.abolished_on > ?)"
                + " and v.valid_from <= ? order by u.code, v.valid_from",
                r -> {
                    String p = r.getString(3);
                    if (p.split("/", -1).length == depth + 1) rows.put(r.getLong(1), new UnitRow(r.getLong(1), r.getString(2), r.getString(4), p));
                    return null;
                }, UnitPath.likePattern(prefix), day, day, day));
        return List.copyOf(rows.values());
    }
}
