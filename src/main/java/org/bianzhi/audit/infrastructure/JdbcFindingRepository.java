package org.bianzhi.audit.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.bianzhi.audit.domain.Finding;
import org.bianzhi.audit.domain.FindingEvent;
import org.bianzhi.audit.domain.FindingRepository;
import org.bianzhi.audit.domain.FindingStatus;
import org.bianzhi.audit.domain.Rule;
import org.bianzhi.shared.domain.BianzhiException;
import org.bianzhi.shared.infrastructure.DatabaseDefinition;
import org.bianzhi.shared.infrastructure.Sql;
import org.bianzhi.shared.infrastructure.SqlQuery;

/**
 * Findings in plain JDBC with batched writes: a first evaluation of a province stores tens of thousands at
 * once. Runs in the caller's transaction. Ids come from the sequences in blocks of 50 (one call per block).
 */
@ApplicationScoped
public class JdbcFindingRepository implements FindingRepository {

    static final String COLUMNS = "id, finding_key, rule, unit_id, person_id, subject, person_ids, message, present, status,"
            + " first_seen, last_seen, reopened, status_changed_at, status_changed_by, status_note, version";

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;

    @Override
    public List<Finding> all() {
        return Sql.call(dataSource, c -> Sql.list(c, "select " + COLUMNS + " from finding", JdbcFindingRepository::finding));
    }

    @Override
    public List<Finding> touching(Set<Long> personIds, Set<Long> unitIds) {
        return Sql.call(dataSource, c -> {
            List<Finding> result = new ArrayList<>(new SqlQuery("select " + COLUMNS + " from finding where person_id is not null")
                    .in("person_id", personIds).list(c, JdbcFindingRepository::finding));
            result.addAll(new SqlQuery("select " + COLUMNS + " from finding where person_id is null").in("unit_id", unitIds)
                    .list(c, JdbcFindingRepository::finding));
            return result;
        });
    }

    @Override
    public Set<Long> peopleNamedAt(Set<Long> unitIds) {
        return Sql.call(dataSource, c -> new HashSet<>(new SqlQuery("select person_id from finding where person_id is not null")
                .in("unit_id", unitIds).list(c, r -> r.getLong(1))));
    }

    @Override
    public List<Finding> withKeys(Collection<String> keys) {
        List<String> all = new ArrayList<>(keys);
        List<Finding> result = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 500) {
            List<String> chunk = all.subList(i, Math.min(all.size(), i + 500));
            String marks = "?,".repeat(chunk.size() - 1) + "?";
            result.addAll(Sql.call(dataSource, c -> Sql.list(c, "select " + COLUMNS + " from finding where finding_key in (" + marks + ")",
                    JdbcFindingRepository::finding, chunk.toArray())));
        }
        return result;
    }

    @Override
    public Optional<Finding> lock(long id) {
        return one("select " + COLUMNS + " from finding where id = ? for update", id);
    }

    @Override
    public Optional<Finding> find(long id) {
        return one("select " + COLUMNS + " from finding where id = ?", id);
    }

    private Optional<Finding> one(String sql, long id) {
        return Sql.call(dataSource, c -> Sql.list(c, sql, JdbcFindingRepository::finding, id).stream().findFirst());
    }

    @Override
    public List<FindingEvent> history(long id) {
        return Sql.call(dataSource, c -> Sql.list(c, "select action, status, actor, occurred_at, note from finding_event"
                + " where finding_id = ? order by occurred_at, id", r -> new FindingEvent(FindingEvent.Action.valueOf(r.getString(1)),
                FindingStatus.valueOf(r.getString(2)), r.getString(3), instant(r, 4), r.getString(5)), id));
    }

    @Override
    public void store(Collection<Finding> findings) {
        if (findings.isEmpty()) return;
        Sql.run(dataSource, c -> {
            List<Finding> added = findings.stream().filter(f -> f.id() == null).toList();
            List<Finding> changed = findings.stream().filter(f -> f.id() != null).toList();
            long[] ids = Sql.ids(c, "finding_seq", added.size());
            insert(c, added, ids);
            update(c, changed);
            List<Object[]> events = new ArrayList<>();
            for (int i = 0; i < added.size(); i++) for (FindingEvent e : added.get(i).newEvents()) events.add(new Object[] {ids[i], e});
            for (Finding f : changed) for (FindingEvent e : f.newEvents()) events.add(new Object[] {f.id(), e});
            events(c, events);
        });
    }

    private static void insert(Connection c, List<Finding> added, long[] ids) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into finding (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < added.size(); i++) {
                Finding f = added.get(i);
                Sql.bind(s, ids[i], f.key(), f.rule().name(), f.unitId(), f.personId(), f.subject(), join(f.personIds()),
                        Sql.cut(f.message(), 2000), f.present(), f.status().name(), f.firstSeen(), f.lastSeen(), f.reopened(),
                        f.statusChangedAt(), f.statusChangedBy(), f.statusNote(), 0L);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void update(Connection c, List<Finding> changed) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("update finding set person_ids = ?, message = ?, present = ?, status = ?,"
                + " last_seen = ?, reopened = ?, status_changed_at = ?, status_changed_by = ?, status_note = ?, version = version + 1"
                + " where id = ? and version = ?")) {
            for (Finding f : changed) {
                Sql.bind(s, join(f.personIds()), Sql.cut(f.message(), 2000), f.present(), f.status().name(), f.lastSeen(),
                        f.reopened(), f.statusChangedAt(), f.statusChangedBy(), f.statusNote(), f.id(), f.version());
                s.addBatch();
            }
            for (int n : s.executeBatch()) {
                if (n == 0) throw BianzhiException.conflict("FINDING_CHANGED", "问题记录刚被他人修改，请刷新后重试");
            }
        }
    }

    private static void events(Connection c, List<Object[]> events) throws SQLException {
        long[] ids = Sql.ids(c, "finding_event_seq", events.size());
        try (PreparedStatement s = c.prepareStatement("insert into finding_event (id, finding_id, occurred_at, actor, action, status, note)"
                + " values (?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < events.size(); i++) {
                FindingEvent e = (FindingEvent) events.get(i)[1];
                Sql.bind(s, ids[i], events.get(i)[0], e.at(), e.actor(), e.action().name(), e.status().name(), Sql.cut(e.note(), 1000));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    @Override
    public void enqueue(Long personId, Long unitId, boolean everything) {
        Sql.run(dataSource, c -> Sql.update(c, "insert into finding_queue (person_id, unit_id, everything, queued_at) values (?, ?, ?, ?)",
                personId, unitId, everything, Instant.now()));
    }

    @Override
    public void enqueuePeople(Collection<PersonAtUnit> changes) {
        if (changes.isEmpty()) return;
        Instant now = Instant.now();
        Sql.run(dataSource, c -> Sql.batch(c, "insert into finding_queue (person_id, unit_id, everything, queued_at) values (?, ?, false, ?)",
                changes.stream().map(p -> new Object[] {p.personId(), p.unitId(), now}).toList()));
    }

    @Override
    public List<QueuedChange> queued(int max) {
        return Sql.call(dataSource, c -> Sql.list(c, "select id, person_id, unit_id, everything from finding_queue order by id"
                + " fetch first " + max + " rows only", r -> new QueuedChange(r.getLong(1), (Long) Sql.nullableLong(r, 2),
                Sql.nullableLong(r, 3), r.getBoolean(4))));
    }

    @Override
    public void dequeue(Collection<Long> ids) {
        if (ids.isEmpty()) return;
        Sql.run(dataSource, c -> {
            List<Long> all = new ArrayList<>(ids);
            for (int from = 0; from < all.size(); from += 1000) {
                SqlQuery q = new SqlQuery("delete from finding_queue where 1 = 1").in("id", all.subList(from, Math.min(all.size(), from + 1000)));
                q.update(c);
            }
        });
    }

    @Override
    public long queuedCount() {
        return Sql.call(dataSource, c -> Sql.single(c, "select count(*) from finding_queue"));
    }

    @Override
    public LocalDate lockEvaluations() {
        return Sql.call(dataSource, c -> Sql.list(c, "select last_full_date from audit_state where id = 1 for update",
                r -> Optional.ofNullable(Sql.localDate(r, 1))).get(0).orElse(null));
    }

    @Override
    public void fullEvaluationDone(LocalDate day, long millis) {
        Sql.run(dataSource, c -> Sql.update(c, "update audit_state set last_full_date = ?, last_full_at = ?, last_full_ms = ? where id = 1",
                day, Instant.now(), millis));
    }

    static Finding finding(ResultSet r) throws SQLException {
        return new Finding(r.getLong(1), r.getString(2), Rule.valueOf(r.getString(3)), r.getLong(4), Sql.nullableLong(r, 5),
                r.getString(6), split(r.getString(7)), r.getString(8), r.getBoolean(9), FindingStatus.valueOf(r.getString(10)),
                Sql.localDate(r, 11), Sql.localDate(r, 12), r.getInt(13), instant(r, 14), r.getString(15),
                r.getString(16), r.getLong(17));
    }

    static Instant instant(ResultSet r, int column) throws SQLException {
        OffsetDateTime t = r.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static String join(List<Long> ids) {
        return ids.isEmpty() ? null : String.join(",", ids.stream().map(String::valueOf).toList());
    }

    static List<Long> split(String ids) {
        return ids == null || ids.isEmpty() ? List.of() : Arrays.stream(ids.split(",")).map(Long::valueOf).toList();
    }
}
