package org.bianzhi.security.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bianzhi.establishment.domain.UnitRepository;
import org.bianzhi.security.domain.Account;
import org.bianzhi.security.domain.AccountRepository;
import org.bianzhi.security.domain.Role;
import org.bianzhi.security.domain.SessionToken;
import org.bianzhi.security.domain.SignInAttempts;
import org.bianzhi.security.domain.SignInThrottle;
import org.bianzhi.security.domain.SignInThrottle.Counter;
import org.bianzhi.security.domain.SignInThrottle.Key;
import org.bianzhi.shared.application.RegistryClock;
import org.bianzhi.shared.domain.BianzhiException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sign-in's steps with the throttle, on fakes: what a real and an unknown name cost and answer. */
class SessionServiceTest {

    private static final String RIGHT = "Secure2026pass";
    private final Map<String, Account> byName = new HashMap<>();
    private final List<String> hashedAgainst = new ArrayList<>();
    private final MemoryAttempts attempts = new MemoryAttempts();
    private Instant now = Instant.parse("2026-06-30T02:00:00Z");
    private SessionService service;

    @BeforeEach
    void setUp() {
        service = new SessionService();
        service.accounts = accounts();
        service.units = (UnitRepository) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {UnitRepository.class},
                (p, m, a) -> m.getReturnType() == Optional.class ? Optional.empty() : null);
        service.passwords = new Passwords() {
            @Override
            public boolean matches(String password, String stored) {
                hashedAgainst.add(stored);
                return ("hash:" + password).equals(stored);
            }

            @Override
            public String hash(String password, String username) {
                return "hash:" + password;
            }
        };
        service.clock = new RegistryClock() {
            @Override
            public Instant now() {
                return now;
            }

            @Override
            public LocalDate today() {
                return LocalDate.of(2026, 6, 30);
            }
        };
        service.attempts = attempts;
        service.ttlMinutes = 480;
        byName.put("zhangli", new Account("zhangli", "张丽", "hash:" + RIGHT, Role.OFFICE, null, "admin", now));
        Account off = new Account("gone", "离职", "hash:" + RIGHT, Role.OFFICE, null, "admin", now);
        off.change("离职", Role.OFFICE, null, false);
        byName.put("gone", off);
    }

    private BianzhiException refused(String name, String password, String address) {
        return assertThrows(BianzhiException.class, () -> service.signIn(name, password, null, address));
    }

    @Test
    void anUnknownNameIsHashedCountedAndAnsweredExactlyAsARealNameWithAWrongPassword() {
        BianzhiException real = refused("zhangli", "wrong-1", "192.0.2.1");
        BianzhiException unknown = refused("nobody", "wrong-1", "192.0.2.1");
        assertEquals(2, hashedAgainst.size(), "one PBKDF2 verification each");
        assertEquals(real.code(), unknown.code());
        assertEquals(real.getMessage(), unknown.getMessage());
        assertEquals(real.kind(), unknown.kind());
        // a disabled account with a wrong password is just a wrong password
        assertEquals(real.getMessage(), refused("gone", "wrong-1", "192.0.2.1").getMessage());
        assertEquals("account-disabled", refused("gone", RIGHT, "192.0.2.1").code());
    }

    @Test
    void afterFiveFailuresBothNamesAreRefusedAlikeWithoutHashing() {
        for (int i = 0; i < 6; i++) {
            refused("zhangli", "wrong-" + i, "192.0.2.1");
            refused("nobody", "wrong-" + i, "192.0.2.1");
        }
        int hashed = hashedAgainst.size();
        now = now.plusSeconds(1);
        BianzhiException real = refused("zhangli", RIGHT, "192.0.2.1");
        BianzhiException unknown = refused("nobody", RIGHT, "192.0.2.1");
        assertEquals(hashed, hashedAgainst.size(), "a throttled attempt never reaches the password");
        assertEquals("sign-in-throttled", real.code());
        assertEquals(real.getMessage(), unknown.getMessage());
        assertEquals("登录尝试过于频繁，请 1 分钟后再试", real.getMessage());
        assertEquals(Duration.ofMinutes(1), real.retryAfter());
        assertEquals(real.retryAfter(), unknown.retryAfter());
    }

    @Test
    void aStrangerHammeringTheNameDoesNotKeepTheUserOut() {
        service.signIn("zhangli", RIGHT, null, "10.1.1.1"); // the user's office: now known for the account
        for (int i = 0; i < 40; i++) {
            now = now.plusSeconds(3600);
            try {
                service.signIn("zhangli", "guess-" + i, null, "198.51.100." + i);
            } catch (BianzhiException e) {
                // wrong or throttled
            }
        }
        assertEquals("sign-in-throttled", refused("zhangli", RIGHT, "203.0.113.9").code(), "a new address waits");
        assertEquals("zhangli", service.signIn("zhangli", RIGHT, null, "10.1.1.1").username(), "the office gets in");
    }

    @Test
    void theUsersOwnSlipsAreForgivenByTheRightPassword() {
        for (int i = 0; i < 5; i++) refused("zhangli", "slip-" + i, "10.1.1.1");
        service.signIn("zhangli", RIGHT, null, "10.1.1.1");
        for (int i = 0; i < 5; i++) refused("zhangli", "slip-again-" + i, "10.1.1.1");
        assertEquals("zhangli", service.signIn("zhangli", RIGHT, null, "10.1.1.1").username());
    }

    private AccountRepository accounts() {
        return new AccountRepository() {
            @Override public Optional<Account> findByUsername(String username) { return Optional.ofNullable(byName.get(username)); }
            @Override public Optional<Account> findById(Long id) { return Optional.empty(); }
            @Override public List<Account> all() { return List.copyOf(byName.values()); }
            @Override public long countWithRole(Role role) { return 0; }
            @Override public void add(Account account) { }
            @Override public void add(SessionToken token) { }
            @Override public Optional<SessionToken> findSession(String tokenHash) { return Optional.empty(); }
            @Override public void revokeSessions(Long accountId, Instant at) { }
            @Override public Optional<Bearer> bearer(String tokenHash) { return Optional.empty(); }
        };
    }

    /** The counters in memory, with the rule the database's counters follow. */
    private static final class MemoryAttempts implements SignInAttempts {
        final Map<Key, Counter> counters = new HashMap<>();
        final Map<Key, Instant> known = new HashMap<>();

        @Override
        public boolean known(Key k, Instant now) {
            return known.containsKey(k) && known.get(k).plus(SignInThrottle.KNOWN_FOR).isAfter(now);
        }

        @Override
        public SignInThrottle.Decision reserve(SignInThrottle.Keys keys, Set<SignInThrottle.Kind> enforced, Instant now) {
            Map<Key, Counter> current = new HashMap<>();
            keys.counted().forEach(k -> current.put(k, counters.getOrDefault(k, Counter.NONE)));
            SignInThrottle.Decision d = SignInThrottle.decide(current, enforced, now);
            counters.putAll(d.counted());
            return d;
        }

        @Override
        public void succeeded(SignInThrottle.Keys keys, boolean trust, Instant now) {
            counters.remove(keys.pair());
            for (Key k : List.of(keys.account(), keys.address())) {
                Counter c = counters.get(k);
                counters.put(k, new Counter(Math.max(0, c.failures() - 1), c.windowStart(), c.blockedUntil()));
            }
            if (trust) known.put(keys.known(), now);
        }

        @Override public void clear(String accountKey) { counters.keySet().removeIf(k -> accountKey.equals(k.accountKey())); }
        @Override public State state(String accountKey, Instant now) { return new State(0, null); }
        @Override public int prune(Instant now) { return 0; }
    }
}
