package org.bianzhi.search.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.bianzhi.establishment.domain.UnitAttributes;
import org.bianzhi.search.domain.PersonEntries;
import org.bianzhi.search.domain.PersonEntry;
import org.bianzhi.search.domain.Stints;
import org.bianzhi.search.domain.UnitCatalogue;
import org.bianzhi.search.domain.UnitFacts;
import org.bianzhi.shared.domain.UnitPath;
import org.bianzhi.shared.infrastructure.DatabaseDefinition;
import org.bianzhi.shared.infrastructure.Sql;

/**
 * Reads people for the index in plain JDBC: a few hundred at a time after changes, or everyone in one pass of four
 * cursors ordered by person (people, occupancies, postings, appointments) merged as they stream, for a rebuild.
 */
@ApplicationScoped
public class JdbcPersonEntries implements PersonEntries {

    private static final String PEOPLE = "select id, name, id_number, gender, identity from person";
    private static final String OCCUPANCIES = "select person_id, unit_id, quota_type, valid_from, valid_to from occupancy";
    private static final String POSTINGS = "select person_id, unit_id, post_type, arrangement, valid_from, valid_to from posting";
    private static final String APPOINTMENTS = "select person_id, unit_id from appointment";
    private static final int BATCH = 500;

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;

    /** A unit a record names is not in the catalogue yet (made after it was loaded): load it again. */
    public static final class UnknownUnit extends RuntimeException {
        public UnknownUnit(long id) {
            super("单位 " + id + " 不在检索单位名录中");
        }
    }

    /** What is read of a person before their records are attached. */
    private static final class Row {
        final long id;
        final String name, idNumber, gender, identity;
        final List<Stints.Dated<PersonEntry.Seat>> seats = new ArrayList<>();
        final List<Stints.Dated<PersonEntry.Post>> posts = new ArrayList<>();
        final Set<Long> scope = new LinkedHashSet<>();

        Row(ResultSet r) throws SQLException {
            id = r.getLong(1);
            name = r.getString(2);
            idNumber = r.getString(3);
            gender = r.getString(4);
            identity = r.getString(5);
        }

        PersonEntry entry() {
            return new PersonEntry(id, name, idNumber, gender, identity, Stints.of(seats, posts), scope);
        }
    }

    @Override
    public List<PersonEntry> read(Collection<Long> personIds, UnitCatalogue units) {
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(personIds));
        List<PersonEntry> entries = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += BATCH) {
            String in = ids.subList(i, Math.min(ids.size(), i + BATCH)).stream().map(String::valueOf)
                    .collect(Collectors.joining(","));
            entries.addAll(Sql.call(dataSource, c -> {
                Map<Long, Row> rows = new LinkedHashMap<>();
                for (Row r : Sql.list(c, PEOPLE + " where id in (" + in + ")", Row::new)) rows.put(r.id, r);
                each(c, OCCUPANCIES + " where person_id in (" + in + ")", r -> seat(rows.get(r.getLong(1)), r, units));
                each(c, POSTINGS + " where person_id in (" + in + ")", r -> post(rows.get(r.getLong(1)), r, units));
                each(c, APPOINTMENTS + " where person_id in (" + in + ")", r -> scope(rows.get(r.getLong(1)), r.getLong(2), units));
                return rows.values().stream().map(Row::entry).toList();
            }));
        }
        return entries;
    }

    @Override
    public void forEach(UnitCatalogue units, Consumer<PersonEntry> sink) {
        Sql.run(dataSource, c -> {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (PreparedStatement people = cursor(c, PEOPLE + " order by id");
                 PreparedStatement occ = cursor(c, OCCUPANCIES + " order by person_id");
                 PreparedStatement post = cursor(c, POSTINGS + " order by person_id");
                 PreparedStatement app = cursor(c, APPOINTMENTS + " order by person_id");
                 ResultSet p = people.executeQuery(); ResultSet o = occ.executeQuery();
                 ResultSet s = post.executeQuery(); ResultSet a = app.executeQuery()) {
                boolean hasO = o.next(), hasS = s.next(), hasA = a.next();
                while (p.next()) {
                    Row row = new Row(p);
                    while (hasO && o.getLong(1) <= row.id) {
                        if (o.getLong(1) == row.id) seat(row, o, units);
                        hasO = o.next();
                    }
                    while (hasS && s.getLong(1) <= row.id) {
                        if (s.getLong(1) == row.id) post(row, s, units);
                        hasS = s.next();
                    }
                    while (hasA && a.getLong(1) <= row.id) {
                        if (a.getLong(1) == row.id) scope(row, a.getLong(2), units);
                        hasA = a.next();
                    }
                    sink.accept(row.entry());
                }
            } finally {
                c.rollback();
                c.setAutoCommit(auto);
            }
        });
    }

    @Override
    public Set<Long> peopleUnder(String path) {
        String sql = "select r.person_id from %s r join unit u on u.id = r.unit_id where u.path like ?";
        return Sql.call(dataSource, c -> {
            Set<Long> ids = new HashSet<>();
            for (String table : List.of("occupancy", "posting", "appointment")) {
                ids.addAll(Sql.list(c, sql.formatted(table), r -> r.getLong(1), UnitPath.likePattern(path)));
            }
            return ids;
        });
    }

    @Override
    public UnitCatalogue units() {
        String sql = "select u.id, u.code, u.path, u.abolished_on, v.name, v.short_name, v.aliases, v.kind, v.region_code,"
                + " v.valid_to from unit u join unit_version v on v.unit_id = u.id order by u.id, v.valid_from, v.id";
        return Sql.call(dataSource, c -> {
            Map<Long, List<Object[]>> versions = new LinkedHashMap<>();
            Sql.list(c, sql, r -> versions.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(new Object[]{
                    r.getLong(1), r.getString(2), r.getString(3), r.getDate(4), r.getString(5), r.getString(6),
                    r.getString(7), r.getString(8), r.getString(9), r.getDate(10)}));
            List<UnitFacts> units = new ArrayList<>(versions.size());
            for (List<Object[]> vs : versions.values()) units.add(facts(vs));
            return new UnitCatalogue(units);
        });
    }

    /** A unit as it is now (its open version, else its last), with the names of its other versions as former names. */
    private static UnitFacts facts(List<Object[]> versions) {
        Object[] now = versions.get(versions.size() - 1);
        for (Object[] v : versions) if (v[9] == null) now = v;
        Set<String> former = new LinkedHashSet<>();
        for (Object[] v : versions) if (!v[4].equals(now[4])) former.add((String) v[4]);
        return new UnitFacts((Long) now[0], (String) now[1], (String) now[2], (String) now[4], (String) now[5],
                UnitAttributes.splitAliases((String) now[6]).stream().map(String::strip).filter(a -> !a.isEmpty()).toList(),
                List.copyOf(former), (String) now[7], (String) now[8], now[3] != null);
    }

    private static PreparedStatement cursor(Connection c, String sql) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        s.setFetchSize(5_000);
        return s;
    }

    private interface RowWork {
        void apply(ResultSet r) throws SQLException;
    }

    private static void each(Connection c, String sql, RowWork work) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            while (r.next()) work.apply(r);
        }
    }

    private static void seat(Row row, ResultSet r, UnitCatalogue units) throws SQLException {
        UnitFacts u = unit(units, r.getLong(2));
        row.seats.add(new Stints.Dated<>(new PersonEntry.Seat(u, r.getString(3)), date(r, 4), date(r, 5)));
        row.scope.addAll(u.lineage());
    }

    private static void post(Row row, ResultSet r, UnitCatalogue units) throws SQLException {
        UnitFacts u = unit(units, r.getLong(2));
        row.posts.add(new Stints.Dated<>(new PersonEntry.Post(u, r.getString(3), r.getString(4)), date(r, 5), date(r, 6)));
        row.scope.addAll(u.lineage());
    }

    private static void scope(Row row, long unitId, UnitCatalogue units) {
        row.scope.addAll(unit(units, unitId).lineage());
    }

    private static UnitFacts unit(UnitCatalogue units, long id) {
        UnitFacts u = units.get(id);
        if (u == null) throw new UnknownUnit(id);
        return u;
    }

    private static LocalDate date(ResultSet r, int column) throws SQLException {
        Date d = r.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
