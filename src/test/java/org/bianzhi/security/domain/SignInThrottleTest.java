package org.bianzhi.security.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.bianzhi.security.domain.SignInThrottle.Counter;
import org.bianzhi.security.domain.SignInThrottle.Key;
import org.bianzhi.security.domain.SignInThrottle.Kind;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final Instant T0 = Instant.parse("2026-06-30T02:00:00Z");
    private static final Set<Kind> ALL = EnumSet.of(Kind.PAIR, Kind.ACCOUNT, Kind.ADDRESS);

    @Test
    void afterTheFreeFailuresTheWaitDoublesFromOneMinuteUpToFifteen() {
        assertNull(SignInThrottle.blockedUntil(Kind.PAIR, 5, T0));
        assertEquals(T0.plusSeconds(60), SignInThrottle.blockedUntil(Kind.PAIR, 6, T0));
        assertEquals(T0.plusSeconds(120), SignInThrottle.blockedUntil(Kind.PAIR, 7, T0));
        assertEquals(T0.plusSeconds(8 * 60), SignInThrottle.blockedUntil(Kind.PAIR, 9, T0));
        assertEquals(T0.plusSeconds(15 * 60), SignInThrottle.blockedUntil(Kind.PAIR, 10, T0));
        assertEquals(T0.plusSeconds(15 * 60), SignInThrottle.blockedUntil(Kind.PAIR, 1000, T0));
        assertNull(SignInThrottle.blockedUntil(Kind.ACCOUNT, 10, T0));
        assertNull(SignInThrottle.blockedUntil(Kind.ADDRESS, 50, T0));
        assertEquals(T0.plusSeconds(60), SignInThrottle.blockedUntil(Kind.ADDRESS, 51, T0));
    }

    /** The numbers docs/security.md states: what a guesser who tries whenever allowed gets through in a day. */
    @Test
    void aGuesserGetsAtMost104TriesPerPair109PerAccountName149PerAddressADay() {
        assertEquals(104, triesInADay(Kind.PAIR));
        assertEquals(109, triesInADay(Kind.ACCOUNT));
        assertEquals(149, triesInADay(Kind.ADDRESS));
        // the second day starts a new window: no more than the first
        assertEquals(104, triesIn(Kind.PAIR, Duration.ofDays(2)) - 104);
    }

    private static int triesInADay(Kind kind) {
        return triesIn(kind, Duration.ofDays(1));
    }

    private static int triesIn(Kind kind, Duration span) {
        Key key = new Key(kind, "k", null);
        Map<Key, Counter> state = new HashMap<>(Map.of(key, Counter.NONE));
        int tries = 0;
        for (Instant t = T0; t.isBefore(T0.plus(span)); ) {
            SignInThrottle.Decision d = SignInThrottle.decide(state, EnumSet.of(kind), t);
            if (d.refused()) {
                t = d.refusedUntil();
                continue;
            }
            tries++;
            state.putAll(d.counted());
        }
        return tries;
    }

    @Test
    void aRefusedAttemptCountsNothingSoHammeringDoesNotLengthenTheWait() {
        SignInThrottle.Keys keys = SignInThrottle.keys("zhangli", "10.0.0.9");
        Map<Key, Counter> state = new HashMap<>();
        keys.counted().forEach(k -> state.put(k, Counter.NONE));
        for (int i = 0; i < 6; i++) state.putAll(SignInThrottle.decide(state, ALL, T0).counted());
        Map<Key, Counter> before = Map.copyOf(state);
        SignInThrottle.Decision refused = SignInThrottle.decide(state, ALL, T0.plusSeconds(30));
        assertTrue(refused.refused());
        assertEquals(T0.plusSeconds(60), refused.refusedUntil());
        assertTrue(refused.counted().isEmpty());
        assertEquals(before, state);
        assertFalse(SignInThrottle.decide(state, ALL, T0.plusSeconds(60)).refused());
    }

    @Test
    void onlyTheEnforcedKindsRefuse() {
        SignInThrottle.Keys keys = SignInThrottle.keys("zhangli", "10.0.0.9");
        Map<Key, Counter> state = new HashMap<>(Map.of(keys.pair(), Counter.NONE, keys.address(), Counter.NONE,
                keys.account(), new Counter(11, T0, T0.plusSeconds(60))));
        assertTrue(SignInThrottle.decide(state, ALL, T0).refused());
        // from an address where the account signed in before, the account name's count does not refuse
        assertFalse(SignInThrottle.decide(state, EnumSet.of(Kind.PAIR), T0).refused());
    }

    @Test
    void aWindowOf24HoursStartsAgainAfterItEnds() {
        Counter c = new Counter(40, T0, null).failed(Kind.ADDRESS, T0.plus(Duration.ofHours(24)));
        assertEquals(1, c.failures());
        assertEquals(T0.plus(Duration.ofHours(24)), c.windowStart());
        assertEquals(41, new Counter(40, T0, null).failed(Kind.ADDRESS, T0.plus(Duration.ofHours(23))).failures());
    }

    @Test
    void keysAreFixedLengthHashesAndTellNamesAndAddressesApart() {
        SignInThrottle.Keys a = SignInThrottle.keys("zhangli", "10.0.0.9");
        SignInThrottle.Keys b = SignInThrottle.keys("zhangli", "10.0.0.10");
        assertEquals(a.account(), b.account());
        assertNotEquals(a.pair(), b.pair());
        assertNotEquals(a.address(), b.address());
        assertEquals(SignInThrottle.accountKey("zhangli"), a.account().key());
        assertEquals(a.account().key(), a.pair().accountKey());
        assertNull(a.address().accountKey());
        assertEquals(64, SignInThrottle.keys("x".repeat(10_000), "y").pair().key().length());
        assertNotEquals(SignInThrottle.keys("a@b", "c").pair(), SignInThrottle.keys("a", "b@c").pair());
    }
}
