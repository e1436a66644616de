package org.bianzhi.security.domain;

import java.time.Instant;
import java.util.Set;

/** The sign-in counters of {@link SignInThrottle}, shared by every instance of the service (they live in the database). */
public interface SignInAttempts {

    /** Whether the account signed in from this address within {@link SignInThrottle#KNOWN_FOR}. */
    boolean known(SignInThrottle.Key known, Instant now);

    /**
     * Decides the attempt and, when it is let through, counts it as a failure under every counted key, committed at
     * once (the password is checked after this). Answers the decision.
     */
    SignInThrottle.Decision reserve(SignInThrottle.Keys keys, Set<SignInThrottle.Kind> enforced, Instant now);

    /**
     * The password was right: the attempt was no failure after all; the pair's count starts again; with {@code trust}
     * the address becomes known for the account.
     */
    void succeeded(SignInThrottle.Keys keys, boolean trust, Instant now);

    /** An administrator's unlock: forgets the account name's own count and its pairs' (not the addresses'). */
    void clear(String accountKey);

    /** The account name's failures in its current window, and the latest refusal of it or one of its pairs (null: none). */
    State state(String accountKey, Instant now);

    record State(int failures, Instant blockedUntil) {}

    /** Deletes counters whose window has passed and known addresses unused for {@link SignInThrottle#KNOWN_FOR}. */
    int prune(Instant now);
}
