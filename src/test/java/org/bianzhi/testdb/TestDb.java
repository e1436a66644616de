package org.bianzhi.testdb;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.bianzhi.shared.infrastructure.Sql;

/**
 * One test's connection to a migrated database (inside a transaction rolled back after the test), with the few
 * registry rows a rule needs written in one line each. Dates are ISO strings; null means open-ended. Ids are taken
 * from a counter far above the sequences, so rows never collide with ones the code under test creates.
 */
public final class TestDb {

    private static final AtomicLong IDS = new AtomicLong(900_000_000L);
    private final Connection c;

    TestDb(Connection c) {
        this.c = c;
    }

    public Connection connection() {
        return c;
    }

    public boolean postgres() throws SQLException {
        return Sql.postgres(c);
    }

    public static long nextId() {
        return IDS.incrementAndGet();
    }

    /** Runs a statement with parameters (for rows the helpers below do not cover). */
    public int update(String sql, Object... params) throws SQLException {
        return Sql.update(c, sql, params);
    }

    /** The one number a query answers. */
    public long single(String sql, Object... params) throws SQLException {
        return Sql.single(c, sql, params);
    }

    /** A county-level unit ({@code ORGAN} or {@code INSTITUTION}) in force from 2020-01-01, under {@code parent} (null: a top unit). */
    public long unit(String kind, String name, Long parent) throws SQLException {
        return unit(kind, name, parent, "COUNTY", "2020-01-01");
    }

    public long unit(String kind, String name, Long parent, String level, String from) throws SQLException {
        long id = nextId();
        String path = parent == null ? "/" + id + "/"
                : Sql.list(c, "select path from unit where id = ?", r -> r.getString(1), parent).get(0) + id + "/";
        String code = (kind.equals("ORGAN") ? "11" : "12") + String.format("%016d", id);
        update("insert into unit (id, code, path, name_key, established_on, version) values (?, ?, ?, ?, ?, 0)",
                id, code, path, name + id, date(from));
        update("insert into unit_version (id, unit_id, name, kind, institution_class, parent_id, region_code, admin_level, funding,"
                        + " valid_from, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, '330381', ?, 'FULL', ?, 'test', ?)",
                nextId(), id, name, kind, kind.equals("INSTITUTION") ? "PUBLIC_WELFARE_1" : null, parent, level, date(from), Instant.now());
        return id;
    }

    /** The unit's code (the 18 characters the fixture gave it). */
    public String codeOf(long unit) throws SQLException {
        return Sql.list(c, "select code from unit where id = ?", r -> r.getString(1), unit).get(0);
    }

    public void quota(long unit, String type, int count, String from, String to) throws SQLException {
        update("insert into quota_approval (id, unit_id, quota_type, approved_count, valid_from, valid_to, basis_document,"
                + " recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, '测试〔2020〕1号', 'test', ?)",
                nextId(), unit, type, count, date(from), date(to), Instant.now());
    }

    public void leadership(long unit, String category, int count, String from) throws SQLException {
        update("insert into leadership_approval (id, unit_id, category, approved_count, valid_from, basis_document, recorded_by,"
                + " recorded_at) values (?, ?, ?, ?, ?, '测试〔2020〕2号', 'test', ?)", nextId(), unit, category, count, date(from), Instant.now());
    }

    /** A person with an 18-character number unique to the test run (not check-digit valid: SQL does not check it). */
    public long person(String name, String identity, String birth, String gender) throws SQLException {
        long id = nextId();
        update("insert into person (id, id_number, name, gender, birth_date, identity, version, recorded_by, recorded_at)"
                + " values (?, ?, ?, ?, ?, ?, 0, 'test', ?)", id, String.format("33%016d", id), name, gender, date(birth), identity, Instant.now());
        return id;
    }

    public long person(String name, String identity) throws SQLException {
        return person(name, identity, "1985-01-01", "MALE");
    }

    /** An occupancy of a quota ({@code notice}: its increase notice number, null for none). */
    public long occupancy(long person, long unit, String type, String from, String to, String notice) throws SQLException {
        long id = nextId();
        update("insert into occupancy (id, person_id, unit_id, quota_type, valid_from, valid_to, increase_notice_no, recorded_by,"
                + " recorded_at, version) values (?, ?, ?, ?, ?, ?, ?, 'test', ?, 0)", id, person, unit, type, date(from), date(to), notice, Instant.now());
        return id;
    }

    /** A posting; {@code arrangement} REGULAR or SECONDMENT (with its end and approval document, else null). */
    public long posting(long person, long unit, String postType, String arrangement, String from, String to,
            String secondmentEnd, String approvalDocument) throws SQLException {
        long id = nextId();
        update("insert into posting (id, person_id, unit_id, post_type, arrangement, valid_from, valid_to, secondment_end,"
                + " approval_document, recorded_by, recorded_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'test', ?, 0)",
                id, person, unit, postType, arrangement, date(from), date(to), date(secondmentEnd), approvalDocument, Instant.now());
        return id;
    }

    public long appointment(long person, long unit, String category, String from, String to) throws SQLException {
        long id = nextId();
        update("insert into appointment (id, person_id, unit_id, category, valid_from, valid_to, recorded_by, recorded_at, version)"
                + " values (?, ?, ?, ?, ?, ?, 'test', ?, 0)", id, person, unit, category, date(from), date(to), Instant.now());
        return id;
    }

    public static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    /** Every day from three days before to three days after each boundary, in order: for rules checked around their dates. */
    public static List<LocalDate> daysAround(String... boundaries) {
        TreeSet<LocalDate> days = new TreeSet<>();
        for (String b : boundaries) {
            for (int i = -3; i <= 3; i++) days.add(date(b).plusDays(i));
        }
        return List.copyOf(days);
    }

    /**
     * This test's transaction as a DataSource, for code that opens its own connection and commits (the staged
     * imports): its commit marks a savepoint, its rollback returns to the last mark, its close does nothing. So it
     * runs its own SQL and transaction steps, and everything it wrote is still rolled back after the test.
     */
    public DataSource dataSource() {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, m, args) -> {
                    if (m.getName().equals("getConnection")) return ownTransaction();
                    if (m.getName().equals("toString")) return "the test's transaction";
                    throw new UnsupportedOperationException(m.getName());
                });
    }

    private Connection ownTransaction() throws SQLException {
        Savepoint[] mark = {c.setSavepoint()};
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, m, args) -> switch (m.getName()) {
                    case "commit" -> {
                        mark[0] = c.setSavepoint();
                        yield null;
                    }
                    case "rollback" -> {
                        if (args != null) throw new UnsupportedOperationException("rollback to a savepoint of its own");
                        c.rollback(mark[0]);
                        yield null;
                    }
                    case "setAutoCommit", "close" -> null;
                    case "getAutoCommit" -> false;
                    default -> {
                        try {
                            yield m.invoke(c, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    }
                });
    }
}
