package org.bianzhi.travel.infrastructure;

import static org.bianzhi.travel.infrastructure.TravelRows.date;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.bianzhi.shared.infrastructure.DatabaseDefinition;
import org.bianzhi.shared.infrastructure.Sql;
import org.bianzhi.travel.domain.Approval;
import org.bianzhi.travel.domain.Crossing;
import org.bianzhi.travel.domain.CustodyLedger;
import org.bianzhi.travel.domain.CustodyMovementKind;
import org.bianzhi.travel.domain.DocumentType;
import org.bianzhi.travel.domain.PersonTravel;
import org.bianzhi.travel.domain.CrossingFacts;

/**
 * The facts of the travel checks, one query per table for every person filed by the day asked (V12's tables, read
 * directly: the filing and approval desks own the writing); documents come with their custody ledgers.
 */
@ApplicationScoped
public class JdbcCrossingFacts implements CrossingFacts {

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;

    @Override
    public List<PersonTravel> filedPeople(LocalDate asOf, Long personId) {
        String who = "in (select f.person_id from travel_filing f where f.valid_from <= ?" + (personId == null ? "" : " and f.person_id = ?") + ")";
        List<Object> params = personId == null ? List.of(asOf) : List.of(asOf, personId);
        return Sql.call(dataSource, c -> {
            Map<Long, List<PersonTravel.Period>> filings = new HashMap<>();
            Sql.list(c, "select person_id, valid_from, valid_to from travel_filing where person_id " + who + " and valid_from <= ?",
                    r -> filings.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(new PersonTravel.Period(date(r, 2), date(r, 3))),
                    with(params, asOf));
            // the custody ledgers of those documents, moves made by the day, one query for everyone
            Map<Long, List<CustodyLedger.Move>> moves = new HashMap<>();
            Sql.list(c, "select m.document_id, m.kind, m.moved_on, m.application_id from custody_movement m join travel_document d"
                    + " on d.id = m.document_id where d.person_id " + who + " and d.declared_on <= ? and m.moved_on <= ?"
                    + " order by m.document_id, m.moved_on, m.id",
                    r -> moves.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(new CustodyLedger.Move(
                            CustodyMovementKind.valueOf(r.getString(2)), date(r, 3), r.getObject(4) == null ? null : r.getLong(4))),
                    with(with(params, asOf), asOf));
            Map<Long, List<PersonTravel.Document>> documents = new HashMap<>();
            Sql.list(c, "select person_id, doc_type, doc_number, issued_on, declared_on, id from travel_document where person_id " + who
                    + " and declared_on <= ?", r -> documents.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                    .add(new PersonTravel.Document(DocumentType.valueOf(r.getString(2)), r.getString(3).strip().toUpperCase(),
                            date(r, 4), date(r, 5), new CustodyLedger(moves.getOrDefault(r.getLong(6), List.of())))), with(params, asOf));
            Map<Long, List<PersonTravel.Declaration>> declarations = new HashMap<>();
            Sql.list(c, "select person_id, departs_on, returns_on, declared_on from travel_declaration where person_id " + who
                    + " and declared_on <= ?", r -> declarations.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                    .add(new PersonTravel.Declaration(date(r, 2), date(r, 3), date(r, 4))), with(params, asOf));
            Map<Long, List<Crossing>> crossings = TravelRows.crossings(c, who, params, asOf);
            Map<Long, List<Approval>> approvals = TravelRows.approvals(c, who, params, asOf);
            List<PersonTravel> people = new ArrayList<>();
            for (long id : new TreeSet<>(filings.keySet())) {
                people.add(new PersonTravel(id, filings.get(id), documents.getOrDefault(id, List.of()), crossings.getOrDefault(id, List.of()),
                        approvals.getOrDefault(id, List.of()), declarations.getOrDefault(id, List.of())));
            }
            return people;
        });
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
