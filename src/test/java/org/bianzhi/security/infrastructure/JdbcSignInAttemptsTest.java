package org.bianzhi.security.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.bianzhi.security.domain.SignInAttempts;
import org.bianzhi.security.domain.SignInThrottle;
import org.bianzhi.security.domain.SignInThrottle.Kind;
import org.bianzhi.shared.infrastructure.Sql;
import org.bianzhi.testdb.EachDatabase;

class JdbcSignInAttemptsTest {

    private static final Instant T0 = Instant.parse("2026-06-30T02:00:00Z");
    private static final Set<Kind> ALL = EnumSet.of(Kind.PAIR, Kind.ACCOUNT, Kind.ADDRESS);

    private static long failures(Connection c, SignInThrottle.Key k) throws Exception {
        return Sql.single(c, "select coalesce(max(failures), -1) from sign_in_throttle where kind = ? and throttle_key = ?",
                k.kind().name(), k.key());
    }

    @EachDatabase
    void theSixthFailureOfAPairRefusesItForAMinuteWithoutCountingTheRefusal(Connection c) throws Exception {
        SignInThrottle.Keys keys = SignInThrottle.keys("sql-user", "192.0.2.1");
        for (int i = 0; i < 6; i++) assertFalse(JdbcSignInAttempts.reserve(c, keys, ALL, T0).refused());
        assertEquals(6, failures(c, keys.pair()));
        assertEquals(6, failures(c, keys.account()));
        assertEquals(6, failures(c, keys.address()));
        SignInThrottle.Decision refused = JdbcSignInAttempts.reserve(c, keys, ALL, T0.plusSeconds(10));
        assertEquals(T0.plusSeconds(60), refused.refusedUntil());
        assertEquals(6, failures(c, keys.pair()), "a refused attempt counts nothing");
        assertFalse(JdbcSignInAttempts.reserve(c, keys, ALL, T0.plusSeconds(60)).refused());
        assertEquals(7, failures(c, keys.pair()));

        // the same name from another address: its own pair, but the same account name count
        SignInThrottle.Keys elsewhere = SignInThrottle.keys("sql-user", "192.0.2.2");
        assertFalse(JdbcSignInAttempts.reserve(c, elsewhere, ALL, T0.plusSeconds(61)).refused());
        assertEquals(1, failures(c, elsewhere.pair()));
        assertEquals(8, failures(c, elsewhere.account()));

        SignInAttempts.State state = JdbcSignInAttempts.state(c, SignInThrottle.accountKey("sql-user"), T0.plusSeconds(62));
        assertEquals(8, state.failures());
        assertEquals(T0.plusSeconds(60 + 120), state.blockedUntil());
        JdbcSignInAttempts.clear(c, SignInThrottle.accountKey("sql-user"));
        assertEquals(-1, failures(c, keys.pair()));
        assertEquals(-1, failures(c, keys.account()));
        assertEquals(7, failures(c, keys.address()), "an unlock clears the name, not the address");
        assertNull(JdbcSignInAttempts.state(c, SignInThrottle.accountKey("sql-user"), T0.plusSeconds(62)).blockedUntil());
    }

    @EachDatabase
    void aRightPasswordTakesItsAttemptBackForgivesThePairAndMakesTheAddressKnown(Connection c) throws Exception {
        SignInThrottle.Keys keys = SignInThrottle.keys("sql-known", "192.0.2.3");
        for (int i = 0; i < 3; i++) JdbcSignInAttempts.reserve(c, keys, ALL, T0);
        assertFalse(JdbcSignInAttempts.known(c, keys.known(), T0));
        JdbcSignInAttempts.succeeded(c, keys, true, T0);
        assertEquals(-1, failures(c, keys.pair()));
        assertEquals(2, failures(c, keys.account()));
        assertEquals(2, failures(c, keys.address()));
        assertTrue(JdbcSignInAttempts.known(c, keys.known(), T0.plus(Duration.ofDays(29))));
        assertFalse(JdbcSignInAttempts.known(c, keys.known(), T0.plus(Duration.ofDays(30))));
        assertFalse(JdbcSignInAttempts.known(c, SignInThrottle.keys("sql-known", "192.0.2.4").known(), T0));

        // a disabled account with its right password: the attempt is taken back, the address not trusted
        SignInThrottle.Keys disabled = SignInThrottle.keys("sql-disabled", "192.0.2.3");
        JdbcSignInAttempts.reserve(c, disabled, ALL, T0);
        JdbcSignInAttempts.succeeded(c, disabled, false, T0);
        assertEquals(0, failures(c, disabled.account()));
        assertFalse(JdbcSignInAttempts.known(c, disabled.known(), T0));
    }

    @EachDatabase
    void oldCountersAndLongUnusedKnownAddressesArePruned(Connection c) throws Exception {
        SignInThrottle.Keys keys = SignInThrottle.keys("sql-prune", "192.0.2.5");
        JdbcSignInAttempts.reserve(c, keys, ALL, T0);
        JdbcSignInAttempts.succeeded(c, keys, true, T0);
        SignInThrottle.Keys blocked = SignInThrottle.keys("sql-prune-2", "192.0.2.6");
        for (int i = 0; i < 6; i++) JdbcSignInAttempts.reserve(c, blocked, ALL, T0.plus(Duration.ofHours(23).plusMinutes(59)));
        Instant nextDay = T0.plus(Duration.ofHours(24));
        JdbcSignInAttempts.prune(c, nextDay);
        assertEquals(-1, failures(c, keys.account()));
        assertEquals(-1, failures(c, keys.address()));
        assertTrue(JdbcSignInAttempts.known(c, keys.known(), nextDay), "a known address stays for 30 days");
        assertEquals(6, failures(c, blocked.pair()), "a counter still refusing is kept");
        JdbcSignInAttempts.prune(c, T0.plus(Duration.ofDays(31)));
        assertFalse(JdbcSignInAttempts.known(c, keys.known(), T0));
        assertEquals(0, Sql.single(c, "select count(*) from sign_in_throttle where throttle_key in (?, ?)", keys.known().key(),
                blocked.pair().key()));
    }
}
