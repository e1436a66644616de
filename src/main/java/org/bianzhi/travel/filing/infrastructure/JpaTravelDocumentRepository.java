package org.bianzhi.travel.filing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bianzhi.travel.filing.domain.CustodyMovement;
import org.bianzhi.travel.filing.domain.DocumentType;
import org.bianzhi.travel.filing.domain.TravelDocument;
import org.bianzhi.travel.filing.domain.TravelDocumentRepository;

@ApplicationScoped
public class JpaTravelDocumentRepository implements TravelDocumentRepository {

    @PersistenceContext(unitName = "bianzhi")
    EntityManager em;

    @Override
    public void add(TravelDocument document) {
        em.persist(document);
    }

    @Override
    public Optional<TravelDocument> find(Long id) {
        return Optional.ofNullable(em.find(TravelDocument.class, id));
    }

    @Override
    public Optional<TravelDocument> lock(Long id) {
        return Optional.ofNullable(em.find(TravelDocument.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<TravelDocument> findByNumber(DocumentType type, String number) {
        return em.createQuery("select d from TravelDocument d where d.type = :t and d.number = :n", TravelDocument.class)
                .setParameter("t", type).setParameter("n", number).getResultStream().findFirst();
    }

    @Override
    public List<TravelDocument> ofPerson(Long personId) {
        return em.createQuery("select d from TravelDocument d where d.personId = :p order by d.declaredOn, d.id", TravelDocument.class)
                .setParameter("p", personId).getResultList();
    }

    @Override
    public List<TravelDocument> list(Filter f) {
        StringBuilder jpql = new StringBuilder("select d from TravelDocument d where 1 = 1");
        if (f.type() != null) jpql.append(" and d.type = :t");
        if (f.personId() != null) jpql.append(" and d.personId = :p");
        if (f.text() != null) {
            jpql.append(" and (upper(d.number) like :n or d.personId in (select p.id from Person p where p.name like :n"
                    + " or p.idNumber like :n))");
        }
        jpql.append(" order by d.declaredOn desc, d.id desc");
        TypedQuery<TravelDocument> q = em.createQuery(jpql.toString(), TravelDocument.class);
        if (f.type() != null) q.setParameter("t", f.type());
        if (f.personId() != null) q.setParameter("p", f.personId());
        if (f.text() != null) q.setParameter("n", "%" + f.text().toUpperCase() + "%");
        return q.getResultList();
    }

    @Override
    public void add(CustodyMovement movement) {
        em.persist(movement);
    }

    @Override
    public List<CustodyMovement> movementsOf(Long documentId) {
        return em.createQuery("select m from CustodyMovement m where m.documentId = :d order by m.movedOn, m.id", CustodyMovement.class)
                .setParameter("d", documentId).getResultList();
    }

    @Override
    public Map<Long, List<CustodyMovement>> movementsOf(Collection<Long> documentIds) {
        Map<Long, List<CustodyMovement>> result = new LinkedHashMap<>();
        List<Long> ids = new ArrayList<>(documentIds);
        for (int i = 0; i < ids.size(); i += 500) {
            em.createQuery("select m from CustodyMovement m where m.documentId in :d order by m.movedOn, m.id", CustodyMovement.class)
                    .setParameter("d", ids.subList(i, Math.min(ids.size(), i + 500))).getResultList()
                    .forEach(m -> result.computeIfAbsent(m.documentId(), k -> new ArrayList<>()).add(m));
        }
        return result;
    }

    @Override
    public List<CustodyMovement> movementsBetween(LocalDate from, LocalDate to) {
        return em.createQuery("select m from CustodyMovement m where m.movedOn >= :f and m.movedOn <= :t order by m.movedOn desc, m.id desc",
                CustodyMovement.class).setParameter("f", from).setParameter("t", to).getResultList();
    }
}
