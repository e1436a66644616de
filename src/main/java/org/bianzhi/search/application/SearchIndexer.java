package org.bianzhi.search.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bianzhi.shared.application.Incident;
import org.bianzhi.search.domain.ChineseText;
import org.bianzhi.search.domain.PeopleIndex;
import org.bianzhi.search.domain.PersonEntries;
import org.bianzhi.search.domain.PersonEntry;
import org.bianzhi.search.domain.SearchOutbox;
import org.bianzhi.search.domain.UnitCatalogue;
import org.bianzhi.search.domain.UnitFacts;
import org.bianzhi.search.infrastructure.JdbcPersonEntries;
import org.bianzhi.shared.infrastructure.SchemaMigration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * 索引维护: keeps this instance's people index following the search outbox. One writer at a time (a lock): the
 * polling round every {@code bianzhi.search.poll-millis} (200 ms), a search asking for read-your-writes, and the
 * installation of a rebuild. Each entry makes it read the person (or the people of a unit) again from the database,
 * so whatever order entries arrive in, the newest committed state is what gets indexed: a stale update cannot
 * overwrite a newer one.
 *
 * <p>Position: outbox ids are taken when a row is inserted but become visible at commit, so a later id can be seen
 * before an earlier one. The indexer remembers the ids it has not seen below the highest it has ({@code missing});
 * the position it commits is just below the lowest of them, so after a restart nothing is skipped. An id missing for
 * longer than {@link #ABANDONED} belonged to a rolled-back transaction and is given up.
 */
@ApplicationScoped
public class SearchIndexer {

    private static final Logger LOG = Logger.getLogger(SearchIndexer.class.getName());
    private static final Duration ABANDONED = Duration.ofMinutes(2);
    private static final Duration COMMIT_EVERY = Duration.ofSeconds(5);
    private static final int BATCH = 5_000;
    private static final int MAX_IN_FLIGHT = 1_000;

    /** Threads of our own: the shared managed executor also runs the audit, which must not wait for a rebuild. */
    @Resource
    ManagedThreadFactory threads;

    private ScheduledExecutorService poller;
    private ExecutorService rebuilder;

    @Inject
    PeopleIndex index;

    @Inject
    SearchOutbox outbox;

    @Inject
    PersonEntries entries;

    @Inject
    SchemaMigration migration;

    @Inject
    @ConfigProperty(name = "bianzhi.search.poll-millis", defaultValue = "200")
    long pollMillis;

    @Inject
    @ConfigProperty(name = "bianzhi.search.outbox-days", defaultValue = "7")
    int outboxDays;

    @Inject
    @ConfigProperty(name = "bianzhi.search.instance", defaultValue = " ")
    String instanceName;

    private final ReentrantLock writing = new ReentrantLock();
    private volatile UnitCatalogue units;
    private volatile boolean started;
    private String token;
    /** Every id up to here is applied (or given up). */
    private volatile long position;
    /** The highest id applied. */
    private long seen;
    private final Map<Long, Instant> missing = new LinkedHashMap<>();
    private volatile int missingCount;
    private boolean uncommitted;
    private volatile Instant lastCommit = Instant.now();
    private Instant lastPrune = Instant.EPOCH;
    private final Rebuilds rebuilds = new Rebuilds();

    /** The first outbox request to rebuild applied to the index in use whose rebuild is not installed (under the write lock). */
    private long unbuiltFrom = Long.MAX_VALUE;

    /** What the status shows of rebuilds. */
    public static final class Rebuilds {
        volatile Instant started;
        final AtomicLong people = new AtomicLong();
        volatile Instant lastFinished;
        volatile long lastMillis = -1;
        volatile long lastPeople;
        volatile String lastError;
        volatile boolean again;
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object init) {
        if (!migration.migrated()) return;
        poller = Executors.newSingleThreadScheduledExecutor(threads);
        rebuilder = Executors.newSingleThreadExecutor(threads);
        poller.scheduleWithFixedDelay(this::round, 500, pollMillis, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (poller != null) poller.shutdownNow();
        if (rebuilder != null) rebuilder.shutdownNow();
    }

    /** The catalogue of units the search reads unit names from. */
    public UnitCatalogue units() {
        UnitCatalogue u = units;
        if (u == null) units = u = entries.units();
        return u;
    }

    private void round() {
        try {
            writing.lock();
            try {
                if (!started) startUp();
                catchUp();
                if (uncommitted && Duration.between(lastCommit, Instant.now()).compareTo(COMMIT_EVERY) >= 0) commit();
            } finally {
                writing.unlock();
            }
            prune();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Search index round failed; the outbox is read again next round", e);
        }
    }

    /**
     * Opens the index: the position it was committed with, or — when it is new, foreign or too old — a rebuild right
     * here, holding the write lock, so that a search asking for its own writes waits for a complete index.
     */
    private void startUp() {
        ChineseText.pinyin('王');   // loads the character tables (about a second) now, not with the first change
        units = entries.units();
        token = outbox.databaseToken();
        long committed = index.position();
        Instant at = index.committedAt();
        boolean stale = at == null || at.isBefore(Instant.now().minus(Duration.ofDays(outboxDays)));
        if (committed < 0 || !token.equals(index.databaseToken()) || stale) {
            position = seen = outbox.lastId();
            started = true;
            LOG.info("Search index missing, foreign or out of date: rebuilding from the database");
            rebuilds.started = Instant.now();
            try {
                rebuild(position);
            } finally {
                rebuilds.started = null;
            }
            // A bulk import committed while the database was read: its rows raised no person entries to replay.
            if (rebuilds.again) requestRebuild();
        } else {
            position = seen = committed;
            started = true;
        }
        LOG.info("Search index opened at outbox position " + position + " with " + index.documents() + " documents");
    }

    /**
     * Applies everything committed to the outbox so far and makes it visible: called by the rounds and by a search that
     * must see the caller's own writes.
     */
    public void catchUpNow() {
        writing.lock();
        try {
            if (!started) startUp();
            catchUp();
        } finally {
            writing.unlock();
        }
    }

    private void catchUp() {
        List<SearchOutbox.Entry> batch = new ArrayList<>(outbox.withIds(missing.keySet()));
        List<SearchOutbox.Entry> fresh = outbox.after(seen, BATCH);
        batch.addAll(fresh);
        Instant now = Instant.now();
        for (SearchOutbox.Entry e : batch) missing.remove(e.id());
        long expected = seen + 1;
        for (SearchOutbox.Entry e : fresh) {
            // A jump of many ids is a sequence skipping ahead (H2 after a restart), not transactions in flight.
            if (e.id() - expected <= MAX_IN_FLIGHT) for (long id = expected; id < e.id(); id++) missing.put(id, now);
            expected = e.id() + 1;
        }
        if (!fresh.isEmpty()) seen = fresh.get(fresh.size() - 1).id();
        missing.values().removeIf(t -> t.isBefore(now.minus(ABANDONED)));
        missingCount = missing.size();
        if (!batch.isEmpty()) {
            apply(batch, null, Set.of());
            index.refresh();
            uncommitted = true;
        }
        long lowestMissing = missing.keySet().stream().mapToLong(Long::longValue).min().orElse(seen + 1);
        position = lowestMissing - 1;
        if (fresh.size() == BATCH) catchUp();
    }

    /**
     * Applies outbox entries to the live index, or to a rebuilt one before it is installed; for the latter, a request to
     * rebuild that is not among {@code covered} (committed before the rebuild read the database) asks for another.
     */
    private void apply(List<SearchOutbox.Entry> batch, PeopleIndex.Rebuild target, Set<Long> covered) {
        Set<Long> people = new HashSet<>();
        boolean unitsChanged = false;
        for (SearchOutbox.Entry e : batch) {
            if (e.everything()) {
                if (target == null) {
                    requestRebuild();
                    unbuiltFrom = Math.min(unbuiltFrom, e.id());
                } else if (!covered.contains(e.id())) {
                    rebuilds.again = true;
                }
            } else if (e.personId() != null) {
                people.add(e.personId());
            } else if (e.unitId() != null) {
                unitsChanged = true;
            }
        }
        if (unitsChanged) {
            units = entries.units();
            for (SearchOutbox.Entry e : batch) {
                UnitFacts u = e.unitId() == null ? null : units.get(e.unitId());
                if (u != null) people.addAll(entries.peopleUnder(u.path()));
            }
        }
        if (people.isEmpty()) return;
        List<PersonEntry> read = read(people);
        Set<Long> removed = new HashSet<>(people);
        for (PersonEntry p : read) removed.remove(p.personId());
        if (target == null) index.replace(read, removed);
        else target.replace(read, removed);
    }

    private List<PersonEntry> read(Set<Long> people) {
        try {
            return entries.read(people, units());
        } catch (JdbcPersonEntries.UnknownUnit newUnit) {
            units = entries.units();
            return entries.read(people, units);
        }
    }

    private void commit() {
        long durable = committable();
        index.commit(durable);
        uncommitted = false;
        lastCommit = Instant.now();
        outbox.report(instance(), durable, index.documents(), lastCommit);
    }

    /**
     * The position the index may be committed with: not past a request to rebuild whose rebuild is not installed yet, so
     * that a service stopped meanwhile replays the request at its next start instead of keeping an index without the
     * bulk import's people (seen after a province's roster import: stopped during the rebuild, 0 documents at position).
     */
    private long committable() {
        return unbuiltFrom == Long.MAX_VALUE ? position : Math.min(position, unbuiltFrom - 1);
    }

    private void prune() {
        Instant now = Instant.now();
        if (Duration.between(lastPrune, now).toHours() < 1) return;
        lastPrune = now;
        outbox.prune(now.minus(Duration.ofDays(outboxDays)));
    }

    /** Starts a rebuild in the background unless one runs; searches go on against the index in use. */
    public synchronized boolean requestRebuild() {
        if (rebuilder == null) return false;
        if (rebuilds.started != null) {
            rebuilds.again = true;
            return false;
        }
        rebuilds.started = Instant.now();
        rebuilds.people.set(0);
        rebuilds.again = false;
        rebuilder.execute(this::rebuildInBackground);
        return true;
    }

    /** A rebuild in the background: the index in use answers (and follows the outbox) until the new one is complete. */
    private void rebuildInBackground() {
        try {
            long from;
            writing.lock();
            try {
                if (!started) startUp();
                from = position;
            } finally {
                writing.unlock();
            }
            rebuild(from);
        } finally {
            boolean again;
            synchronized (this) {
                rebuilds.started = null;
                again = rebuilds.again;
            }
            if (again) requestRebuild();
        }
    }

    /**
     * Fills a new index from the database, then, under the write lock, brings the index in use up to date, applies to the
     * new one every outbox entry after {@code from} (changes made while it was filled), and puts it in place.
     */
    private void rebuild(long from) {
        long start = System.nanoTime();
        units = entries.units();
        UnitCatalogue snapshot = units;
        // the replay starts at `from`, which a gap in the outbox can hold back for minutes: the rebuild requests already
        // committed are answered by this very fill, and replaying them must not start yet another rebuild
        Set<Long> covered = rebuildRequestsAfter(from);
        try (PeopleIndex.Rebuild fresh = index.rebuild(outbox.databaseToken())) {
            rebuilds.people.set(0);
            entries.forEach(snapshot, e -> {
                fresh.add(e);
                rebuilds.people.incrementAndGet();
            });
            fresh.seal();
            writing.lock();
            try {
                catchUp();
                int replayed = 0;
                for (long after = from; ; ) {
                    List<SearchOutbox.Entry> since = outbox.after(after, BATCH);
                    if (since.isEmpty()) break;
                    apply(since, fresh, covered);
                    replayed += since.size();
                    after = since.get(since.size() - 1).id();
                }
                // requests committed during the fill ask for another rebuild: until it is installed, from + 1 on is replayed
                unbuiltFrom = rebuilds.again ? from + 1 : Long.MAX_VALUE;
                fresh.install(committable());
                uncommitted = false;
                lastCommit = Instant.now();
                outbox.report(instance(), committable(), index.documents(), lastCommit);
                LOG.info("Search index rebuild from position " + from + ": " + replayed + " later changes applied, installed at "
                        + position);
            } finally {
                writing.unlock();
            }
            rebuilds.lastMillis = (System.nanoTime() - start) / 1_000_000;
            rebuilds.lastPeople = rebuilds.people.get();
            rebuilds.lastError = null;
            LOG.info("Search index rebuilt: " + rebuilds.lastPeople + " people in " + rebuilds.lastMillis + " ms");
        } catch (RuntimeException e) {
            rebuilds.lastError = "重建失败，仍使用原索引。请将事件编号 "
                    + Incident.record(LOG, "Search index rebuild failed; the index in use stays", e) + " 告知系统管理员。";
        } finally {
            rebuilds.lastFinished = Instant.now();
        }
    }

    private Set<Long> rebuildRequestsAfter(long from) {
        Set<Long> ids = new HashSet<>();
        for (long after = from; ; ) {
            List<SearchOutbox.Entry> since = outbox.after(after, BATCH);
            if (since.isEmpty()) return ids;
            for (SearchOutbox.Entry e : since) if (e.everything()) ids.add(e.id());
            after = since.get(since.size() - 1).id();
        }
    }

    /** Where the index stands, for {@code GET /search/status}. */
    public record Status(String instance, long position, long outboxLast, int missing, long documents, long bytesOnDisk,
                         Instant lastCommit, Instant rebuildStarted, long rebuildPeople, Instant lastRebuildFinished,
                         long lastRebuildMillis, long lastRebuildPeople, String lastRebuildError, int units) {}

    public Status status() {
        return new Status(instance(), position, outbox.lastId(), missingCount, index.documents(), index.sizeOnDisk(), lastCommit,
                rebuilds.started, rebuilds.people.get(), rebuilds.lastFinished, rebuilds.lastMillis, rebuilds.lastPeople,
                rebuilds.lastError, units().size());
    }

    private String instance() {
        if (!instanceName.isBlank()) return instanceName.strip();
        try {
            return InetAddress.getLocalHost().getHostName() + ":" + index.location();
        } catch (Exception e) {
            return "bianzhi:" + index.location();
        }
    }
}
