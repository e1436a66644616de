package org.bianzhi.imports.application;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A job running (or queued) in this service: what the request that submitted it waits on, and the flag a
 * cancellation sets. The database row is the record; this is only the fast path inside one instance.
 */
final class LiveJob {

    final long id;
    final CompletableFuture<Void> done = new CompletableFuture<>();
    final AtomicBoolean cancel = new AtomicBoolean();
    volatile int rowsRead;
    volatile boolean started;

    LiveJob(long id) {
        this.id = id;
    }
}
