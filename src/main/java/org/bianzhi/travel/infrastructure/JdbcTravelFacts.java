package org.bianzhi.travel.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.bianzhi.establishment.domain.AdministrativeLevel;
import org.bianzhi.establishment.domain.LeadershipCategory;
import org.bianzhi.establishment.domain.UnitKind;
import org.bianzhi.roster.domain.CadreRank;
import org.bianzhi.shared.infrastructure.DatabaseDefinition;
import org.bianzhi.shared.infrastructure.Sql;
import org.bianzhi.shared.infrastructure.SqlQuery;
import org.bianzhi.travel.filing.domain.CustodyFindings.DocumentFact;
import org.bianzhi.travel.filing.domain.CustodyLedger;
import org.bianzhi.travel.filing.domain.CustodyMovementKind;
import org.bianzhi.travel.filing.domain.DocumentType;
import org.bianzhi.travel.filing.domain.FilingCategory;
import org.bianzhi.travel.filing.domain.FilingFact;
import org.bianzhi.travel.filing.domain.FilingRequirement;
import org.bianzhi.travel.filing.domain.FilingRequirement.Stint;
import org.bianzhi.travel.filing.domain.FilingStatus;
import org.bianzhi.travel.domain.Horizon;
import org.bianzhi.travel.domain.TravelFacts;

/** The facts of filing and custody in a few set-wise queries (the checks apply their rules in Java). */
@ApplicationScoped
public class JdbcTravelFacts implements TravelFacts {

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;

    @Override
    public List<Stint> stints(LocalDate asOf, Long personId) {
        // the appointment cut to each overlapping unit state; the rule decides which states qualify
        String sql = "select a.person_id, a.unit_id, v.name, a.category, a.valid_from, a.valid_to, v.valid_from, v.valid_to,"
                + " v.admin_level, v.kind from appointment a join unit_version v on v.unit_id = a.unit_id"
                + " and (a.valid_to is null or v.valid_from < a.valid_to) and (v.valid_to is null or v.valid_to > a.valid_from)"
                + " where a.valid_from <= ? and v.valid_from <= ?" + (personId == null ? "" : " and a.person_id = ?");
        Object[] params = personId == null ? new Object[] {asOf, asOf} : new Object[] {asOf, asOf, personId};
        String person = personId == null ? "" : " and f.person_id = ?";
        // ranks recorded by asOf, and the periods on the roster of people with a rank (retired: no open record)
        String ranks = "select f.person_id, f.fact_value, f.valid_from, f.valid_to from person_fact f where f.kind = 'RANK'"
                + " and f.valid_from <= ?" + person;
        String ranked = " exists (select 1 from person_fact f where f.person_id = r.person_id and f.kind = 'RANK'"
                + " and f.valid_from <= ?" + person + ") and r.valid_from <= ?";
        String service = "select r.person_id, r.valid_from, r.valid_to from occupancy r where" + ranked
                + " union all select r.person_id, r.valid_from, r.valid_to from posting r where" + ranked;
        Object[] rankParams = args(personId, asOf);
        Object[] serviceParams = personId == null ? new Object[] {asOf, asOf, asOf, asOf}
                : new Object[] {asOf, personId, asOf, asOf, personId, asOf};
        List<Stint> posts = new ArrayList<>();
        List<FilingRequirement.RankPeriod> rankPeriods = new ArrayList<>();
        List<FilingRequirement.ServicePeriod> servicePeriods = new ArrayList<>();
        Sql.run(dataSource, c -> {
            Sql.list(c, sql, r -> {
                LeadershipCategory post = LeadershipCategory.valueOf(r.getString(4));
                var category = FilingRequirement.suggest(post, AdministrativeLevel.valueOf(r.getString(9)), UnitKind.valueOf(r.getString(10)));
                LocalDate from = later(date(r.getDate(5)), date(r.getDate(7)));
                LocalDate to = earlier(date(r.getDate(6)), date(r.getDate(8)));
                if (category.isPresent() && (to == null || to.isAfter(from))) {
                    posts.add(new Stint(r.getLong(1), r.getLong(2), r.getString(3), post, from, to, category.get()));
                }
                return null;
            }, params);
            Sql.list(c, ranks, r -> rankPeriods.add(new FilingRequirement.RankPeriod(r.getLong(1), CadreRank.valueOf(r.getString(2)),
                    date(r.getDate(3)), date(r.getDate(4)))), rankParams);
            Sql.list(c, service, r -> servicePeriods.add(new FilingRequirement.ServicePeriod(r.getLong(1), date(r.getDate(2)),
                    date(r.getDate(3)))), serviceParams);
        });
        return FilingRequirement.withRanks(posts, rankPeriods, servicePeriods);
    }

    @Override
    public List<FilingFact> filings(Horizon h, Long personId) {
        // a report or closing recorded after the cut-off is not yet on record: the version reads as unreported, or open
        String sql = "select id, person_id, category, case when reported_recorded_at < ? then status else 'NOT_FILED' end,"
                + " case when reported_recorded_at < ? then reported_on end, change_of, valid_from,"
                + " case when closed_recorded_at < ? then valid_to end from travel_filing"
                + " where valid_from <= ? and recorded_at < ?" + (personId == null ? "" : " and person_id = ?")
                + " order by person_id, valid_from, id";
        Instant cut = h.recordedBefore();
        return Sql.call(dataSource, c -> Sql.list(c, sql, r -> new FilingFact(r.getLong(1), r.getLong(2),
                FilingCategory.valueOf(r.getString(3)), FilingStatus.valueOf(r.getString(4)), date(r.getDate(5)),
                r.getObject(6) == null ? null : r.getLong(6), date(r.getDate(7)), date(r.getDate(8))),
                args(personId, cut, cut, cut, h.asOf(), cut)));
    }

    @Override
    public List<DocumentFact> documents(Horizon h, Long personId) {
        String person = personId == null ? "" : " and d.person_id = ?";
        Instant cut = h.recordedBefore();
        return Sql.call(dataSource, c -> {
            Map<Long, List<CustodyLedger.Move>> moves = new HashMap<>();
            Sql.list(c, "select m.document_id, m.kind, m.moved_on, m.application_id from custody_movement m join travel_document d"
                    + " on d.id = m.document_id where m.moved_on <= ? and m.recorded_at < ?" + person
                    + " order by m.document_id, m.moved_on, m.id", r -> {
                moves.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(new CustodyLedger.Move(
                        CustodyMovementKind.valueOf(r.getString(2)), date(r.getDate(3)), r.getObject(4) == null ? null : r.getLong(4)));
                return null;
            }, args(personId, h.asOf(), cut));
            return Sql.list(c, "select d.id, d.person_id, d.doc_type, d.doc_number, d.declared_on, d.expires_on,"
                    + " case when d.cancel_recorded_at < ? then d.cancelled_on end"
                    + " from travel_document d where d.declared_on <= ? and d.recorded_at < ?" + person + " order by d.id", r -> new DocumentFact(
                    r.getLong(1), r.getLong(2), DocumentType.valueOf(r.getString(3)), r.getString(4), date(r.getDate(5)),
                    date(r.getDate(6)), date(r.getDate(7)), new CustodyLedger(moves.getOrDefault(r.getLong(1), List.of()))),
                    args(personId, cut, h.asOf(), cut));
        });
    }

    @Override
    public Map<Long, LocalDate> returnsOn(Collection<Long> applicationIds) {
        if (applicationIds.isEmpty()) return Map.of();
        Map<Long, LocalDate> result = new HashMap<>();
        List<Long> ids = new ArrayList<>(applicationIds);
        Sql.run(dataSource, c -> {
            for (int i = 0; i < ids.size(); i += 500) {
                List<Long> batch = ids.subList(i, Math.min(ids.size(), i + 500));
                Sql.list(c, "select id, returns_on from travel_application where id in ("
                        + String.join(", ", Collections.nCopies(batch.size(), "?")) + ")", r -> {
                    result.put(r.getLong(1), date(r.getDate(2)));
                    return null;
                }, batch.toArray());
            }
        });
        return result;
    }

    @Override
    public Map<String, List<LocalDate>> entries(Horizon h, Long personId) {
        String sql = "select b.doc_type, b.doc_number, b.crossed_on from border_crossing b where b.direction = 'ENTRY'"
                + " and b.crossed_on <= ? and b.recorded_at < ?" + (personId == null ? "" : " and exists (select 1 from travel_document d"
                + " where d.doc_type = b.doc_type and d.doc_number = b.doc_number and d.person_id = ?)") + " order by b.crossed_on";
        Map<String, List<LocalDate>> result = new LinkedHashMap<>();
        Sql.run(dataSource, c -> Sql.list(c, sql, r -> {
            result.computeIfAbsent(r.getString(1) + ":" + r.getString(2), k -> new ArrayList<>()).add(date(r.getDate(3)));
            return null;
        }, args(personId, h.asOf(), h.recordedBefore())));
        return result;
    }

    @Override
    public Map<Long, String> postsOn(Collection<Long> personIds, LocalDate date) {
        Map<Long, String> result = new HashMap<>();
        List<Long> ids = new ArrayList<>(personIds);
        Sql.run(dataSource, c -> {
            for (int i = 0; i < ids.size(); i += 500) {
                List<Long> batch = ids.subList(i, Math.min(ids.size(), i + 500));
                List<Object> params = new ArrayList<>(batch);
                for (int k = 0; k < 4; k++) params.add(date);
                Sql.list(c, "select a.person_id, v.name, a.category from appointment a join unit_version v on v.unit_id = a.unit_id"
                        + " where a.person_id in (" + String.join(", ", Collections.nCopies(batch.size(), "?")) + ")"
                        + " and " + SqlQuery.inForce("a", "?") + " and " + SqlQuery.inForce("v", "?")
                        + " order by a.person_id, a.valid_from, v.valid_from", r -> {
                    String post = r.getString(2) + LeadershipCategory.valueOf(r.getString(3)).label();
                    result.merge(r.getLong(1), post, (a, b) -> a.contains(post) ? a : a + "、" + post);
                    return null;
                }, params.toArray());
            }
        });
        return result;
    }

    @Override
    public Map<Long, PersonFacts> personFactsOn(Collection<Long> personIds, LocalDate date) {
        Map<Long, PersonFacts> result = new HashMap<>();
        List<Long> ids = new ArrayList<>(personIds);
        Sql.run(dataSource, c -> {
            for (int i = 0; i < ids.size(); i += 500) {
                List<Long> batch = ids.subList(i, Math.min(ids.size(), i + 500));
                List<Object> params = new ArrayList<>(batch);
                params.add(date);
                params.add(date);
                Sql.list(c, "select f.person_id, f.kind, f.fact_value from person_fact f where f.person_id in ("
                        + String.join(", ", Collections.nCopies(batch.size(), "?")) + ")"
                        + " and " + SqlQuery.inForce("f", "?"), r -> {
                    PersonFacts known = result.getOrDefault(r.getLong(1), new PersonFacts(null, null));
                    result.put(r.getLong(1), "RANK".equals(r.getString(2))
                            ? new PersonFacts(CadreRank.valueOf(r.getString(3)), known.household())
                            : new PersonFacts(known.rank(), r.getString(3)));
                    return null;
                }, params.toArray());
            }
        });
        return result;
    }

    @Override
    public Optional<Application> application(long id) {
        return Sql.call(dataSource, c -> application(c, id));
    }

    private static Optional<Application> application(Connection c, long id) throws SQLException {
        return Sql.list(c, "select id, person_id, application_number, status, departs_on, returns_on from travel_application where id = ?",
                r -> new Application(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4), date(r.getDate(5)),
                        date(r.getDate(6))), id).stream().findFirst();
    }

    /** The parameters given, then the person's id when one is asked for. */
    private static Object[] args(Long personId, Object... params) {
        if (personId == null) return params;
        Object[] all = java.util.Arrays.copyOf(params, params.length + 1);
        all[params.length] = personId;
        return all;
    }

    private static LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.isBefore(b) ? a : b;
    }
}
