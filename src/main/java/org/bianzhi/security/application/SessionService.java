package org.bianzhi.security.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bianzhi.establishment.domain.UnitRepository;
import org.bianzhi.security.domain.Account;
import org.bianzhi.security.domain.AccountRepository;
import org.bianzhi.security.domain.Role;
import org.bianzhi.security.domain.SessionToken;
import org.bianzhi.security.domain.SignInAttempts;
import org.bianzhi.security.domain.SignInThrottle;
import org.bianzhi.shared.application.RegistryClock;
import org.bianzhi.shared.domain.BianzhiException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * 登录与会话: sign-in with user name and password gives a bearer token; tokens expire and are revoked
 * by signing out. Tokens live in the database (only their SHA-256), so every instance accepts them. Each instance
 * keeps who holds a token for {@code bianzhi.session.cache-seconds} (5): a revocation made on this instance counts
 * at once, one made on another instance within that time.
 */
@ApplicationScoped
public class SessionService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger LOG = Logger.getLogger(SessionService.class.getName());
    private static final Duration PRUNE_EVERY = Duration.ofMinutes(10);
    private final AtomicReference<Instant> lastPrune = new AtomicReference<>();
    /** A hash to verify against when the user name is unknown, so both refusals take as long. */
    private String decoy;

    @Inject
    AccountRepository accounts;

    @Inject
    UnitRepository units;

    @Inject
    SignInAttempts attempts;

    @Inject
    Passwords passwords;

    @Inject
    RegistryClock clock;

    @Inject
    @ConfigProperty(name = "bianzhi.session.ttl-minutes", defaultValue = "480")
    int ttlMinutes;

    @Inject
    @ConfigProperty(name = "bianzhi.session.cache-seconds", defaultValue = "5")
    int cacheSeconds;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    private volatile BearerCache bearers;

    /** A session as the client receives it, with the registry's "today" (which a client's clock may not agree with). */
    public record Session(String token, Instant expiresAt, String username, String displayName, String role,
                          String roleLabel, String unitCode, LocalDate today) {}

    /** The account behind a valid token. */
    public record Authenticated(String username, Role role, String unitPath, String unitCode) {}

    /**
     * Signs in from {@code clientAddress}. Before the password is looked at, {@link SignInThrottle} decides whether
     * the attempt may be made at all, and counts it; a refusal is the same for every name, real or not. A real and
     * an unknown name then take the same steps (one look-up, one PBKDF2 verification) and get the same answer.
     */
    @Transactional(dontRollbackOn = BianzhiException.class)
    public Session signIn(String username, String password, Integer expiresInSeconds, String clientAddress) {
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            throw BianzhiException.invalid("username", "请输入用户名和密码");
        }
        Instant now = clock.now();
        pruneNowAndThen(now);
        String name = username.strip();
        SignInThrottle.Keys keys = SignInThrottle.keys(name, clientAddress == null ? "" : clientAddress);
        // where the account signed in before, only the pair's own count applies: no stranger keeps the user out
        Set<SignInThrottle.Kind> enforced = attempts.known(keys.known(), now) ? EnumSet.of(SignInThrottle.Kind.PAIR)
                : EnumSet.of(SignInThrottle.Kind.PAIR, SignInThrottle.Kind.ACCOUNT, SignInThrottle.Kind.ADDRESS);
        SignInThrottle.Decision decision = attempts.reserve(keys, enforced, now);
        if (decision.refused()) throw throttled(Duration.between(now, decision.refusedUntil()));
        Optional<Account> found = accounts.findByUsername(name);
        boolean right = passwords.matches(password, found.map(Account::passwordHash).orElseGet(this::decoy));
        if (found.isEmpty() || !right) throw wrongPassword();
        Account a = found.get();
        // only who knows the password learns that the account is disabled
        attempts.succeeded(keys, a.enabled(), now);
        if (!a.enabled()) throw BianzhiException.unauthenticated("account-disabled", "该账户已停用，请联系系统管理员");
        Duration ttl = Duration.ofMinutes(ttlMinutes);
        if (expiresInSeconds != null && expiresInSeconds > 0 && expiresInSeconds < ttl.toSeconds()) {
            ttl = Duration.ofSeconds(expiresInSeconds);
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        SessionToken session = new SessionToken(hashOf(token), a.id(), now, now.plus(ttl));
        accounts.add(session);
        String unitCode = a.unitId() == null ? null : units.findById(a.unitId()).map(u -> u.codeText()).orElse(null);
        return new Session(token, session.expiresAt(), a.username(), a.displayName(), a.role().name(), a.role().label(), unitCode, clock.today());
    }

    /** The signed-in account for a bearer token, or a 401 refusal that says why. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Authenticated authenticate(String token) {
        AccountRepository.Bearer b = token == null || token.isBlank() ? null
                : bearers().get(hashOf(token), accounts::bearer).orElse(null);
        if (b == null) throw BianzhiException.unauthenticated("not-signed-in", "请先登录（在请求头中提供 Authorization: Bearer 令牌）");
        if (!b.validAt(clock.now())) {
            throw BianzhiException.unauthenticated("session-ended", "登录已过期或已退出，请重新登录");
        }
        if (!b.enabled()) throw BianzhiException.unauthenticated("account-disabled", "该账户已停用，请联系系统管理员");
        return new Authenticated(b.username(), b.role(), b.unitPath(), b.unitCode());
    }

    /** 退出登录: the token stops working on every instance at once. */
    @Transactional
    public void signOut(String token) {
        accounts.findSession(hashOf(token)).ifPresent(s -> s.revoke(clock.now()));
        sessionsEnded();
    }

    /**
     * Sessions were revoked or an account changed in the current transaction: this instance forgets every holder it
     * kept, now and once more when the transaction ends (a request reading the row before the commit kept the old one).
     */
    public void sessionsEnded() {
        BearerCache cache = bearers();
        cache.revoked();
        if (transactions != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    cache.revoked();
                }
            });
        }
    }

    private BearerCache bearers() {
        BearerCache b = bearers;
        if (b == null) bearers = b = new BearerCache(cacheSeconds * 1000L, System::nanoTime);
        return b;
    }

    private static BianzhiException wrongPassword() {
        return BianzhiException.unauthenticated("wrong-credentials", "用户名或密码错误（多次错误后须等候片刻才能再试）");
    }

    /**
     * The one answer of a throttled attempt, whatever the name: the wait in whole minutes, rounded up, in the detail
     * and in Retry-After (whole minutes: two names throttled a few milliseconds apart get the same answer).
     */
    static BianzhiException throttled(Duration wait) {
        long minutes = Math.max(1, (wait.toMillis() + 59_999) / 60_000);
        return BianzhiException.throttled("sign-in-throttled", "登录尝试过于频繁，请 " + minutes + " 分钟后再试",
                Duration.ofMinutes(minutes));
    }

    /** Old counters go now and then (each instance at most every ten minutes; the pace needs no agreement). */
    private void pruneNowAndThen(Instant now) {
        Instant last = lastPrune.get();
        if (last != null && last.plus(PRUNE_EVERY).isAfter(now) || !lastPrune.compareAndSet(last, now)) return;
        try {
            attempts.prune(now);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "old sign-in counters not pruned", e);
        }
    }

    private synchronized String decoy() {
        if (decoy == null) decoy = passwords.hash(Passwords.generate(), null);
        return decoy;
    }

    static String hashOf(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
