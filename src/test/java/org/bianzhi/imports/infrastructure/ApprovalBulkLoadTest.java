package org.bianzhi.imports.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.bianzhi.establishment.domain.ApprovalTimeline;
import org.bianzhi.establishment.domain.LeadershipApproval;
import org.bianzhi.establishment.domain.LeadershipCategory;
import org.bianzhi.imports.domain.ImportJobRepository.RejectedCell;
import org.bianzhi.imports.domain.ImportKind;
import org.bianzhi.imports.domain.StagedApprovalRow;
import org.bianzhi.imports.infrastructure.StagedLoad.Stored;
import org.bianzhi.shared.domain.Recorded;
import org.bianzhi.shared.infrastructure.Sql;
import org.bianzhi.testdb.EachDatabase;
import org.bianzhi.testdb.TestDb;

/**
 * Approvals stored set-wise (ApprovalBulkLoad): the service's refusals in its order, and the outcome of recording the rows
 * one by one through ApprovalTimeline — compared with that timeline itself over random files.
 */
class ApprovalBulkLoadTest {

    private static StagedImport leadership(TestDb db, List<StagedApprovalRow> rows) throws SQLException {
        return StagedImport.of(db, ImportKind.LEADERSHIP, (d, job) -> new ApprovalBulkLoad(d.dataSource(), job, "clerk", false), 0, rows);
    }

    private static StagedImport quotas(TestDb db, List<StagedApprovalRow> rows) throws SQLException {
        return StagedImport.of(db, ImportKind.QUOTAS, (d, job) -> new ApprovalBulkLoad(d.dataSource(), job, "clerk", true), 0, rows);
    }

    private static StagedApprovalRow line(int row, String code, String subject, int count, String from, String basis,
                                          RejectedCell... refusals) {
        return new StagedApprovalRow(row, code, code.toUpperCase(), subject, count, LocalDate.parse(from), basis,
                Json.createValue(basis).toString(), List.of(refusals));
    }

    /** The approvals of a unit and category, in the order of its history: "count from–to basis". */
    private static List<String> history(TestDb db, String table, String subject, long unit, String value) throws SQLException {
        return Sql.list(db.connection(), "select approved_count, valid_from, valid_to, basis_document from " + table
                + " where unit_id = ? and " + subject + " = ? order by valid_from, id",
                r -> r.getInt(1) + " " + r.getDate(2) + "–" + (r.getDate(3) == null ? "" : r.getDate(3)) + " " + r.getString(4), unit, value);
    }

    @EachDatabase
    void anUnknownUnitIsTheRowsOnlyRefusalThenTheRowsOwnFaultsThenTheUnitNotExistingOnTheDate(TestDb db) throws SQLException {
        String unit = db.codeOf(db.unit("ORGAN", "瑞安市民政局", null, "COUNTY", "2020-01-01"));
        String unknown = "11" + String.format("%016d", TestDb.nextId());
        RejectedCell negative = new RejectedCell(3, "核定数", "核定数不能为负数");
        RejectedCell category = new RejectedCell(3, "职数类别", "职数类别“局长”无法识别，应为 单位正职/单位副职/内设机构正职/内设机构副职");

        StagedImport run = leadership(db, List.of(line(2, unknown.toLowerCase(), null, -1, "2021-01-01", "瑞编〔2021〕1号",
                        new RejectedCell(2, "核定数", "核定数不能为负数")),
                line(3, unit, null, -1, "2021-01-01", "瑞编〔2021〕1号", negative, category),
                line(4, unit, "UNIT_PRINCIPAL", 1, "2019-12-31", "瑞编〔2019〕9号"),
                line(5, unit, "UNIT_PRINCIPAL", 1, "2020-01-01", "瑞编〔2020〕1号")));

        assertEquals(List.of(new RejectedCell(2, null, "未找到单位：" + unknown.toLowerCase()), negative, category,
                new RejectedCell(4, "生效日期", "单位“瑞安市民政局”在 2019-12-31 不存在（设立于 2020-01-01）")), run.rejections());
        assertEquals(new Stored(1, 0, 0), run.stored);
    }

    @EachDatabase
    void importingTheSameFileAgainRecordsNothingAndLogsNothing(TestDb db) throws SQLException {
        long unit = db.unit("ORGAN", "瑞安市民政局", null);
        String code = db.codeOf(unit);
        List<StagedApprovalRow> file = List.of(line(2, code, "ADMINISTRATIVE", 12, "2021-01-01", "瑞编〔2021〕3号"),
                line(3, code, "ADMINISTRATIVE", 15, "2023-01-01", "瑞编〔2023〕3号"),
                line(4, code, "POLITICAL_LEGAL", 3, "2021-01-01", "瑞编〔2021〕3号"));

        assertEquals(new Stored(3, 0, 0), quotas(db, file).stored);
        long logged = db.single("select count(*) from change_log where unit_id = ?", unit);
        assertEquals(new Stored(0, 0, 3), quotas(db, file).stored);

        assertEquals(List.of("12 2021-01-01–2023-01-01 瑞编〔2021〕3号", "15 2023-01-01– 瑞编〔2023〕3号"),
                history(db, "quota_approval", "quota_type", unit, "ADMINISTRATIVE"));
        assertEquals(3, logged);
        assertEquals(logged, db.single("select count(*) from change_log where unit_id = ?", unit));
        assertEquals(1, db.single("select count(*) from quota_lock where unit_id = ? and quota_type = 'POLITICAL_LEGAL'", unit));
    }

    @EachDatabase
    void eachNewApprovalIsLoggedAsTheApiShowsItAndItsUnitQueuedForTheAudit(TestDb db) throws SQLException {
        long unit = db.unit("ORGAN", "瑞安市民政局", null);
        String code = db.codeOf(unit);
        db.leadership(unit, "UNIT_DEPUTY", 2, "2022-01-01");
        long queued = db.single("select count(*) from finding_queue where unit_id = ?", unit);

        leadership(db, List.of(line(2, code, "UNIT_DEPUTY", 3, "2021-01-01", "瑞编\"2021\"\\7号")));

        long id = db.single("select id from leadership_approval where unit_id = ? and valid_from = ?", unit, LocalDate.parse("2021-01-01"));
        assertEquals(List.of("clerk 核定领导职数 瑞编\"2021\"\\7号 {\"approved\":3,\"basisDocument\":\"瑞编\\\"2021\\\"\\\\7号\",\"id\":" + id
                + ",\"recordedAt\":\"2026-06-30T02:00:00Z\",\"recordedBy\":\"clerk\",\"subject\":\"UNIT_DEPUTY\",\"unitCode\":\"" + code
                + "\",\"validFrom\":\"2021-01-01\",\"validTo\":\"2022-01-01\"}"),
                Sql.list(db.connection(), "select actor, action, basis_document, after_state from change_log where entity_type"
                        + " = 'leadership_approval' and entity_id = ?", r -> r.getString(1) + " " + r.getString(2) + " " + r.getString(3)
                        + " " + r.getString(4), id));
        assertEquals(queued + 1, db.single("select count(*) from finding_queue where unit_id = ?", unit));
    }

    /** Random files over two units, two categories, four dates and two documents, imported twice, against the timeline itself. */
    @EachDatabase
    void theOutcomeIsThatOfRecordingTheRowsOneByOneInFileOrder(TestDb db) throws SQLException {
        Random random = new Random(22);
        String[] days = {"2019-01-01", "2020-01-01", "2020-06-01", "2021-01-01"};
        String[] categories = {"UNIT_PRINCIPAL", "UNIT_DEPUTY"};
        for (int round = 0; round < 25; round++) {
            long[] units = {db.unit("ORGAN", "甲局", null, "COUNTY", "2018-01-01"), db.unit("ORGAN", "乙局", null, "COUNTY", "2018-01-01")};
            Map<String, List<LeadershipApproval>> model = new HashMap<>();
            for (int file = 0; file < 2; file++) {
                List<StagedApprovalRow> rows = new ArrayList<>();
                int n = 1 + random.nextInt(8);
                for (int i = 0; i < n; i++) {
                    rows.add(line(i + 2, db.codeOf(units[random.nextInt(2)]), categories[random.nextInt(2)], 1 + random.nextInt(2),
                            days[random.nextInt(days.length)], "瑞编〔2020〕" + (1 + random.nextInt(2)) + "号"));
                }
                int created = 0;
                List<String> loggedEnds = new ArrayList<>();
                for (StagedApprovalRow r : rows) {
                    long unit = db.single("select id from unit where code = ?", r.unitCode());
                    List<LeadershipApproval> h = model.computeIfAbsent(unit + r.subject(), k -> new ArrayList<>());
                    if (ApprovalTimeline.sameAs(h, r.approved(), r.validFrom(), r.basis()).isPresent()) continue;
                    LeadershipApproval added = new LeadershipApproval(unit, LeadershipCategory.valueOf(r.subject()), r.approved(),
                            r.validFrom(), new Recorded(r.basis(), "clerk", StagedImport.AT));
                    ApprovalTimeline.insert(h, added);
                    h.add(added);
                    created++;
                    loggedEnds.add(String.valueOf(added.period().validTo()));
                }
                StagedImport run = leadership(db, rows);

                String what = "round " + round + ", file " + file + ": " + rows;
                assertEquals(new Stored(created, 0, rows.size() - created), run.stored, what);
                List<String> logged = new ArrayList<>(Sql.list(db.connection(), "select c.after_state from change_log c join leadership_approval a"
                        + " on a.id = c.entity_id where c.entity_type = 'leadership_approval' and a.unit_id in (?, ?)"
                        + " and c.occurred_at = ? and c.actor = 'clerk' order by c.entity_id desc fetch first " + created + " rows only",
                        r -> {
                            JsonObject o = Json.createReader(new StringReader(r.getString(1))).readObject();
                            return o.containsKey("validTo") ? o.getString("validTo") : "null";
                        }, units[0], units[1], StagedImport.AT));
                Collections.reverse(logged);
                assertEquals(loggedEnds, logged, what);
                for (long unit : units) {
                    for (String category : categories) {
                        List<String> expected = model.getOrDefault(unit + category, List.of()).stream()
                                .sorted(Comparator.comparing(a -> a.period().validFrom()))
                                .map(a -> a.approvedCount() + " " + a.period().validFrom() + "–"
                                        + (a.period().validTo() == null ? "" : a.period().validTo()) + " " + a.recorded().basisDocument())
                                .toList();
                        assertEquals(expected, history(db, "leadership_approval", "category", unit, category), what);
                    }
                }
            }
        }
    }
}
