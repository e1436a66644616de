package org.bianzhi.security.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * 登录限流 (OWASP ASVS 2.2.1), in place of a lock-out that anyone could trigger. Wrong passwords are counted under
 * three keys: the (account name, client address) pair, the account name alone (real or not, alike) and the client
 * address alone. Within a 24-hour window a key allows its free failures; after each further one it refuses every
 * attempt, without checking the password, for 1, 2, 4, 8 and then 15 minutes. A refused attempt counts for nothing,
 * so hammering does not lengthen the wait. An address from which the account signed in within 30 days is exempt
 * from the account's and the address's count (not from the pair's): strangers elsewhere cannot keep the user out.
 */
public final class SignInThrottle {

    /** What a counter counts; {@code free}: failures allowed in a window before the delays start. */
    public enum Kind {
        PAIR(5), ACCOUNT(10), ADDRESS(50), KNOWN(0);

        public final int free;

        Kind(int free) {
            this.free = free;
        }
    }

    public static final Duration WINDOW = Duration.ofHours(24);
    public static final Duration FIRST_DELAY = Duration.ofMinutes(1);
    public static final Duration MAX_DELAY = Duration.ofMinutes(15);
    /** How long a successful sign-in keeps its address known for the account. */
    public static final Duration KNOWN_FOR = Duration.ofDays(30);

    /** One counter: its kind, the SHA-256 of what it counts, and of the account name it belongs to (null: an address). */
    public record Key(Kind kind, String key, String accountKey) {}

    /** The keys of one attempt: the three counted, and the pair's "known" mark. */
    public record Keys(Key pair, Key account, Key address, Key known) {

        public List<Key> counted() {
            return List.of(pair, account, address);
        }
    }

    /** A counter's state: failures in the window that began at {@code windowStart}, and the end of its refusal. */
    public record Counter(int failures, Instant windowStart, Instant blockedUntil) {

        public static final Counter NONE = new Counter(0, null, null);

        public boolean blocks(Instant now) {
            return blockedUntil != null && blockedUntil.isAfter(now);
        }

        /** One more failure at {@code now}; an expired window starts again. */
        public Counter failed(Kind kind, Instant now) {
            boolean fresh = windowStart == null || !windowStart.plus(WINDOW).isAfter(now);
            int n = fresh ? 1 : failures + 1;
            return new Counter(n, fresh ? now : windowStart, SignInThrottle.blockedUntil(kind, n, now));
        }
    }

    /** An attempt let through (the counters as they are after counting it as a failure), or refused until {@code refusedUntil}. */
    public record Decision(Instant refusedUntil, Map<Key, Counter> counted) {

        public boolean refused() {
            return refusedUntil != null;
        }
    }

    private SignInThrottle() {
    }

    public static Keys keys(String username, String address) {
        String account = hash("account", username);
        String pair = hash("pair", username.length() + ":" + username + "@" + address);
        return new Keys(new Key(Kind.PAIR, pair, account), new Key(Kind.ACCOUNT, account, account),
                new Key(Kind.ADDRESS, hash("address", address), null), new Key(Kind.KNOWN, pair, account));
    }

    public static String accountKey(String username) {
        return hash("account", username);
    }

    /** Until when a key refuses after its {@code failures}-th failure of the window at {@code at}; null while free. */
    public static Instant blockedUntil(Kind kind, int failures, Instant at) {
        int over = failures - kind.free;
        if (over <= 0) return null;
        Duration delay = over > 5 ? MAX_DELAY : FIRST_DELAY.multipliedBy(1L << (over - 1));
        return at.plus(delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay);
    }

    /**
     * Decides an attempt before its password is checked. Refused when one of the {@code enforced} kinds' counters
     * blocks (then nothing changes); else the attempt is counted as a failure under every key at once, so attempts
     * in parallel each take their own turn, and a right password takes it back ({@link SignInAttempts#succeeded}).
     */
    public static Decision decide(Map<Key, Counter> current, Set<Kind> enforced, Instant now) {
        Optional<Instant> refused = current.entrySet().stream()
                .filter(e -> enforced.contains(e.getKey().kind()) && e.getValue().blocks(now))
                .map(e -> e.getValue().blockedUntil()).max(Comparator.naturalOrder());
        if (refused.isPresent()) return new Decision(refused.get(), Map.of());
        Map<Key, Counter> counted = new java.util.LinkedHashMap<>();
        current.forEach((k, c) -> counted.put(k, c.failed(k.kind(), now)));
        return new Decision(null, counted);
    }

    /** Lock order of counter rows: every transaction takes them in this order, so two never wait for each other. */
    public static final Comparator<Key> ORDER = Comparator.comparing((Key k) -> k.kind().name()).thenComparing(Key::key);

    private static String hash(String what, String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest((what + "\n" + text).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
