package org.bianzhi.establishment.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bianzhi.establishment.domain.Unit;
import org.bianzhi.establishment.domain.UnitCode;
import org.bianzhi.establishment.domain.UnitRepository;
import org.bianzhi.shared.domain.UnitPath;
import org.bianzhi.shared.infrastructure.SqlQuery;

@ApplicationScoped
public class JpaUnitRepository implements UnitRepository {

    @PersistenceContext(unitName = "bianzhi")
    EntityManager em;

    @Override
    public Optional<Unit> findByCode(String code) {
        return em.createQuery("select u from Unit u where u.code = :c", Unit.class)
                .setParameter("c", UnitCode.normalise(code)).getResultStream().findFirst();
    }

    @Override
    public Optional<Unit> findById(Long id) {
        return Optional.ofNullable(em.find(Unit.class, id));
    }

    @Override
    public Optional<Unit> lockByCode(String code) {
        return em.createQuery("select u from Unit u where u.code = :c", Unit.class)
                .setParameter("c", UnitCode.normalise(code))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    @Override
    public void add(Unit unit) {
        em.persist(unit);
    }

    @Override
    public List<Unit> search(String parentCode, boolean topLevel, String text, boolean includeAbolished, String scopePath, int offset, int limit) {
        return query("select u", parentCode, topLevel, text, includeAbolished, scopePath, " order by u.code", Unit.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(String parentCode, boolean topLevel, String text, boolean includeAbolished, String scopePath) {
        return query("select count(u)", parentCode, topLevel, text, includeAbolished, scopePath, "", Long.class).getSingleResult();
    }

    /** The units whose newest state matches: current units, and abolished ones on request. */
    private <T> TypedQuery<T> query(String select, String parentCode, boolean topLevel, String text, boolean includeAbolished,
                                    String scopePath, String order, Class<T> type) {
        StringBuilder q = new StringBuilder(select).append(" from Unit u, UnitVersion v where v.unit = u"
                + " and (v.period.validTo is null or v.period.validTo = u.abolishedOn)");
        Map<String, Object> params = new HashMap<>();
        if (!includeAbolished) q.append(" and u.abolishedOn is null");
        if (scopePath != null) {
            q.append(" and u.path like :scope");
            params.put("scope", UnitPath.likePattern(scopePath));
        }
        if (parentCode != null) {
            q.append(" and v.parentId = (select p.id from Unit p where p.code = :parent)");
            params.put("parent", UnitCode.normalise(parentCode));
        }
        if (topLevel) q.append(" and v.parentId is null");
        if (text != null && !text.isBlank()) {
            q.append(" and (v.name like :t or v.shortName like :t or v.aliases like :t or u.code = :code)");
            params.put("t", "%" + text.strip() + "%");
            params.put("code", text.strip().toUpperCase());
        }
        TypedQuery<T> tq = em.createQuery(q.append(order).toString(), type);
        params.forEach(tq::setParameter);
        return tq;
    }

    @Override
    public boolean nameTaken(String regionCode, String name, Long exceptUnitId) {
        return em.createQuery("select count(u) from Unit u where u.nameKey = :k and u.id <> :id", Long.class)
                .setParameter("k", regionCode + ":" + name)
                .setParameter("id", exceptUnitId == null ? -1L : exceptUnitId)
                .getSingleResult() > 0;
    }

    @Override
    public void movePaths(String oldPrefix, String newPrefix) {
        em.flush();
        em.createNativeQuery("update unit set path = ? || substr(path, ?) where path like ?")
                .setParameter(1, newPrefix)
                .setParameter(2, oldPrefix.length() + 1)
                .setParameter(3, UnitPath.likePattern(oldPrefix))
                .executeUpdate();
        em.clear();
    }

    @Override
    public List<Unit> childrenOf(Long parentId, LocalDate asOf) {
        return em.createQuery("select u from Unit u, UnitVersion v where v.unit = u and v.parentId = :p"
                        + " and " + SqlQuery.periodInForce("v", ":d")
                        + " order by u.code", Unit.class)
                .setParameter("p", parentId).setParameter("d", asOf).getResultList();
    }
}
