package org.bianzhi.delegation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import org.bianzhi.delegation.domain.ReviewFacts;
import org.bianzhi.establishment.domain.AdministrativeLevel;
import org.bianzhi.establishment.domain.LeadershipCategory;
import org.bianzhi.establishment.domain.Unit;
import org.bianzhi.roster.domain.LeadingRole;
import org.bianzhi.shared.domain.UnitPath;

@ApplicationScoped
public class JpaReviewFacts implements ReviewFacts {

    /** People per IN list, within what both databases take in one statement. */
    private static final int CHUNK = 500;

    @PersistenceContext(unitName = "bianzhi")
    EntityManager em;

    @Override
    public List<Trip> officialTrips(LocalDate from, LocalDate to, String scopePath) {
        Query q = em.createNativeQuery("select d.delegation_number, m.person_id, d.departs_on, d.purpose from delegation d"
                + " join delegation_member m on m.delegation_id = d.id join unit u on u.id = d.organiser_unit_id"
                + " where d.approved_on >= ? and d.approved_on <= ? and d.status in ('APPROVED', 'RETURNED', 'REPORTED')"
                + (scopePath == null ? "" : " and u.path like ?") + " order by d.delegation_number, m.position");
        q.setParameter(1, from).setParameter(2, to);
        if (scopePath != null) q.setParameter(3, UnitPath.likePattern(scopePath));
        return trips(q);
    }

    @Override
    public List<Trip> privateTrips(LocalDate from, LocalDate to) {
        return trips(em.createNativeQuery("select application_number, person_id, departs_on, purpose from travel_application"
                + " where status = 'APPROVED' and decided_on >= ? and decided_on <= ? order by application_number")
                .setParameter(1, from).setParameter(2, to));
    }

    private static List<Trip> trips(Query q) {
        List<Trip> out = new ArrayList<>();
        for (Object o : q.getResultList()) {
            Object[] r = (Object[]) o;
            out.add(new Trip((String) r[0], ((Number) r[1]).longValue(), date(r[2]), (String) r[3]));
        }
        return out;
    }

    @Override
    public List<Span> filings(Collection<Long> personIds) {
        List<Span> out = new ArrayList<>();
        for (List<Long> chunk : chunks(personIds)) {
            for (Object o : query("select person_id, valid_from, valid_to from travel_filing where person_id in ("
                    + marks(chunk.size()) + ")", chunk).getResultList()) {
                Object[] r = (Object[]) o;
                out.add(new Span(((Number) r[0]).longValue(), date(r[1]), date(r[2])));
            }
        }
        return out;
    }

    @Override
    public List<PostSpan> appointments(Collection<Long> personIds) {
        List<PostSpan> out = new ArrayList<>();
        for (List<Long> chunk : chunks(personIds)) {
            for (Object o : query("select person_id, valid_from, valid_to, unit_id, category, leading_role from appointment"
                    + " where person_id in (" + marks(chunk.size()) + ")", chunk).getResultList()) {
                Object[] r = (Object[]) o;
                out.add(new PostSpan(new Span(((Number) r[0]).longValue(), date(r[1]), date(r[2])), ((Number) r[3]).longValue(),
                        LeadershipCategory.valueOf((String) r[4]), r[5] == null ? null : LeadingRole.valueOf((String) r[5])));
            }
        }
        return out;
    }

    @Override
    public AdministrativeLevel levelOn(long unitId, LocalDate day) {
        Unit u = em.find(Unit.class, unitId);
        return u == null ? null : u.asOf(day).map(v -> v.attributes().level()).orElse(null);
    }

    private Query query(String sql, List<Long> params) {
        Query q = em.createNativeQuery(sql);
        for (int i = 0; i < params.size(); i++) q.setParameter(i + 1, params.get(i));
        return q;
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = new ArrayList<>(new TreeSet<>(ids));
        List<List<Long>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) out.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        return out;
    }

    private static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    private static LocalDate date(Object value) {
        return value == null ? null : value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
