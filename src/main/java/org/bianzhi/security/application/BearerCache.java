package org.bianzhi.security.application;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.bianzhi.security.domain.AccountRepository.Bearer;

/**
 * Who holds a token, kept for a few seconds so that a burst of requests does not read the session each time. A
 * revocation on this instance ({@link #revoked}) drops every kept holder at once; another instance's revocation reaches
 * this one when the entry is older than the time to keep. Expiry is not cached: the caller checks the holder's
 * {@code expiresAt} at every request. Unknown tokens are not kept (each costs a read, as before).
 *
 * <p>Generations close the race of a read that overlaps a revocation: an entry counts only if no revocation began
 * since the read started, and {@link #revoked} is called both when the revocation is made and after its transaction
 * ends, so a read of the row as it was before the commit is never kept.
 */
final class BearerCache {

    /** More tokens than this in the time to keep (far beyond the offices' users) empty the cache rather than grow it. */
    static final int MAX_ENTRIES = 10_000;

    private record Entry(Bearer bearer, long generation, long readAt) {}

    private final long keepNanos;
    private final LongSupplier nanos;
    private final AtomicLong generation = new AtomicLong();
    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    BearerCache(long keepMillis, LongSupplier nanos) {
        this.keepNanos = keepMillis * 1_000_000L;
        this.nanos = nanos;
    }

    Optional<Bearer> get(String tokenHash, Function<String, Optional<Bearer>> read) {
        if (keepNanos <= 0) return read.apply(tokenHash);
        long g = generation.get();
        long now = nanos.getAsLong();
        Entry e = entries.get(tokenHash);
        if (e != null && e.generation() == g && now - e.readAt() < keepNanos) return Optional.of(e.bearer());
        Optional<Bearer> b = read.apply(tokenHash);
        if (b.isEmpty()) {
            entries.remove(tokenHash);
        } else {
            if (entries.size() >= MAX_ENTRIES) entries.clear();
            entries.put(tokenHash, new Entry(b.get(), g, now));
        }
        return b;
    }

    /** A session or an account changed here: nothing read before counts any more. */
    void revoked() {
        generation.incrementAndGet();
        entries.clear();
    }
}
