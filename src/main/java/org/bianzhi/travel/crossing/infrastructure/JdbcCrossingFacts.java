package org.bianzhi.travel.crossing.infrastructure;

import static org.bianzhi.travel.infrastructure.TravelRows.date;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.bianzhi.shared.infrastructure.DatabaseDefinition;
import org.bianzhi.shared.infrastructure.Sql;
import org.bianzhi.travel.approval.domain.Approval;
import org.bianzhi.travel.crossing.domain.Crossing;
import org.bianzhi.travel.filing.domain.CustodyLedger;
import org.bianzhi.travel.filing.domain.CustodyMovementKind;
import org.bianzhi.travel.filing.domain.DocumentType;
import org.bianzhi.travel.domain.Horizon;
import org.bianzhi.travel.domain.PersonTravel;
import org.bianzhi.travel.crossing.domain.CrossingFacts;
import org.bianzhi.travel.infrastructure.TravelRows;

/**
 * The facts of the travel checks, one query per table for every person filed by the day asked (V12's tables, read
 * directly: the filing and approval desks own the writing); documents come with their custody ledgers.
 */
@ApplicationScoped
public class JdbcCrossingFacts implements CrossingFacts {

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;

    @Override
    public List<PersonTravel> filedPeople(Horizon h, Long personId) {
        LocalDate asOf = h.asOf();
        Instant cut = h.recordedBefore();
        String who = "in (select f.person_id from travel_filing f where f.valid_from <= ? and f.recorded_at < ?"
                + (personId == null ? "" : " and f.person_id = ?") + ")";
        List<Object> params = personId == null ? List.of(asOf, cut) : List.of(asOf, cut, personId);
        return Sql.call(dataSource, c -> {
            Map<Long, List<PersonTravel.Period>> filings = new HashMap<>();
            // a closing recorded after the cut-off is not yet known: the version reads as open
            Sql.list(c, "select person_id, valid_from, case when closed_recorded_at < ? then valid_to end from travel_filing"
                    + " where person_id " + who + " and valid_from <= ? and recorded_at < ?",
                    r -> filings.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(new PersonTravel.Period(date(r, 2), date(r, 3))),
                    with(with(first(cut, params), asOf), cut));
            // the custody ledgers of those documents, moves made by the day, one query for everyone
            Map<Long, List<CustodyLedger.Move>> moves = new HashMap<>();
            Sql.list(c, "select m.document_id, m.kind, m.moved_on, m.application_id from custody_movement m join travel_document d"
                    + " on d.id = m.document_id where d.person_id " + who + " and d.declared_on <= ? and d.recorded_at < ?"
                    + " and m.moved_on <= ? and m.recorded_at < ? order by m.document_id, m.moved_on, m.id",
                    r -> moves.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(new CustodyLedger.Move(
                            CustodyMovementKind.valueOf(r.getString(2)), date(r, 3), r.getObject(4) == null ? null : r.getLong(4))),
                    with(with(with(with(params, asOf), cut), asOf), cut));
            Map<Long, List<PersonTravel.Document>> documents = new HashMap<>();
            Sql.list(c, "select person_id, doc_type, doc_number, issued_on, declared_on, id from travel_document where person_id " + who
                    + " and declared_on <= ? and recorded_at < ?", r -> documents.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                    .add(new PersonTravel.Document(DocumentType.valueOf(r.getString(2)), r.getString(3).strip().toUpperCase(),
                            date(r, 4), date(r, 5), new CustodyLedger(moves.getOrDefault(r.getLong(6), List.of())))),
                    with(with(params, asOf), cut));
            Map<Long, List<PersonTravel.Declaration>> declarations = new HashMap<>();
            Sql.list(c, "select person_id, departs_on, returns_on, declared_on, recorded_at from travel_declaration where person_id " + who
                    + " and declared_on <= ? and recorded_at < ?", r -> declarations.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                    .add(new PersonTravel.Declaration(date(r, 2), date(r, 3), date(r, 4), TravelRows.instant(r, 5))),
                    with(with(params, asOf), cut));
            Map<Long, List<Crossing>> crossings = TravelRows.crossings(c, who, params, h);
            Map<Long, List<Approval>> approvals = TravelRows.approvals(c, who, params, h);
            List<PersonTravel> people = new ArrayList<>();
            for (long id : new TreeSet<>(filings.keySet())) {
                people.add(new PersonTravel(id, filings.get(id), documents.getOrDefault(id, List.of()), crossings.getOrDefault(id, List.of()),
                        approvals.getOrDefault(id, List.of()), declarations.getOrDefault(id, List.of())));
            }
            return people;
        });
    }

    private static List<Object> first(Object head, List<Object> params) {
        List<Object> all = new ArrayList<>();
        all.add(head);
        all.addAll(params);
        return all;
    }

    private static Object[] with(Object[] params, Object last) {
        return with(List.of(params), last);
    }

    private static Object[] with(List<Object> params, Object last) {
        List<Object> all = new ArrayList<>(params);
        all.add(last);
        return all.toArray();
    }
}
