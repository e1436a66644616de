package org.bianzhi.imports.infrastructure;

import static org.bianzhi.shared.domain.Labeled.codeOf;
import static org.bianzhi.shared.domain.Labeled.labelOf;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.bianzhi.establishment.application.UnitView;
import org.bianzhi.establishment.domain.AdministrativeLevel;
import org.bianzhi.establishment.domain.Funding;
import org.bianzhi.establishment.domain.InstitutionClass;
import org.bianzhi.establishment.domain.UnitAttributes;
import org.bianzhi.establishment.domain.UnitKind;
import org.bianzhi.imports.domain.StagedRow;
import org.bianzhi.imports.domain.UnitNode;
import org.bianzhi.shared.domain.PlainText;
import org.bianzhi.shared.infrastructure.Sql;

/**
 * Stores the units a units file establishes (planned in memory, see {@code UnitPlan}) set-wise ({@link StagedLoad}),
 * as {@code UnitService.establish} would one by one: each unit with its first state, its path under its parent, its
 * change-log entry (设立, the unit as the API shows it, as {@code ChangeLog} writes it), and its queue rows for the
 * audit and the search index, in one transaction.
 */
public final class UnitBulkLoad extends StagedLoad.WholeFile {

    private static final Logger LOG = Logger.getLogger(UnitBulkLoad.class.getName());
    /** As {@code ChangeLog} writes states. */
    private static final Jsonb JSON = JsonbBuilder.create();
    private static final String STAGED = "import_unit_row";
    private static final String COLUMNS = "unit_id, code, path, name_key, established_on, version_id, name, short_name, aliases,"
            + " kind, institution_class, parent_id, region_code, admin_level, funding, log_id, after_state";

    private final String basis;
    private int rows;

    /** {@code basis}: the job's 批准文号, as the service receives it. */
    public UnitBulkLoad(DataSource ds, long job, String actor, String basis) throws SQLException {
        super(ds, job, actor, STAGED, COLUMNS);
        this.basis = basis;
    }

    /** The units on record by code, each linked to its parent, and the name keys taken. */
    public Map<String, UnitNode> registry(Set<String> nameKeys) throws SQLException {
        Map<Long, UnitNode> byId = new HashMap<>();
        Map<Long, Long> parents = new HashMap<>();
        // each unit's latest state: the last by start, then id (Unit.versions' order)
        Sql.list(c, "select u.id, u.code, u.path, u.name_key, u.established_on, u.abolished_on, v.name, v.short_name, v.aliases,"
                + " v.kind, v.institution_class, v.parent_id, v.region_code, v.admin_level, v.funding from unit u join unit_version v"
                + " on v.unit_id = u.id order by u.id, v.valid_from, v.id", r -> {
                    long id = r.getLong(1);
                    UnitAttributes a = new UnitAttributes(r.getString(7), r.getString(8), UnitAttributes.splitAliases(r.getString(9)),
                            UnitKind.valueOf(r.getString(10)), r.getString(11) == null ? null : InstitutionClass.valueOf(r.getString(11)),
                            r.getString(13), AdministrativeLevel.valueOf(r.getString(14)), Funding.valueOf(r.getString(15)));
                    byId.put(id, UnitNode.onRecord(id, r.getString(2), r.getString(3), a, r.getObject(5, LocalDate.class),
                            r.getObject(6, LocalDate.class)));
                    long parent = r.getLong(12);
                    if (r.wasNull()) parents.remove(id);
                    else parents.put(id, parent);
                    if (r.getString(4) != null) nameKeys.add(r.getString(4));
                    return null;
                });
        Map<String, UnitNode> byCode = new HashMap<>();
        byId.forEach((id, u) -> {
            u.placeUnder(parents.containsKey(id) ? byId.get(parents.get(id)) : null);
            byCode.put(u.code(), u);
        });
        return byCode;
    }

    /** Stages the planned units, parents first, with their ids, paths and change-log entries. */
    public void stage(List<UnitNode> units, Instant at) throws SQLException {
        Steps steps = new Steps();
        int n = units.size();
        long[] unitIds = Sql.sharedIds(c, "unit_seq", n);
        long[] versionIds = Sql.sharedIds(c, "unit_version_seq", n);
        long[] logIds = Sql.sharedIds(c, "change_log_seq", n);
        String recordedBasis = PlainText.blankToNull(basis);
        steps.done("ids");
        for (int i = 0; i < n; i++) {
            UnitNode u = units.get(i);
            u.assign(unitIds[i]);
            UnitAttributes a = u.attributes();
            // the new unit as UnitService shows it when it records it (not yet written: version 0)
            UnitView view = new UnitView(u.code(), a.name(), a.shortName(), a.aliases(), codeOf(a.kind()), labelOf(a.kind()),
                    codeOf(a.institutionClass()), labelOf(a.institutionClass()), u.parent() == null ? null : u.parent().code(),
                    a.regionCode(), codeOf(a.level()), labelOf(a.level()), codeOf(a.funding()), labelOf(a.funding()), u.establishedOn(), null, u.establishedOn(), null,
                    recordedBasis, actor, at, 0);
            Object[] values = {u.id(), u.code(), u.path(), u.nameKey(), u.establishedOn(), versionIds[i], a.name(), a.shortName(),
                    a.aliasesText(), a.kind().name(), a.institutionClass() == null ? null : a.institutionClass().name(),
                    u.parent() == null ? null : u.parent().id(), a.regionCode(), a.level().name(), a.funding().name(), logIds[i],
                    JSON.toJson(view)};
            stage(StagedRow.of(u.row(), values));
        }
        rows = n;
        steps.done("staging");
        LOG.info("import job " + job + ", units: " + steps);
    }

    /** Stores every staged unit (one range: the file was planned whole). */
    public Stored store(Instant at) throws SQLException {
        return store(0, Integer.MAX_VALUE, cells -> { }, at);
    }

    @Override
    public Stored store(int from, int to, Faults out, Instant at) throws SQLException {
        Steps steps = new Steps();
        String staged = " from " + STAGED + " s where s.job_id = ? and s.row_no between ? and ?";
        Sql.update(c, "insert into unit (id, code, path, name_key, established_on, abolished_on, version) select s.unit_id, s.code,"
                + " s.path, s.name_key, s.established_on, null, 1" + staged, job, from, to);
        steps.done("units");
        Sql.update(c, "insert into unit_version (id, unit_id, name, short_name, aliases, kind, institution_class, parent_id,"
                + " region_code, admin_level, funding, valid_from, valid_to, basis_document, recorded_by, recorded_at) select"
                + " s.version_id, s.unit_id, s.name, s.short_name, s.aliases, s.kind, s.institution_class, s.parent_id, s.region_code,"
                + " s.admin_level, s.funding, s.established_on, null, ?, ?, ?" + staged,
                PlainText.blankToNull(basis), actor, at, job, from, to);
        steps.done("states");
        Sql.update(c, "insert into change_log (id, occurred_at, actor, entity_type, entity_id, person_id, unit_id, action,"
                + " basis_document, before_state, after_state) select s.log_id, ?, ?, 'unit', s.unit_id, null, s.unit_id, '设立', ?,"
                + " null, s.after_state" + staged, at, actor, basis, job, from, to);
        // ChangeQueue and SearchFeed queue every unit established, in order
        Sql.update(c, "insert into finding_queue (person_id, unit_id, everything, queued_at) select null, s.unit_id, false, ?"
                + staged + " order by s.log_id", at, job, from, to);
        Sql.update(c, "insert into search_outbox (person_id, unit_id, everything, queued_at) select null, s.unit_id, false, ?"
                + staged + " order by s.log_id", at, job, from, to);
        steps.done("change log");
        LOG.info("import job " + job + ", units rows " + from + "-" + to + ": " + steps);
        return new Stored(rows, 0, 0);
    }
}
