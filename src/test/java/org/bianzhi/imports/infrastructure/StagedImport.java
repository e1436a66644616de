package org.bianzhi.imports.infrastructure;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.bianzhi.imports.domain.ImportJobRepository.RejectedCell;
import org.bianzhi.imports.domain.ImportKind;
import org.bianzhi.imports.domain.ImportMode;
import org.bianzhi.imports.domain.StagedRosterRow;
import org.bianzhi.imports.domain.StagedRow;
import org.bianzhi.shared.application.PeopleChanged;
import org.bianzhi.testdb.TestDb;

/**
 * One import job driven as {@code ImportJobRunner} drives it, inside the test's transaction: the job is created,
 * its rows are staged through the load, then rows 2.. are checked and stored range by range, each range's faults
 * written to {@code import_rejection} before the next check runs, and each range committed with its counts.
 */
final class StagedImport {

    static final Instant AT = Instant.parse("2026-06-30T02:00:00Z");

    interface Opener {
        StagedLoad open(TestDb db, long job) throws SQLException;
    }

    final JdbcImportJobRepository jobs = new JdbcImportJobRepository();
    final long job;
    final List<String> notes;
    final StagedLoad.Stored stored;
    /** The people the import changed, as the runner asks for them ({@link StagedLoad#changedPeople}); null: too many. */
    final List<PeopleChanged.Touch> changed;

    private StagedImport(TestDb db, ImportKind kind, String scopePath, Opener opener, List<? extends StagedRow> rows, int range)
            throws SQLException {
        this(db, kind, scopePath, opener, rows, range, 1000);
    }

    private StagedImport(TestDb db, ImportKind kind, String scopePath, Opener opener, List<? extends StagedRow> rows, int range,
                         int followRowsMax) throws SQLException {
        jobs.dataSource = db.dataSource();
        job = jobs.create(kind, ImportMode.VALID_ROWS, "test.csv", 0, "测试导入〔2026〕1号", "clerk", scopePath, null, AT);
        try (StagedLoad load = opener.open(db, job)) {
            for (StagedRow row : rows) load.stage(row);
            load.staged();
            StagedLoad.Stored total = new StagedLoad.Stored(0, 0, 0);
            int last = load.lastRow();
            int size = range > 0 ? range : load.rangeRows(200_000);
            for (int from = 2; from <= last; from += size) {
                StagedLoad.Stored s = load.store(from, Math.min(last, from + size - 1), cells -> jobs.reject(job, cells), AT);
                load.commit(s);
                total = total.plus(s);
            }
            stored = total;
            notes = load.notes();
            changed = load.changedPeople(followRowsMax);
            load.discardStaged();
        }
    }

    /** A roster import by a submitter who sees {@code scopePath} and below (null: everything), in ranges of {@code range} rows. */
    static StagedImport roster(TestDb db, String scopePath, int range, List<StagedRosterRow> rows) throws SQLException {
        return new StagedImport(db, ImportKind.ROSTER, scopePath,
                (d, job) -> new RosterBulkLoad(d.dataSource(), job, "clerk", "测试导入〔2026〕1号", scopePath), rows, range);
    }

    /** A roster describing {@code asOf} (数据时点). */
    static StagedImport roster(TestDb db, LocalDate asOf, List<StagedRosterRow> rows) throws SQLException {
        return new StagedImport(db, ImportKind.ROSTER, null,
                (d, job) -> new RosterBulkLoad(d.dataSource(), job, "clerk", "测试导入〔2026〕1号", null, asOf), rows, 0);
    }

    /** A roster import whose runner follows up to {@code followRowsMax} changed rows person by person. */
    static StagedImport roster(TestDb db, int followRowsMax, List<StagedRosterRow> rows) throws SQLException {
        return new StagedImport(db, ImportKind.ROSTER, null,
                (d, job) -> new RosterBulkLoad(d.dataSource(), job, "clerk", "测试导入〔2026〕1号", null), rows, 0, followRowsMax);
    }

    static StagedImport roster(TestDb db, List<StagedRosterRow> rows) throws SQLException {
        return roster(db, null, 0, rows);
    }

    static StagedImport of(TestDb db, ImportKind kind, Opener opener, int range, List<? extends StagedRow> rows) throws SQLException {
        return new StagedImport(db, kind, null, opener, rows, range);
    }

    /** Every rejected cell of the job, in row order. */
    List<RejectedCell> rejections() {
        return jobs.rejections(job, 0, 10_000);
    }

    List<Integer> rejectedRows() {
        return rejections().stream().map(RejectedCell::row).distinct().toList();
    }

    /** An 18-character ID number no other test uses (SQL does not check its check digit). */
    static String idNumber() {
        return String.format("33%016d", TestDb.nextId());
    }

    /** A roster row being written: a civil servant on an administrative quota and post by default. */
    static final class Line {
        int row;
        String id = idNumber();
        String name = "张三";
        String identity = "CIVIL_SERVANT";
        String occUnit;
        String quotaType = "ADMINISTRATIVE";
        LocalDate entry = LocalDate.of(2021, 1, 1);
        String notice = "Z2021-00001";
        String postUnit;
        String postType = "ADMINISTRATIVE_POST";
        String arrangement = "REGULAR";
        LocalDate postFrom;
        LocalDate secondmentEnd;
        String leadUnit;
        String leadCategory;
        LocalDate leadFrom;
        String rank;
        String household;

        /** 职务层次 (a CadreRank code) and 户口所在地. */
        Line facts(String rank, String household) {
            this.rank = rank;
            this.household = household;
            return this;
        }

        /** Row {@code row}: occupancy and post in the unit {@code code}. */
        static Line of(int row, String code) {
            Line l = new Line();
            l.row = row;
            l.occUnit = code;
            l.postUnit = code;
            return l;
        }

        Line id(String id, String name) {
            this.id = id;
            this.name = name;
            return this;
        }

        Line entry(String date) {
            entry = LocalDate.parse(date);
            return this;
        }

        Line post(String code, String type, String from) {
            postUnit = code;
            postType = type;
            postFrom = from == null ? null : LocalDate.parse(from);
            return this;
        }

        /** No occupancy (编外): a posting only. */
        Line withoutQuota() {
            occUnit = null;
            quotaType = null;
            entry = null;
            notice = null;
            identity = "NON_ESTABLISHMENT";
            return this;
        }

        Line leads(String category) {
            leadUnit = postUnit != null ? postUnit : occUnit;
            leadCategory = category;
            return this;
        }

        StagedRosterRow staged() {
            LocalDate start = entry != null ? entry : LocalDate.of(2026, 6, 30);
            return new StagedRosterRow(row, id, name, "MALE", LocalDate.of(1985, 1, 1), identity, occUnit, quotaType, entry,
                    occUnit == null ? null : "EXAM", notice, postUnit, postUnit == null ? null : postType,
                    postUnit == null ? null : arrangement, postUnit == null ? null : postFrom != null ? postFrom : start,
                    secondmentEnd, null, leadUnit, leadCategory, leadUnit == null ? null : leadFrom != null ? leadFrom : start,
                    rank, household);
        }
    }

    static List<StagedRosterRow> rows(Line... lines) {
        return java.util.Arrays.stream(lines).map(Line::staged).toList();
    }
}
