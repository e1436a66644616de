package org.bianzhi.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.bianzhi.shared.application.UnitOfWork;

@ApplicationScoped
public class JpaUnitOfWork implements UnitOfWork {

    @PersistenceContext(unitName = "bianzhi")
    EntityManager em;

    @Override
    public void writeAndForget() {
        em.flush();
        em.clear();
    }

    @Override
    public void nextVersion(Object aggregate) {
        em.lock(aggregate, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
    }
}
