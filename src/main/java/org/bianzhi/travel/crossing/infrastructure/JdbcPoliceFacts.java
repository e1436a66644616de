package org.bianzhi.travel.crossing.infrastructure;

import static org.bianzhi.travel.infrastructure.TravelRows.date;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.bianzhi.shared.infrastructure.DatabaseDefinition;
import org.bianzhi.shared.infrastructure.Sql;
import org.bianzhi.travel.filing.domain.DocumentType;
import org.bianzhi.travel.domain.Horizon;
import org.bianzhi.travel.crossing.domain.PoliceFacts;
import org.bianzhi.travel.crossing.domain.PoliceRecords;

/** {@link PoliceFacts} over document_issuance, exit_certificate (V24), border_crossing and travel_filing, in batches of ids. */
@ApplicationScoped
public class JdbcPoliceFacts implements PoliceFacts {

    private static final int BATCH = 500;

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;

    @Override
    public Map<Long, PoliceRecords> of(Collection<Long> personIds, Horizon h) {
        LocalDate asOf = h.asOf();
        Instant cut = h.recordedBefore();
        if (personIds.isEmpty()) return Map.of();
        List<Long> all = new ArrayList<>(personIds);
        return Sql.call(dataSource, c -> {
            Map<Long, List<PoliceRecords.Issuance>> issuances = new HashMap<>();
            Map<Long, Set<String>> others = new HashMap<>();
            Map<Long, List<PoliceRecords.Certificate>> certificates = new HashMap<>();
            Map<Long, List<PoliceRecords.Department>> departments = new HashMap<>();
            for (int i = 0; i < all.size(); i += BATCH) {
                List<Long> ids = all.subList(i, Math.min(all.size(), i + BATCH));
                String in = " in (?" + ", ?".repeat(ids.size() - 1) + ")";
                Sql.list(c, "select p.id, i.doc_type, i.doc_number, i.issued_on, i.authority from document_issuance i join person p"
                        + " on p.id_number = i.id_number where p.id" + in + " and i.issued_on <= ? and i.recorded_at < ? order by i.issued_on, i.id", r -> issuances
                        .computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(new PoliceRecords.Issuance(
                                DocumentType.valueOf(r.getString(2)), r.getString(3), date(r, 4), r.getString(5))), params(ids, asOf, cut));
                Sql.list(c, "select distinct p.id, b.doc_type, b.doc_number from border_crossing b join person p on p.id_number = b.id_number"
                        + " join document_issuance i on i.doc_type = b.doc_type and i.doc_number = b.doc_number where p.id" + in
                        + " and i.id_number <> b.id_number and b.crossed_on <= ? and i.issued_on <= ? and b.recorded_at < ? and i.recorded_at < ?", r -> others
                        .computeIfAbsent(r.getLong(1), k -> new HashSet<>()).add(r.getString(2) + ":" + r.getString(3)), params(ids, asOf, asOf, cut, cut));
                Sql.list(c, "select p.id, e.certificate_number, e.issued_on, e.issuer from exit_certificate e join person p"
                        + " on p.id_number = e.id_number where p.id" + in + " and e.issued_on <= ? and e.recorded_at < ? order by e.issued_on, e.id", r -> certificates
                        .computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(new PoliceRecords.Certificate(r.getString(2), date(r, 3),
                                r.getString(4))), params(ids, asOf, cut));
                // a closing recorded after the cut-off is not yet on record: the version reads as open
                Sql.list(c, "select person_id, valid_from, case when closed_recorded_at < ? then valid_to end, department from travel_filing"
                        + " where person_id" + in + " and valid_from <= ? and recorded_at < ?", r -> departments.computeIfAbsent(r.getLong(1),
                        k -> new ArrayList<>()).add(new PoliceRecords.Department(date(r, 2), date(r, 3), r.getString(4))),
                        withFirst(cut, params(ids, asOf, cut)));
            }
            Set<Long> known = new HashSet<>(issuances.keySet());
            known.addAll(others.keySet());
            known.addAll(certificates.keySet());
            Map<Long, PoliceRecords> result = new HashMap<>();
            for (long id : known) {
                result.put(id, new PoliceRecords(issuances.getOrDefault(id, List.of()), others.getOrDefault(id, Set.of()),
                        certificates.getOrDefault(id, List.of()), departments.getOrDefault(id, List.of())));
            }
            return result;
        });
    }

    private static Object[] withFirst(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private static Object[] params(List<Long> ids, Object... more) {
        List<Object> all = new ArrayList<>(ids);
        all.addAll(List.of(more));
        return all.toArray();
    }
}
