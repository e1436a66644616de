package org.bianzhi.security.domain;

import java.util.List;
import java.util.Optional;

/** Accounts and their sessions. */
public interface AccountRepository {

    Optional<Account> findByUsername(String username);

    Optional<Account> findById(Long id);

    /** Locks the account row (sign-in counts wrong passwords without losing any to a race). */
    Optional<Account> lockByUsername(String username);

    List<Account> all();

    long countWithRole(Role role);

    void add(Account account);

    void add(SessionToken token);

    Optional<SessionToken> findSession(String tokenHash);
}
