package org.bianzhi.search.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.bianzhi.search.domain.SearchOutbox;
import org.bianzhi.shared.infrastructure.DatabaseDefinition;
import org.bianzhi.shared.infrastructure.Sql;

/** The search outbox in plain JDBC: appends join the caller's transaction, reads run on their own connection. */
@ApplicationScoped
public class JdbcSearchOutbox implements SearchOutbox {

    private static final String COLUMNS = "id, person_id, unit_id, everything";

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;

    @Override
    public void append(Long personId, Long unitId, boolean everything) {
        Sql.run(dataSource, c -> Sql.update(c, "insert into search_outbox (person_id, unit_id, everything, queued_at)"
                + " values (?, ?, ?, ?)", personId, unitId, everything, Instant.now()));
    }

    @Override
    public void appendPeople(Collection<Long> personIds) {
        if (personIds.isEmpty()) return;
        Instant now = Instant.now();
        Sql.run(dataSource, c -> Sql.batch(c, "insert into search_outbox (person_id, unit_id, everything, queued_at) values (?, null, false, ?)",
                personIds.stream().map(id -> new Object[] {id, now}).toList()));
    }

    @Override
    public List<Entry> after(long id, int max) {
        return Sql.call(dataSource, c -> Sql.list(c, "select " + COLUMNS + " from search_outbox where id > ? order by id"
                + " fetch first " + max + " rows only", JdbcSearchOutbox::entry, id));
    }

    @Override
    public List<Entry> withIds(Collection<Long> ids) {
        if (ids.isEmpty()) return List.of();
        String in = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        return Sql.call(dataSource, c -> Sql.list(c, "select " + COLUMNS + " from search_outbox where id in (" + in + ")"
                + " order by id", JdbcSearchOutbox::entry));
    }

    @Override
    public long lastId() {
        return Sql.call(dataSource, c -> Sql.single(c, "select coalesce(max(id), 0) from search_outbox"));
    }

    @Override
    public String databaseToken() {
        return Sql.call(dataSource, c -> {
            List<String> token = Sql.list(c, "select token from search_catalog where id = 1", r -> r.getString(1));
            if (!token.isEmpty()) return token.get(0);
            try {
                Sql.update(c, "insert into search_catalog (id, token) values (1, ?)", UUID.randomUUID().toString());
            } catch (SQLException raced) {
                // another instance made it first
            }
            return Sql.list(c, "select token from search_catalog where id = 1", r -> r.getString(1)).get(0);
        });
    }

    @Override
    public void report(String instance, long position, long documents, Instant at) {
        Sql.run(dataSource, c -> {
            Instant t = at;
            if (Sql.update(c, "update search_index_state set position = ?, documents = ?, updated_at = ? where instance = ?",
                    position, documents, t, instance) == 0) {
                Sql.update(c, "insert into search_index_state (instance, position, documents, updated_at) values (?, ?, ?, ?)",
                        instance, position, documents, t);
            }
        });
    }

    @Override
    public int prune(Instant before) {
        return Sql.call(dataSource, c -> Sql.update(c, "delete from search_outbox where queued_at < ? and id <= coalesce("
                + "(select min(position) from search_index_state where updated_at >= ?), 0)",
                before, before));
    }

    private static Entry entry(java.sql.ResultSet r) throws SQLException {
        return new Entry(r.getLong(1), Sql.nullableLong(r, 2), Sql.nullableLong(r, 3), r.getBoolean(4));
    }
}
