package org.bianzhi.security.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.bianzhi.security.domain.AccountRepository.Bearer;
import org.bianzhi.security.domain.Role;
import org.junit.jupiter.api.Test;

/** The few seconds a token's holder is kept, and what ends them early. */
class BearerCacheTest {

    private static final Instant EXPIRES = Instant.parse("2026-06-30T10:00:00Z");
    private long nanos;
    private final AtomicInteger reads = new AtomicInteger();
    private Bearer row = bearer(null);
    private final BearerCache cache = new BearerCache(5_000, () -> nanos);
    private final Function<String, Optional<Bearer>> database = h -> {
        reads.incrementAndGet();
        return Optional.ofNullable(row);
    };

    private static Bearer bearer(Instant revokedAt) {
        return new Bearer("desk", Role.COMPLAINT_HANDLER, true, EXPIRES, revokedAt, null, null);
    }

    @Test
    void aHolderIsReadOnceInTheTimeToKeepAndAgainAfterIt() {
        cache.get("t", database);
        nanos += 4_999_000_000L;
        cache.get("t", database);
        assertEquals(1, reads.get());
        row = bearer(Instant.parse("2026-06-30T08:00:00Z"));   // revoked by another instance
        nanos += 1_000_000L;
        assertTrue(cache.get("t", database).get().revokedAt() != null, "another instance's revocation counts after 5 s");
        assertEquals(2, reads.get());
    }

    @Test
    void aRevocationOnThisInstanceCountsAtOnce() {
        cache.get("t", database);
        row = bearer(Instant.parse("2026-06-30T08:00:00Z"));
        cache.revoked();
        assertTrue(cache.get("t", database).get().revokedAt() != null);
        assertEquals(2, reads.get());
    }

    @Test
    void aReadOverlappingARevocationIsNotKept() {
        // the read sees the row before the revocation's commit; the revocation's end comes while it runs
        Function<String, Optional<Bearer>> racing = h -> {
            reads.incrementAndGet();
            Optional<Bearer> before = Optional.of(bearer(null));
            cache.revoked();
            row = bearer(Instant.parse("2026-06-30T08:00:00Z"));
            return before;
        };
        assertTrue(cache.get("t", racing).get().revokedAt() == null);
        assertTrue(cache.get("t", database).get().revokedAt() != null, "the overlapping read was not kept");
        assertEquals(2, reads.get());
    }

    @Test
    void unknownTokensAreNotKeptAndZeroSecondsKeepsNothing() {
        row = null;
        cache.get("x", database);
        cache.get("x", database);
        assertEquals(2, reads.get());
        row = bearer(null);
        BearerCache none = new BearerCache(0, () -> nanos);
        none.get("t", database);
        none.get("t", database);
        assertEquals(4, reads.get());
    }
}
