package org.bianzhi.security.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.bianzhi.security.domain.SignInAttempts;
import org.bianzhi.security.domain.SignInThrottle;
import org.bianzhi.security.domain.SignInThrottle.Counter;
import org.bianzhi.security.domain.SignInThrottle.Key;
import org.bianzhi.security.domain.SignInThrottle.Keys;
import org.bianzhi.security.domain.SignInThrottle.Kind;
import org.bianzhi.shared.infrastructure.DatabaseDefinition;
import org.bianzhi.shared.infrastructure.Sql;

/**
 * The sign-in counters in table {@code sign_in_throttle}. A reservation locks its rows ({@code select … for update},
 * always in {@link SignInThrottle#ORDER}) and commits on its own, before the password is hashed: no lock is held
 * while hashing, and attempts in parallel, on any instance, queue on the rows and each see the others' counts.
 */
@ApplicationScoped
public class JdbcSignInAttempts implements SignInAttempts {

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean known(Key known, Instant now) {
        return Sql.call(dataSource, c -> known(c, known, now));
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public SignInThrottle.Decision reserve(Keys keys, Set<Kind> enforced, Instant now) {
        return Sql.call(dataSource, c -> reserve(c, keys, enforced, now));
    }

    @Override
    @Transactional
    public void succeeded(Keys keys, boolean trust, Instant now) {
        Sql.run(dataSource, c -> succeeded(c, keys, trust, now));
    }

    @Override
    @Transactional
    public void clear(String accountKey) {
        Sql.run(dataSource, c -> clear(c, accountKey));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public State state(String accountKey, Instant now) {
        return Sql.call(dataSource, c -> state(c, accountKey, now));
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int prune(Instant now) {
        return Sql.call(dataSource, c -> prune(c, now));
    }

    static boolean known(Connection c, Key known, Instant now) throws SQLException {
        return Sql.single(c, "select count(*) from sign_in_throttle where kind = ? and throttle_key = ? and window_start > ?",
                Kind.KNOWN.name(), known.key(), now.minus(SignInThrottle.KNOWN_FOR)) > 0;
    }

    static SignInThrottle.Decision reserve(Connection c, Keys keys, Set<Kind> enforced, Instant now) throws SQLException {
        List<Key> ordered = keys.counted().stream().sorted(SignInThrottle.ORDER).toList();
        Map<Key, Counter> current = new LinkedHashMap<>();
        for (Key k : ordered) {
            ensure(c, k, now);
            current.put(k, Sql.list(c, "select failures, window_start, blocked_until from sign_in_throttle"
                    + " where kind = ? and throttle_key = ? for update", JdbcSignInAttempts::counter, k.kind().name(), k.key()).get(0));
        }
        SignInThrottle.Decision d = SignInThrottle.decide(current, enforced, now);
        for (var e : d.counted().entrySet()) {
            Counter n = e.getValue();
            Sql.update(c, "update sign_in_throttle set failures = ?, window_start = ?, blocked_until = ? where kind = ? and throttle_key = ?",
                    n.failures(), n.windowStart(), n.blockedUntil(), e.getKey().kind().name(), e.getKey().key());
        }
        return d;
    }

    static void succeeded(Connection c, Keys keys, boolean trust, Instant now) throws SQLException {
        List<Key> ordered = List.of(keys.pair(), keys.account(), keys.address(), keys.known()).stream()
                .filter(k -> trust || k.kind() != Kind.KNOWN).sorted(SignInThrottle.ORDER).toList();
        for (Key k : ordered) {
            switch (k.kind()) {
                // the user's own slips at this address are forgiven; the account's and the address's counts keep
                // the failures of others
                case PAIR -> Sql.update(c, "delete from sign_in_throttle where kind = ? and throttle_key = ?", k.kind().name(), k.key());
                case ACCOUNT, ADDRESS -> Sql.update(c, "update sign_in_throttle set failures = failures - 1"
                        + " where kind = ? and throttle_key = ? and failures > 0", k.kind().name(), k.key());
                case KNOWN -> {
                    ensure(c, k, now);
                    Sql.update(c, "update sign_in_throttle set window_start = ? where kind = ? and throttle_key = ?", now,
                            k.kind().name(), k.key());
                }
            }
        }
    }

    static void clear(Connection c, String accountKey) throws SQLException {
        Sql.update(c, "delete from sign_in_throttle where account_key = ? and kind in ('ACCOUNT', 'PAIR')", accountKey);
    }

    static State state(Connection c, String accountKey, Instant now) throws SQLException {
        int failures = 0;
        Instant until = null;
        for (Object[] r : Sql.list(c, "select kind, failures, window_start, blocked_until from sign_in_throttle"
                + " where account_key = ? and kind in ('ACCOUNT', 'PAIR')", r -> new Object[] {r.getString(1), counter(r, 2)}, accountKey)) {
            Counter n = (Counter) r[1];
            if (Kind.ACCOUNT.name().equals(r[0]) && n.windowStart().plus(SignInThrottle.WINDOW).isAfter(now)) failures = n.failures();
            if (n.blocks(now) && (until == null || n.blockedUntil().isAfter(until))) until = n.blockedUntil();
        }
        return new State(failures, until);
    }

    static int prune(Connection c, Instant now) throws SQLException {
        return Sql.update(c, "delete from sign_in_throttle where (kind <> 'KNOWN' and window_start <= ?"
                + " and (blocked_until is null or blocked_until <= ?)) or (kind = 'KNOWN' and window_start <= ?)",
                now.minus(SignInThrottle.WINDOW), now, now.minus(SignInThrottle.KNOWN_FOR));
    }

    /** Inserts the key's row with no failures unless it is there (another instance may insert it at the same time). */
    private static void ensure(Connection c, Key k, Instant now) throws SQLException {
        if (Sql.postgres(c)) {
            Sql.update(c, "insert into sign_in_throttle (kind, throttle_key, account_key, failures, window_start)"
                    + " values (?, ?, ?, 0, ?) on conflict do nothing", k.kind().name(), k.key(), k.accountKey(), now);
        } else {
            Sql.update(c, "merge into sign_in_throttle t using (select cast(? as varchar(10)) kind, cast(? as varchar(64)) throttle_key,"
                    + " cast(? as varchar(64)) account_key, cast(? as timestamp with time zone) window_start) s"
                    + " on t.kind = s.kind and t.throttle_key = s.throttle_key when not matched then insert"
                    + " (kind, throttle_key, account_key, failures, window_start) values (s.kind, s.throttle_key, s.account_key, 0, s.window_start)",
                    k.kind().name(), k.key(), k.accountKey(), now);
        }
    }

    private static Counter counter(ResultSet r) throws SQLException {
        return counter(r, 1);
    }

    private static Counter counter(ResultSet r, int from) throws SQLException {
        return new Counter(r.getInt(from), instant(r.getObject(from + 1, OffsetDateTime.class)),
                instant(r.getObject(from + 2, OffsetDateTime.class)));
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
