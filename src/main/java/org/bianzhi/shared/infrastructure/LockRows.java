package org.bianzhi.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;

/**
 * Makes sure a row that serves as a lock exists, in a transaction of its own, so that two requests
 * creating it at once do not fail the business transaction that then locks it.
 */
@ApplicationScoped
public class LockRows {

    private static final Logger LOG = Logger.getLogger(LockRows.class.getName());

    @Inject
    Inserter inserter;

    /** Runs {@code insertSql} (an insert of the lock row) unless {@code countSql} finds the row; a lost race is fine. */
    public void ensure(String countSql, String insertSql, Object... params) {
        try {
            inserter.insertIfMissing(countSql, insertSql, params);
        } catch (RuntimeException e) {
            LOG.fine("lock row created concurrently: " + e);
        }
    }

    /** The REQUIRES_NEW half, a bean of its own so the interceptor applies. */
    @ApplicationScoped
    public static class Inserter {

        @PersistenceContext(unitName = "bianzhi")
        EntityManager em;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public void insertIfMissing(String countSql, String insertSql, Object... params) {
            var count = em.createNativeQuery(countSql);
            var insert = em.createNativeQuery(insertSql);
            for (int i = 0; i < params.length; i++) {
                count.setParameter(i + 1, params[i]);
                insert.setParameter(i + 1, params[i]);
            }
            if (((Number) count.getSingleResult()).longValue() == 0) insert.executeUpdate();
        }
    }
}
