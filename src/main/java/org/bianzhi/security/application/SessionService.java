package org.bianzhi.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.bianzhi.establishment.domain.UnitRepository;
import org.bianzhi.security.domain.Account;
import org.bianzhi.security.domain.AccountRepository;
import org.bianzhi.security.domain.Role;
import org.bianzhi.security.domain.SessionToken;
import org.bianzhi.shared.application.RegistryClock;
import org.bianzhi.shared.domain.BianzhiException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * 登录与会话: sign-in with user name and password gives a bearer token; tokens expire and are revoked
 * by signing out. Tokens live in the database (only their SHA-256), so every instance accepts them.
 */
@ApplicationScoped
public class SessionService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(RegistryClock.ZONE);
    /** A hash to verify against when the user name is unknown, so both refusals take as long. */
    private String decoy;

    @Inject
    AccountRepository accounts;

    @Inject
    UnitRepository units;

    @Inject
    Passwords passwords;

    @Inject
    RegistryClock clock;

    @Inject
    @ConfigProperty(name = "bianzhi.session.ttl-minutes", defaultValue = "480")
    int ttlMinutes;

    /** A session as the client receives it, with the registry's "today" (which a client's clock may not agree with). */
    public record Session(String token, Instant expiresAt, String username, String displayName, String role,
                          String roleLabel, String unitCode, LocalDate today) {}

    /** The account behind a valid token. */
    public record Authenticated(String username, Role role, String unitPath, String unitCode) {}

    /**
     * Signs in. A wrong password counts towards the lock-out (and that count is kept although the sign-in is
     * refused); the fifth in a row locks the account for 15 minutes.
     */
    @Transactional(dontRollbackOn = BianzhiException.class)
    public Session signIn(String username, String password, Integer expiresInSeconds) {
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            throw BianzhiException.invalid("username", "请输入用户名和密码");
        }
        Instant now = clock.now();
        Optional<Account> found = accounts.lockByUsername(username.strip());
        if (found.isEmpty()) {
            passwords.matches(password, decoy());
            throw wrongPassword();
        }
        Account a = found.get();
        if (a.isLocked(now)) throw locked(a);
        if (!passwords.matches(password, a.passwordHash())) {
            a.failedSignIn(now);
            if (a.isLocked(now)) throw locked(a);
            throw wrongPassword();
        }
        if (!a.enabled()) throw BianzhiException.unauthenticated("account-disabled", "该账户已停用，请联系系统管理员");
        a.signedIn();
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
        AccountRepository.Bearer b = token == null || token.isBlank() ? null : accounts.bearer(hashOf(token)).orElse(null);
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
    }

    private BianzhiException wrongPassword() {
        return BianzhiException.unauthenticated("wrong-credentials", "用户名或密码错误（连续 " + Account.MAX_FAILED_ATTEMPTS
                + " 次错误将锁定账户 " + Account.LOCK_TIME.toMinutes() + " 分钟）");
    }

    private BianzhiException locked(Account a) {
        return BianzhiException.unauthenticated("account-locked", "账户因连续 " + Account.MAX_FAILED_ATTEMPTS
                + " 次密码错误已锁定，请于 " + TIME.format(a.lockedUntil()) + "（北京时间）后再试，或请系统管理员解锁");
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
