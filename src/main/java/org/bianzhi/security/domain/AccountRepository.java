package org.bianzhi.security.domain;

import java.util.List;
import java.util.Optional;

/** Accounts and their sessions. */
public interface AccountRepository {

    Optional<Account> findByUsername(String username);

    Optional<Account> findById(Long id);

    List<Account> all();

    long countWithRole(Role role);

    void add(Account account);

    void add(SessionToken token);

    Optional<SessionToken> findSession(String tokenHash);

    /** Ends every open session of the account at {@code at}, on every instance (the bearer check reads the database). */
    void revokeSessions(Long accountId, java.time.Instant at);

    /** Who holds a session token, read in one query (every request asks). */
    Optional<Bearer> bearer(String tokenHash);

    /** A session token's holder: account name, role and state, the token's validity, the account's unit. */
    record Bearer(String username, Role role, boolean enabled, java.time.Instant expiresAt, java.time.Instant revokedAt,
                  String unitPath, String unitCode) {

        public boolean validAt(java.time.Instant now) {
            return revokedAt == null && expiresAt.isAfter(now);
        }
    }
}
