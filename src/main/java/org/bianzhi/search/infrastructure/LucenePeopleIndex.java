package org.bianzhi.search.infrastructure;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.FSDirectory;
import org.bianzhi.shared.infrastructure.PrivateDirectory;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.bianzhi.search.domain.PeopleIndex;
import org.bianzhi.search.domain.PersonEntry;
import org.bianzhi.search.domain.PersonHits;
import org.bianzhi.search.domain.PersonQuery;

/**
 * The people index in Lucene, in a directory of this instance ({@code bianzhi.search.dir}, default
 * {@code <data-dir>/search}): one {@link IndexWriter}, written only by the search indexer's single thread, and a
 * {@link SearcherManager} for readers. A rebuild writes a fresh {@code index-*} directory and the file
 * {@code current} names the one in use, so a swap is a rename. The outbox position and the database token are kept
 * in the commit's user data: what is committed and how far it reaches are one atomic fact. So is the documents'
 * {@link #FORMAT}: an index written by an older version reports no position, and the indexer rebuilds it at start.
 */
@ApplicationScoped
public class LucenePeopleIndex implements PeopleIndex {

    private static final String POSITION = "position";
    /** A rebuilt index is merged to this many segments: fewer segments, faster searches. */
    private static final int MERGED_SEGMENTS = 4;
    private static final String TOKEN = "databaseToken";
    /** What the documents hold; 2: the person id as doc values ({@link PersonDocuments#PID_ORDER}), which ranking reads. */
    private static final String FORMAT = "format";
    private static final String CURRENT_FORMAT = "2";
    /**
     * Best first, equal scores by person id: the same answers whatever order people were indexed in (a rebuild's
     * threads interleave them; an update moves a person to the end).
     */
    private static final Sort RANKING = new Sort(SortField.FIELD_SCORE, new SortField(PersonDocuments.PID_ORDER, SortField.Type.LONG));

    @Inject
    @ConfigProperty(name = "bianzhi.data-dir")
    String dataDir;

    @Inject
    @ConfigProperty(name = "bianzhi.search.dir", defaultValue = " ")
    String searchDir;

    /** The rebuild's indexing threads; none in a plain JVM (a tool), where plain threads do. */
    @Resource
    ManagedThreadFactory threads;

    private volatile Live live;

    /** An open index: its directory, the writer and the searchers. */
    private record Live(Path path, FSDirectory directory, IndexWriter writer, SearcherManager searchers) {

        void close() throws IOException {
            searchers.close();
            writer.close();
            directory.close();
        }
    }

    private Path root() {
        return searchDir.isBlank() ? Path.of(dataDir, "search") : Path.of(searchDir.strip());
    }

    private Live live() {
        Live l = live;
        if (l != null) return l;
        synchronized (this) {
            if (live == null) live = open();
            return live;
        }
    }

    private Live open() {
        try {
            Path root = PrivateDirectory.ensure(root());
            Path pointer = root.resolve("current");
            Path path = Files.exists(pointer) ? root.resolve(Files.readString(pointer, StandardCharsets.UTF_8).strip()) : null;
            if (path == null || !Files.isDirectory(path)) {
                path = root.resolve("index-" + System.currentTimeMillis());
                point(root, path);
            }
            deleteOthers(root, path);
            return open(path, 64);
        } catch (IOException e) {
            throw new UncheckedIOException("检索索引无法打开：" + e.getMessage(), e);
        }
    }

    private static Live open(Path path, double bufferMb) throws IOException {
        FSDirectory dir = FSDirectory.open(path);
        IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(bufferMb)
                .setUseCompoundFile(false);
        IndexWriter writer = new IndexWriter(dir, config);
        return new Live(path, dir, writer, new SearcherManager(writer, null));
    }

    @Override
    public PersonHits search(PersonQuery q) {
        for (int attempt = 0; ; attempt++) {
            Live l = live();
            IndexSearcher searcher;
            try {
                searcher = l.searchers().acquire();
            } catch (AlreadyClosedException e) {
                if (attempt < 3) continue;
                throw e;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try {
                return search(searcher, q);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                release(l, searcher);
            }
        }
    }

    private static PersonHits search(IndexSearcher searcher, PersonQuery q) throws IOException {
        long start = System.nanoTime();
        Query query = PersonQueries.of(q);
        List<String> facetFields = FacetCounts.fieldsFor(PersonQueries.ever(q));
        var top = new TopFieldCollectorManager(RANKING, Math.max(1, q.offset() + q.limit()), null, Integer.MAX_VALUE, false);
        var both = new MultiCollectorManager(top, FacetCounts.manager(facetFields));
        Object[] results = searcher.search(query, both);
        TopDocs docs = (TopDocs) results[0];
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Long>> byField = (Map<String, Map<String, Long>>) results[1];
        List<PersonHits.Hit> hits = new ArrayList<>();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        for (int i = q.offset(); i < docs.scoreDocs.length; i++) {
            ScoreDoc sd = docs.scoreDocs[i];
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
            BinaryDocValues values = DocValues.getBinary(leaf.reader(), PersonDocuments.HIT);
            if (!values.advanceExact(sd.doc - leaf.docBase)) continue;
            hits.add(PersonDocuments.hit(values.binaryValue()));
        }
        Map<String, Map<String, Long>> facets = new java.util.LinkedHashMap<>();
        List<String> names = List.of("quotaType", "postType", "unitKind", "region");
        for (int i = 0; i < names.size(); i++) facets.put(names.get(i), byField.get(facetFields.get(i)));
        return new PersonHits(docs.totalHits.value, (System.nanoTime() - start) / 1e6, hits, facets);
    }

    private static void release(Live l, IndexSearcher searcher) {
        try {
            l.searchers().release(searcher);
        } catch (IOException | AlreadyClosedException e) {
            // The index was swapped meanwhile; its reader is closed with the last release.
        }
    }

    @Override
    public void replace(Collection<PersonEntry> entries, Collection<Long> removed) {
        write(live().writer(), entries, removed);
    }

    private static void write(IndexWriter writer, Collection<PersonEntry> entries, Collection<Long> removed) {
        try {
            for (PersonEntry e : entries) {
                writer.updateDocuments(new Term(PersonDocuments.PID, Long.toString(e.personId())), PersonDocuments.of(e));
            }
            for (Long id : removed) writer.deleteDocuments(new Term(PersonDocuments.PID, id.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void refresh() {
        try {
            live().searchers().maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void commit(long position) {
        Live l = live();
        // the documents keep the format they were written in, until a rebuild replaces them
        String format = userData(FORMAT);
        commit(l.writer(), position, databaseToken(), format == null ? "" : format);
    }

    private static void commit(IndexWriter writer, long position, String token, String format) {
        try {
            writer.setLiveCommitData(Map.of(POSITION, Long.toString(position), TOKEN, token == null ? "" : token,
                    "committedAt", Instant.now().toString(), FORMAT, format).entrySet());
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String userData(String key) {
        Iterable<Map.Entry<String, String>> data = live().writer().getLiveCommitData();
        if (data == null) return null;
        for (Map.Entry<String, String> e : data) if (e.getKey().equals(key)) return e.getValue();
        return null;
    }

    @Override
    public long position() {
        String p = userData(POSITION);
        return p == null || !CURRENT_FORMAT.equals(userData(FORMAT)) ? -1 : Long.parseLong(p);
    }

    @Override
    public String databaseToken() {
        String t = userData(TOKEN);
        return t == null || t.isEmpty() ? null : t;
    }

    @Override
    public Instant committedAt() {
        String t = userData("committedAt");
        return t == null ? null : Instant.parse(t);
    }

    @Override
    public long documents() {
        return live().writer().getDocStats().numDocs;
    }

    @Override
    public String location() {
        return root().toAbsolutePath().toString();
    }

    @Override
    public long sizeOnDisk() {
        try (Stream<Path> files = Files.list(live().path())) {
            return files.mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public Rebuild rebuild(String databaseToken) {
        try {
            Path path = Files.createDirectories(root()).resolve("index-" + System.currentTimeMillis());
            FSDirectory dir = FSDirectory.open(path);
            IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(256).setUseCompoundFile(false);
            return new NewIndex(path, dir, new IndexWriter(dir, config), databaseToken, threads == null ? Thread::new : threads);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A rebuild in progress; {@link #install} swaps it in under the index's lock. The caller's thread reads the people
     * and hands them over in batches; two threads turn them into documents and index them, so reading and indexing
     * (each about half of a rebuild's time) take both cores. The threads interleave people in the index, so ranking
     * does not rely on the order of documents ({@link #RANKING}).
     */
    private final class NewIndex implements Rebuild {
        private static final int BATCH = 500;
        private static final List<PersonEntry> END = List.of();
        private final Path path;
        private final FSDirectory dir;
        private final IndexWriter writer;
        private final String token;
        private final BlockingQueue<List<PersonEntry>> handed = new ArrayBlockingQueue<>(16);
        private final Thread[] indexers;
        private final AtomicReference<Throwable> failure = new AtomicReference<>();
        private List<PersonEntry> batch = new ArrayList<>(BATCH);
        private boolean installed;

        NewIndex(Path path, FSDirectory dir, IndexWriter writer, String token, ThreadFactory threads) {
            this.path = path;
            this.dir = dir;
            this.writer = writer;
            this.token = token;
            // two, measured on two cores: 1,000,000 people rebuilt in 20 s instead of 23 s with one
            this.indexers = new Thread[2];
            for (int i = 0; i < indexers.length; i++) {
                indexers[i] = threads.newThread(this::index);
                indexers[i].start();
            }
        }

        private void index() {
            try {
                for (List<PersonEntry> b; (b = handed.take()) != END; ) {
                    for (PersonEntry e : b) writer.addDocuments(PersonDocuments.of(e));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Throwable e) {
                failure.compareAndSet(null, e);
                handed.clear(); // the reader must not wait on a full queue nobody takes from
            }
        }

        @Override
        public void add(PersonEntry entry) {
            batch.add(entry);
            if (batch.size() == BATCH) {
                hand(batch);
                batch = new ArrayList<>(BATCH);
            }
        }

        private void hand(List<PersonEntry> b) {
            try {
                while (!handed.offer(b, 100, TimeUnit.MILLISECONDS)) failed();
                failed();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("检索索引重建被中断", e);
            }
        }

        private void failed() {
            Throwable e = failure.get();
            if (e instanceof IOException io) throw new UncheckedIOException(io);
            if (e instanceof RuntimeException r) throw r;
            if (e != null) throw new IllegalStateException(e);
        }

        @Override
        public void seal() {
            if (!batch.isEmpty()) hand(batch);
            batch = new ArrayList<>();
            for (Thread ignored : indexers) hand(END);
            try {
                for (Thread t : indexers) t.join();
                failed();
                writer.forceMerge(MERGED_SEGMENTS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("检索索引重建被中断", e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void replace(Collection<PersonEntry> entries, Collection<Long> removed) {
            write(writer, entries, removed);
        }

        @Override
        public void install(long position) {
            try {
                commit(writer, position, token, CURRENT_FORMAT);
                writer.close();
                dir.close();
                Live fresh = open(path, 64);
                Live old;
                synchronized (LucenePeopleIndex.this) {
                    old = live;
                    point(root(), path);
                    live = fresh;
                }
                installed = true;
                if (old != null) {
                    old.close();
                    deleteTree(old.path());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("新索引无法启用：" + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            if (installed) return;
            for (Thread t : indexers) t.interrupt();
            try {
                for (Thread t : indexers) t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            try {
                writer.rollback();
                dir.close();
            } catch (IOException | AlreadyClosedException e) {
                // dropped anyway
            }
            deleteTree(path);
        }
    }

    private static void point(Path root, Path index) throws IOException {
        Path tmp = root.resolve("current.tmp");
        Files.writeString(tmp, index.getFileName().toString(), StandardCharsets.UTF_8);
        Files.move(tmp, root.resolve("current"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void deleteOthers(Path root, Path keep) throws IOException {
        try (Stream<Path> dirs = Files.list(root)) {
            dirs.filter(p -> Files.isDirectory(p) && p.getFileName().toString().startsWith("index-") && !p.equals(keep))
                    .forEach(LucenePeopleIndex::deleteTree);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // left for the next start-up to clear
        }
    }

    @PreDestroy
    void close() {
        Live l = live;
        if (l == null) return;
        try {
            l.close();
        } catch (IOException e) {
            // closing at shutdown
        }
    }
}
