package org.bianzhi.imports.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.List;

/**
 * The registry's current state as rows for export files, read in pages so that a province never sits in
 * memory at once. {@code path} restricts to a unit subtree (materialized path prefix).
 */
@ApplicationScoped
public class ExportQueries {

    @PersistenceContext(unitName = "bianzhi")
    EntityManager em;

    /** Current units, parents before children: code, name, short name, kind, class, parent code, region, level, funding, aliases, established. */
    @SuppressWarnings("unchecked")
    public List<Object[]> units(String path) {
        return em.createNativeQuery("select u.code, v.name, v.short_name, v.kind, v.institution_class, p.code as parent,"
                        + " v.region_code, v.admin_level, v.funding, v.aliases, u.established_on from unit u"
                        + " join unit_version v on v.unit_id = u.id and v.valid_to is null left join unit p on p.id = v.parent_id"
                        + " where u.abolished_on is null and u.path like ?1 order by u.path")
                .setParameter(1, path + "%").getResultList();
    }

    /** Approvals in force for some time (not superseded on their first day): code, subject, count, from, document. */
    @SuppressWarnings("unchecked")
    public List<Object[]> approvals(String table, String subjectColumn, String path) {
        return em.createNativeQuery("select u.code, a." + subjectColumn + ", a.approved_count, a.valid_from, a.basis_document"
                        + " from " + table + " a join unit u on u.id = a.unit_id where u.abolished_on is null"
                        + " and (a.valid_to is null or a.valid_to > a.valid_from) and u.path like ?1"
                        + " order by u.code, a." + subjectColumn + ", a.valid_from")
                .setParameter(1, path + "%").getResultList();
    }

    /**
     * The next page of people with a current record under the path: id, ID number, name, gender, birth date,
     * identity. The limit is in the SQL so that the planner knows it (a JDBC row limit only cuts the answer:
     * every page was planned for all the people after it, 2.6 s a page for a province).
     */
    @SuppressWarnings("unchecked")
    public List<Object[]> people(String path, long afterId, int limit) {
        return scoped(em.createNativeQuery("select p.id, p.id_number, p.name, p.gender, p.birth_date, p.identity,"
                + " (select f.fact_value from person_fact f where f.person_id = p.id and f.kind = 'RANK' and f.valid_to is null),"
                + " (select f.fact_value from person_fact f where f.person_id = p.id and f.kind = 'HOUSEHOLD' and f.valid_to is null)"
                + " from person p"
                + " where p.id > ?1 and (exists (select 1 from occupancy o join unit u on u.id = o.unit_id"
                + " where o.person_id = p.id and o.valid_to is null" + under("u", path) + ") or exists (select 1 from"
                + " posting s join unit w on w.id = s.unit_id where s.person_id = p.id and s.valid_to is null"
                + under("w", path) + ")) order by p.id fetch first ?2 rows only")
                .setParameter(1, afterId).setParameter(2, limit), path).getResultList();
    }

    /** Current occupancies of people with ids in (from, to]: person, unit code, type, from, notice number, route. */
    public List<Object[]> occupancies(long fromId, long toId, String path) {
        return inRange("select o.person_id, u.code, o.quota_type, o.valid_from, o.increase_notice_no, o.entry_route"
                + " from occupancy o join unit u on u.id = o.unit_id where o.valid_to is null and o.person_id > ?1"
                + " and o.person_id <= ?2" + under("u", path) + " order by o.person_id, o.valid_from, o.id", fromId, toId, path);
    }

    /** Current postings: person, unit code, post type, arrangement, from, secondment end, approval document. */
    public List<Object[]> postings(long fromId, long toId, String path) {
        return inRange("select s.person_id, u.code, s.post_type, s.arrangement, s.valid_from, s.secondment_end,"
                + " s.approval_document from posting s join unit u on u.id = s.unit_id where s.valid_to is null"
                + " and s.person_id > ?1 and s.person_id <= ?2" + under("u", path) + " order by s.person_id, s.valid_from, s.id",
                fromId, toId, path);
    }

    /** Current leadership appointments: person, unit code, category. */
    public List<Object[]> appointments(long fromId, long toId, String path) {
        return inRange("select a.person_id, u.code, a.category from appointment a join unit u on u.id = a.unit_id"
                + " where a.valid_to is null and a.person_id > ?1 and a.person_id <= ?2" + under("u", path)
                + " order by a.person_id, a.valid_from, a.id", fromId, toId, path);
    }

    /** Rows of people with ids in (from, to] under a unit path; {@code sql} binds them as ?1 and ?2. */
    @SuppressWarnings("unchecked")
    private List<Object[]> inRange(String sql, long fromId, long toId, String path) {
        return scoped(em.createNativeQuery(sql).setParameter(1, fromId).setParameter(2, toId), path).getResultList();
    }

    /**
     * The condition "unit {@code alias} lies under the path" (parameter ?3), or none under the root, where every
     * unit qualifies and PostgreSQL then looks units up by key instead of hashing all of them for each page.
     */
    private static String under(String alias, String path) {
        return path.equals("/") ? "" : " and " + alias + ".path like ?3";
    }

    private static Query scoped(Query query, String path) {
        return path.equals("/") ? query : query.setParameter(3, path + "%");
    }
}
