package org.bianzhi.imports.infrastructure;

import org.bianzhi.shared.application.RegistryClock;
import org.bianzhi.shared.infrastructure.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.bianzhi.shared.application.PeopleChanged;

/**
 * Stores a 花名册 set-wise ({@link StagedLoad}): each range of staged rows is checked against the registry
 * ({@link RosterSetChecks}) and its people, occupancies, postings and leadership positions are inserted with one
 * statement each.
 * <p>
 * The outcome equals registering the rows one by one in file order: a person is registered by their first
 * row, a record already open for the same person, unit and type is left as it is, and every created record
 * carries the submitter, the time and the basis document; each row that created something has a change-log
 * entry naming the job and the row.
 */
public final class RosterBulkLoad extends StagedLoad {

    private static final Logger LOG = Logger.getLogger(RosterBulkLoad.class.getName());
    private static final String COLUMNS = "id_number, name, gender, birth_date, identity, occ_unit, quota_type,"
            + " entry_date, entry_route, increase_notice, post_unit, post_type, arrangement, post_from, secondment_end,"
            + " approval_document, lead_unit, lead_category, lead_from, cadre_rank, household";

    private final String basis;
    private final String scopePath;
    private final LocalDate asOf;

    public RosterBulkLoad(DataSource ds, long job, String actor, String basis, String scopePath) throws SQLException {
        this(ds, job, actor, basis, scopePath, null);
    }

    /** {@code asOf}: the roster's 数据时点, written into each change-log line (null: none given). */
    public RosterBulkLoad(DataSource ds, long job, String actor, String basis, String scopePath, LocalDate asOf) throws SQLException {
        super(ds, job, actor, "import_roster_row", COLUMNS);
        this.basis = basis;
        this.scopePath = scopePath;
        this.asOf = asOf;
    }

    @Override
    public Stored store(int from, int to, Faults out, Instant at) throws SQLException {
        Steps steps = new Steps();
        // the tables grew with the last range: without fresh statistics PostgreSQL plans for empty tables
        if (postgres && from > 2) Sql.update(c, "analyze person, occupancy, posting, appointment");
        new RosterSetChecks(c, job, scopePath, actor).run(from, to, out);
        steps.done("checks");
        int live = (int) Sql.single(c, "select count(*) from import_roster_row s where" + LIVE, job, from, to);
        int created = Sql.update(c, "update import_roster_row s set fresh = true where" + LIVE
                + " and (" + fresh() + ")", job, from, to);
        steps.done("counts");
        insertPeople(from, to, at);
        steps.done("people");
        insertOccupancies(from, to, at);
        steps.done("occupancies");
        insertPostings(from, to, at);
        steps.done("postings");
        insertAppointments(from, to, at);
        steps.done("appointments");
        insertFacts("RANK", "cadre_rank", from, to, at);
        insertFacts("HOUSEHOLD", "household", from, to, at);
        steps.done("rank and household");
        logFreshRows(from, to, at);
        steps.done("change log");
        LOG.info("import job " + job + ", rows " + from + "-" + to + ": " + steps);
        return new Stored(created, 0, live - created);
    }

    /**
     * The rows that created something ({@code fresh}, committed with their range) name the people changed: their
     * people at the units of their records. Counted first, up to one more than {@code maxRows}, so that a province's
     * file is not joined row by row only to be told "everything".
     */
    @Override
    public List<PeopleChanged.Touch> changedPeople(int maxRows) throws SQLException {
        long rows = Sql.single(c, "select count(*) from (select 1 from import_roster_row s where" + LIVE + " and s.fresh"
                + " fetch first " + (maxRows + 1) + " rows only) t", job, 0, Integer.MAX_VALUE);
        if (rows > maxRows) return null;
        List<PeopleChanged.Touch> touched = Sql.list(c, "select distinct p.id, u.id from import_roster_row s"
                + " join person p on p.id_number = s.id_number"
                + " left join unit u on u.code = s.occ_unit or u.code = s.post_unit or u.code = s.lead_unit"
                + " where" + LIVE + " and s.fresh order by p.id, u.id", r -> new PeopleChanged.Touch(r.getLong(1),
                Sql.nullableLong(r, 2)), job, 0, Integer.MAX_VALUE);
        c.rollback();
        return touched;
    }

    /**
     * A row creates something when its person or one of its records is neither on record nor created by an earlier
     * row of the file (as if the rows were registered one by one: a repeated row creates nothing, wherever the ranges
     * end). On H2, {@link #earlier} names the index to probe ({@link #store} runs this once per row).
     */
    private String fresh() {
        return "not exists (select 1 from person p where p.id_number = s.id_number) and not exists (" + earlier() + ")"
                + " or s.occ_unit is not null and not exists (select 1 from occupancy o join person p on p.id = o.person_id"
                + " join unit u on u.id = o.unit_id where p.id_number = s.id_number and u.code = s.occ_unit"
                + " and o.quota_type = s.quota_type and o.valid_to is null)"
                + " and not exists (" + earlier() + " and r.occ_unit = s.occ_unit and r.quota_type = s.quota_type)"
                + " or s.post_unit is not null and not exists (select 1 from posting o join person p on p.id = o.person_id"
                + " join unit u on u.id = o.unit_id where p.id_number = s.id_number and u.code = s.post_unit"
                + " and o.post_type = s.post_type and o.arrangement = s.arrangement and o.valid_to is null)"
                + " and not exists (" + earlier() + " and r.post_unit = s.post_unit and r.post_type = s.post_type"
                + " and r.arrangement = s.arrangement)"
                + " or s.lead_unit is not null and not exists (select 1 from appointment o join person p on p.id = o.person_id"
                + " join unit u on u.id = o.unit_id where p.id_number = s.id_number and u.code = s.lead_unit"
                + " and o.category = s.lead_category and o.valid_to is null)"
                + " and not exists (" + earlier() + " and r.lead_unit = s.lead_unit and r.lead_category = s.lead_category)"
                + " or " + newFact("RANK", "cadre_rank") + " or " + newFact("HOUSEHOLD", "household");
    }

    /** A 职务层次 or 户口所在地 that differs from the one in force and from the person's earlier rows. */
    private String newFact(String kind, String column) {
        return "s." + column + " is not null and not exists (select 1 from person_fact f join person p on p.id = f.person_id"
                + " where p.id_number = s.id_number and f.kind = '" + kind + "' and f.valid_to is null and f.fact_value = s." + column + ")"
                + " and not exists (" + earlier() + " and r." + column + " = s." + column + ")";
    }

    /**
     * 职务层次 / 户口所在地 from the roster's 数据时点 (else today): the person's last row with a value decides; a value equal
     * to the one in force changes nothing, another closes it and starts a new version (history is kept). A version on
     * record that starts on or after that day is newer than the file and is left alone.
     */
    private void insertFacts(String kind, String column, int from, int to, Instant at) throws SQLException {
        LocalDate day = asOf != null ? asOf : LocalDate.ofInstant(at, RegistryClock.ZONE);
        String last = "(select s.id_number, s." + column + " v, row_number() over (partition by s.id_number order by s.row_no desc) rn"
                + " from import_roster_row s where" + LIVE + " and s." + column + " is not null) t";
        String differs = " and f.kind = '" + kind + "' and f.valid_to is null";
        Sql.update(c, "update person_fact set valid_to = ?, version = version + 1 where id in (select f.id from " + last
                + " join person p on p.id_number = t.id_number join person_fact f on f.person_id = p.id where t.rn = 1" + differs
                + " and f.fact_value <> t.v and f.valid_from < ?)", day, job, from, to, day);
        Sql.update(c, "insert into person_fact (id, person_id, kind, fact_value, valid_from, basis_document, recorded_by, recorded_at,"
                + " version) select " + Sql.nextValue(postgres, "person_fact_seq") + ", p.id, '" + kind + "', t.v, ?, ?, ?, ?, 1"
                + " from " + last + " join person p on p.id_number = t.id_number where t.rn = 1 and not exists (select 1 from person_fact f"
                + " where f.person_id = p.id" + differs + ")", day, basis, actor, at, job, from, to);
    }

    /** The rows of the same person before {@code s} that were not rejected (V18's index). */
    private String earlier() {
        return "select 1 from import_roster_row r" + (postgres ? "" : " use index (import_roster_row_person_idx)")
                + " where r.job_id = s.job_id and r.id_number = s.id_number and r.row_no < s.row_no"
                + " and not exists (select 1 from import_rejection x where x.job_id = r.job_id and x.row_no = r.row_no)";
    }

    private void insertPeople(int from, int to, Instant at) throws SQLException {
        Sql.update(c, "insert into person (id, id_number, name, gender, birth_date, identity, version, basis_document,"
                + " recorded_by, recorded_at) select " + Sql.nextValue(postgres, "person_seq") + ", t.id_number, t.name, t.gender,"
                + " t.birth_date, t.identity, 1, ?, ?, ? from (select s.*, row_number() over (partition by s.id_number"
                + " order by s.row_no) rn from import_roster_row s where" + LIVE + ") t where t.rn = 1"
                + " and not exists (select 1 from person p where p.id_number = t.id_number)", basis, actor, at, job, from, to);
    }

    private void insertOccupancies(int from, int to, Instant at) throws SQLException {
        Sql.update(c, "insert into occupancy (id, person_id, unit_id, quota_type, valid_from, entry_route, increase_notice_no,"
                + " basis_document, recorded_by, recorded_at, version) select " + Sql.nextValue(postgres, "occupancy_seq")
                + ", p.id, u.id, t.quota_type, t.entry_date, t.entry_route, t.increase_notice, ?, ?, ?, 1 from (select s.*,"
                + " row_number() over (partition by s.id_number, s.occ_unit, s.quota_type order by s.row_no) rn"
                + " from import_roster_row s where" + LIVE + " and s.occ_unit is not null) t"
                + " join person p on p.id_number = t.id_number join unit u on u.code = t.occ_unit where t.rn = 1"
                + " and not exists (select 1 from occupancy o where o.person_id = p.id and o.unit_id = u.id"
                + " and o.quota_type = t.quota_type and o.valid_to is null)", basis, actor, at, job, from, to);
    }

    private void insertPostings(int from, int to, Instant at) throws SQLException {
        Sql.update(c, "insert into posting (id, person_id, unit_id, post_type, arrangement, valid_from, secondment_end,"
                + " approval_document, basis_document, recorded_by, recorded_at, version) select "
                + Sql.nextValue(postgres, "posting_seq") + ", p.id, u.id, t.post_type, t.arrangement, t.post_from, t.secondment_end,"
                + " t.approval_document, ?, ?, ?, 1 from (select s.*, row_number() over (partition by s.id_number,"
                + " s.post_unit, s.post_type, s.arrangement order by s.row_no) rn from import_roster_row s where"
                + LIVE + " and s.post_unit is not null) t join person p on p.id_number = t.id_number"
                + " join unit u on u.code = t.post_unit where t.rn = 1 and not exists (select 1 from posting o"
                + " where o.person_id = p.id and o.unit_id = u.id and o.post_type = t.post_type"
                + " and o.arrangement = t.arrangement and o.valid_to is null)", basis, actor, at, job, from, to);
    }

    private void insertAppointments(int from, int to, Instant at) throws SQLException {
        Sql.update(c, "insert into appointment (id, person_id, unit_id, category, valid_from, basis_document, recorded_by,"
                + " recorded_at, version) select " + Sql.nextValue(postgres, "appointment_seq") + ", p.id, u.id, t.lead_category,"
                + " t.lead_from, ?, ?, ?, 1 from (select s.*, row_number() over (partition by s.id_number, s.lead_unit,"
                + " s.lead_category order by s.row_no) rn from import_roster_row s where" + LIVE
                + " and s.lead_unit is not null) t join person p on p.id_number = t.id_number join unit u on u.code = t.lead_unit"
                + " where t.rn = 1 and not exists (select 1 from appointment o where o.person_id = p.id and o.unit_id = u.id"
                + " and o.category = t.lead_category and o.valid_to is null)", basis, actor, at, job, from, to);
    }

    /** One change-log entry per row that created something: its person, the job and the row number. */
    private void logFreshRows(int from, int to, Instant at) throws SQLException {
        Sql.update(c, "insert into change_log (id, occurred_at, actor, entity_type, entity_id, person_id, action,"
                + " basis_document, after_state) select " + Sql.nextValue(postgres, "change_log_seq") + ", ?, ?, 'person',"
                + " p.id, p.id, ?, ?, '{\"importJob\":" + job + (asOf == null ? "" : ",\"asOf\":\"" + asOf + "\"")
                + ",\"row\":' || s.row_no || '}'"
                + " from import_roster_row s join person p on p.id_number = s.id_number where" + LIVE
                + " and s.fresh", at, actor, asOf == null ? "批量导入登记" : "批量导入登记（数据时点 " + asOf + "）", basis, job, from, to);
    }

}
