package org.bianzhi.security.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bianzhi.security.domain.Account;
import org.bianzhi.security.domain.AccountRepository;
import org.bianzhi.security.domain.Role;
import org.bianzhi.security.domain.SessionToken;

@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

    @PersistenceContext(unitName = "bianzhi")
    EntityManager em;

    @Override
    public Optional<Account> findByUsername(String username) {
        return em.createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", username).getResultStream().findFirst();
    }

    @Override
    public Optional<Account> findById(Long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    @Override
    public List<Account> all() {
        return em.createQuery("select a from Account a order by a.username", Account.class).getResultList();
    }

    @Override
    public long countWithRole(Role role) {
        return em.createQuery("select count(a) from Account a where a.role = :r", Long.class).setParameter("r", role).getSingleResult();
    }

    @Override
    public void add(Account account) {
        em.persist(account);
    }

    @Override
    public void add(SessionToken token) {
        em.persist(token);
    }

    @Override
    public void revokeSessions(Long accountId, java.time.Instant at) {
        em.createQuery("update SessionToken s set s.revokedAt = :at where s.accountId = :a and s.revokedAt is null")
                .setParameter("at", at).setParameter("a", accountId).executeUpdate();
    }

    @Override
    public Optional<SessionToken> findSession(String tokenHash) {
        return Optional.ofNullable(em.find(SessionToken.class, tokenHash));
    }

    @Override
    public Optional<Bearer> bearer(String tokenHash) {
        List<?> rows = em.createNativeQuery("select a.username, a.role, a.enabled, s.expires_at, s.revoked_at, u.path, u.code"
                + " from session_token s join account a on a.id = s.account_id left join unit u on u.id = a.unit_id"
                + " where s.token_hash = ?1").setParameter(1, tokenHash).getResultList();
        if (rows.isEmpty()) return Optional.empty();
        Object[] r = (Object[]) rows.get(0);
        return Optional.of(new Bearer((String) r[0], Role.valueOf((String) r[1]), Boolean.TRUE.equals(r[2]), instant(r[3]),
                instant(r[4]), (String) r[5], (String) r[6]));
    }

    private static Instant instant(Object value) {
        if (value == null) return null;
        if (value instanceof Instant i) return i;
        if (value instanceof java.sql.Timestamp t) return t.toInstant();
        if (value instanceof java.time.OffsetDateTime o) return o.toInstant();
        throw new IllegalStateException("unexpected timestamp " + value.getClass());
    }
}
