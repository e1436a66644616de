package org.bianzhi.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
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
}
