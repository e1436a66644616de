package org.bianzhi.search.domain;

import java.util.Collection;

/**
 * The search port (检索索引): everything the application asks of the people index. The embedded Lucene index
 * implements it; a clustered search engine could replace it without touching the callers.
 */
public interface PeopleIndex {

    PersonHits search(PersonQuery query);

    /** Replaces what is indexed for these people (entries) and removes the others named; visible after {@link #refresh}. */
    void replace(Collection<PersonEntry> entries, Collection<Long> removed);

    /** Makes applied changes visible to searches. */
    void refresh();

    /** Makes applied changes durable together with the outbox position they reach. */
    void commit(long position);

    /** The outbox position of the last commit, or -1 for a new index or one in an older format (both to rebuild). */
    long position();

    /** The token of the database the index was built from (null for a new index). */
    String databaseToken();

    /** When the index was last committed (null for a new index). */
    java.time.Instant committedAt();

    long documents();

    /** Where this index is (a directory), to tell the instances that share a database apart. */
    String location();

    /** Bytes the index takes on disk. */
    long sizeOnDisk();

    /** Starts building a new index beside the one in use, which goes on answering until {@link Rebuild#install}. */
    Rebuild rebuild(String databaseToken);

    /** A new index being built. */
    interface Rebuild extends AutoCloseable {

        void add(PersonEntry entry);

        /** Every person is added: prepares it for reading (merges its segments). */
        void seal();

        /** Changes made while it was built, applied before it is installed. */
        void replace(Collection<PersonEntry> entries, Collection<Long> removed);

        /** Commits it with this outbox position and puts it in place of the one in use. */
        void install(long position);

        /** Drops it, if not installed. */
        @Override
        void close();
    }
}
