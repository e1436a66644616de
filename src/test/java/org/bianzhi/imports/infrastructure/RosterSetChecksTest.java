package org.bianzhi.imports.infrastructure;

import static org.bianzhi.imports.infrastructure.StagedImport.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.bianzhi.establishment.domain.UnitKind;
import org.bianzhi.imports.domain.ImportJobRepository.RejectedCell;
import org.bianzhi.imports.domain.StagedRosterRow;
import org.bianzhi.imports.infrastructure.StagedImport.Line;
import org.bianzhi.roster.domain.PostType;
import org.bianzhi.shared.infrastructure.Sql;
import org.bianzhi.testdb.EachDatabase;
import org.bianzhi.testdb.TestDb;

/**
 * The roster's set checks (RosterSetChecks, run by the bulk load on each range): each rejects its case in the row,
 * column and words a clerk sees, and lets its near miss through to be stored.
 */
class RosterSetChecksTest {

    private static final String UNKNOWN = "未登记，请先导入该单位";

    private static String neverRegistered() {
        return "11" + String.format("%016d", TestDb.nextId());
    }

    private static long people(TestDb db, String idNumber) throws SQLException {
        return db.single("select count(*) from person where id_number = ?", idNumber);
    }

    @EachDatabase
    void aUnitCodeNotRegisteredIsRejectedInTheColumnThatNamesIt(TestDb db) throws SQLException {
        String known = db.codeOf(db.unit("ORGAN", "瑞安市民政局", null));
        String unknown = neverRegistered();
        Line good = Line.of(2, known);
        Line quotaUnknown = Line.of(3, unknown).post(known, "ADMINISTRATIVE_POST", null);
        Line postUnknown = Line.of(4, known).post(unknown, "ADMINISTRATIVE_POST", null);

        StagedImport run = StagedImport.roster(db, rows(good, quotaUnknown, postUnknown));

        assertEquals(List.of(new RejectedCell(3, "编制单位代码", "编制单位代码 " + unknown + " " + UNKNOWN),
                new RejectedCell(4, "工作单位代码", "工作单位代码 " + unknown + " " + UNKNOWN)), run.rejections());
        assertEquals(List.of(1L, 0L, 0L), List.of(people(db, good.id), people(db, quotaUnknown.id), people(db, postUnknown.id)));
    }

    @EachDatabase
    void aUnitOutsideTheSubmittersScopeIsRefusedLikeAnUnknownOneTheirOwnSubordinatesAreNot(TestDb db) throws SQLException {
        long county = db.unit("ORGAN", "瑞安市人力社保局", null);
        String own = db.codeOf(county);
        String subordinate = db.codeOf(db.unit("INSTITUTION", "瑞安市人才中心", county));
        String foreign = db.codeOf(db.unit("ORGAN", "文成县人力社保局", null));
        String scope = Sql.list(db.connection(), "select path from unit where id = ?", r -> r.getString(1), county).get(0);
        Line inSubordinate = Line.of(2, subordinate);
        inSubordinate.quotaType = "PUBLIC_INSTITUTION";
        inSubordinate.postType = "PROFESSIONAL";
        Line quotaForeign = Line.of(3, foreign).post(own, "ADMINISTRATIVE_POST", null);
        Line postForeign = Line.of(4, own).post(foreign, "ADMINISTRATIVE_POST", null);

        StagedImport run = StagedImport.roster(db, scope, 0, rows(inSubordinate, quotaForeign, postForeign));

        // the clerk learns nothing of units beyond their scope: the same words as for a code nobody registered
        assertEquals(List.of(new RejectedCell(3, "编制单位代码", "编制单位代码 " + foreign + " " + UNKNOWN),
                new RejectedCell(4, "工作单位代码", "工作单位代码 " + foreign + " " + UNKNOWN)), run.rejections());
        assertEquals(1, people(db, inSubordinate.id));
        assertEquals(List.of(), StagedImport.roster(db, null, 0, rows(Line.of(2, foreign))).rejections(), "no scope: every unit");
    }

    /** A unit set up on 2020-01-01 and abolished on 2024-01-01, the days around both dates, and the rows expected to fail. */
    private static final List<String> DAYS = List.of("2019-06-30", "2019-12-31", "2020-01-01", "2020-01-02", "2023-12-31",
            "2024-01-01", "2024-01-02", "2025-06-30");

    private static boolean existed(String day) {
        return day.compareTo("2020-01-01") >= 0 && day.compareTo("2024-01-01") < 0;
    }

    private static String notExisting(String code, String day) {
        return "单位 " + code + " 在 " + day + " 不存在（设立于 2020-01-01，撤销于 2024-01-01），请核对日期";
    }

    @EachDatabase
    void anEntryDateOutsideTheQuotaUnitsLifeIsRejectedOnEveryDayBeforeItsSetUpAndFromItsAbolition(TestDb db) throws SQLException {
        long abolished = db.unit("ORGAN", "瑞安市撤并局", null);
        db.update("update unit set abolished_on = ? where id = ?", LocalDate.of(2024, 1, 1), abolished);
        String code = db.codeOf(abolished);
        String current = db.codeOf(db.unit("ORGAN", "瑞安市现存局", null, "COUNTY", "1990-01-01"));
        List<Line> lines = new ArrayList<>();
        List<RejectedCell> expected = new ArrayList<>();
        for (String day : DAYS) {
            int row = lines.size() + 2;
            lines.add(Line.of(row, code).entry(day).post(current, "ADMINISTRATIVE_POST", "2021-01-01"));
            if (!existed(day)) expected.add(new RejectedCell(row, "入编日期", notExisting(code, day)));
        }
        assertEquals(expected, StagedImport.roster(db, rows(lines.toArray(Line[]::new))).rejections());
    }

    @EachDatabase
    void aPostingOutsideTheWorkingUnitsLifeIsRejectedOnEveryDayBeforeItsSetUpAndFromItsAbolition(TestDb db) throws SQLException {
        long abolished = db.unit("ORGAN", "瑞安市撤并办", null);
        db.update("update unit set abolished_on = ? where id = ?", LocalDate.of(2024, 1, 1), abolished);
        String code = db.codeOf(abolished);
        String current = db.codeOf(db.unit("ORGAN", "瑞安市现存办", null, "COUNTY", "1990-01-01"));
        List<Line> lines = new ArrayList<>();
        List<RejectedCell> expected = new ArrayList<>();
        for (String day : DAYS) {
            int row = lines.size() + 2;
            lines.add(Line.of(row, current).entry("2010-01-01").post(code, "ADMINISTRATIVE_POST", day));
            if (!existed(day)) expected.add(new RejectedCell(row, "工作单位代码", notExisting(code, day)));
        }
        assertEquals(expected, StagedImport.roster(db, rows(lines.toArray(Line[]::new))).rejections());
    }

    @EachDatabase
    void aLeadershipPositionInAUnitAbolishedBeforeTheSnapshotIsRejectedThoughThePostingStartedInItsLife(TestDb db)
            throws SQLException {
        long abolished = db.unit("ORGAN", "瑞安市撤并委", null);
        db.update("update unit set abolished_on = ? where id = ?", LocalDate.of(2024, 1, 1), abolished);
        String code = db.codeOf(abolished);
        String current = db.codeOf(db.unit("ORGAN", "瑞安市现存委", null));
        // a secondment that began in 2022 (no quota: the leadership position starts on the snapshot day)
        Line late = Line.of(2, code).withoutQuota().post(code, "ADMINISTRATIVE_POST", "2022-03-01").leads("UNIT_DEPUTY");
        late.arrangement = "SECONDMENT";
        late.secondmentEnd = LocalDate.of(2026, 12, 31);
        Line nearMiss = Line.of(3, current).withoutQuota().post(current, "ADMINISTRATIVE_POST", "2022-03-01").leads("UNIT_DEPUTY");

        StagedImport run = StagedImport.roster(db, rows(late, nearMiss));

        assertEquals(List.of(new RejectedCell(2, "领导职务", notExisting(code, "2026-06-30"))), run.rejections());
        assertEquals(1, db.single("select count(*) from appointment a join person p on p.id = a.person_id where p.id_number = ?",
                nearMiss.id));
    }

    @EachDatabase
    void everyPostTypeIsStoredExactlyInTheKindsOfUnitThatHaveItAndRejectedWholeElsewhere(TestDb db) throws SQLException {
        String organ = db.codeOf(db.unit("ORGAN", "瑞安市司法局", null));
        String institution = db.codeOf(db.unit("INSTITUTION", "瑞安市公证处", null));
        List<Line> lines = new ArrayList<>();
        List<Integer> expected = new ArrayList<>();
        for (UnitKind kind : UnitKind.values()) {
            for (PostType type : PostType.values()) {
                int row = lines.size() + 2;
                lines.add(Line.of(row, organ).post(kind == UnitKind.ORGAN ? organ : institution, type.name(), null));
                if (!type.existsIn(kind)) expected.add(row);
            }
        }
        StagedImport run = StagedImport.roster(db, rows(lines.toArray(Line[]::new)));

        assertEquals(expected, run.rejectedRows());
        List<String> reasons = run.rejections().stream().map(RejectedCell::reason).toList();
        assertEquals(true, reasons.contains("机关“瑞安市司法局”没有专业技术岗位（机关的岗位类型为 行政岗位/机关工勤岗位）"), reasons::toString);
        assertEquals(true, reasons.contains("事业单位“瑞安市公证处”没有行政岗位（事业单位的岗位类型为 管理岗位/专业技术岗位/工勤技能岗位）"),
                reasons::toString);
        assertEquals(true, run.rejections().stream().allMatch(c -> c.column().equals("岗位类型")));
        // a rejected row leaves nothing behind, not even its (valid) person
        for (int row : expected) assertEquals(0, people(db, lines.get(row - 2).id));
        assertEquals(lines.size() - expected.size(), run.stored.created());
    }

    @EachDatabase
    void theUnitsKindOnThePostingsFirstDayDecidesWhichPostsItHas(TestDb db) throws SQLException {
        long unit = db.unit("ORGAN", "瑞安市机关事务局", null);
        // on 2024-01-01 the organ became an institution (转为事业单位)
        db.update("update unit_version set valid_to = ? where unit_id = ?", LocalDate.of(2024, 1, 1), unit);
        db.update("insert into unit_version (id, unit_id, name, kind, institution_class, parent_id, region_code, admin_level, funding,"
                + " valid_from, recorded_by, recorded_at) values (?, ?, '瑞安市机关事务服务中心', 'INSTITUTION', 'PUBLIC_WELFARE_1', null,"
                + " '330381', 'COUNTY', 'FULL', ?, 'test', ?)", TestDb.nextId(), unit, LocalDate.of(2024, 1, 1), StagedImport.AT);
        String code = db.codeOf(unit);

        StagedImport run = StagedImport.roster(db, rows(Line.of(2, code).post(code, "ADMINISTRATIVE_POST", "2023-12-31"),
                Line.of(3, code).post(code, "ADMINISTRATIVE_POST", "2024-01-01"),
                Line.of(4, code).post(code, "MANAGEMENT", "2024-01-01")));

        assertEquals(List.of(new RejectedCell(3, "岗位类型",
                "事业单位“瑞安市机关事务服务中心”没有行政岗位（事业单位的岗位类型为 管理岗位/专业技术岗位/工勤技能岗位）")), run.rejections());
    }

    @EachDatabase
    void anIdNumberOnRecordUnderAnotherNameIsRejectedTheSameNameIsTheSamePerson(TestDb db) throws SQLException {
        String code = db.codeOf(db.unit("ORGAN", "瑞安市信访局", null));
        long li = db.person("李四", "CIVIL_SERVANT");
        long wang = db.person("王芳", "CIVIL_SERVANT");
        String liId = idNumberOf(db, li);
        String wangId = idNumberOf(db, wang);

        StagedImport run = StagedImport.roster(db, rows(Line.of(2, code).id(liId, "李斯"), Line.of(3, code).id(wangId, "王芳")));

        assertEquals(List.of(new RejectedCell(2, "姓名", "身份证号 " + liId + " 已登记为“李四”，与本行姓名“李斯”不一致，请核对身份证号和姓名")),
                run.rejections());
        assertEquals(List.of("李四", "王芳"), Sql.list(db.connection(), "select name from person where id in (?, ?) order by id",
                r -> r.getString(1), li, wang), "nobody renamed");
        assertEquals(1, db.single("select count(*) from occupancy where person_id = ?", wang));
        assertEquals(0, db.single("select count(*) from occupancy where person_id = ?", li));
    }

    @EachDatabase
    void aClerksRowForSomeoneOutsideTheirUnitsIsRefusedAlikeWhateverTheNameAndTheirOwnPeopleAreNamed(TestDb db) throws SQLException {
        long county = db.unit("ORGAN", "瑞安市人力社保局", null);
        String own = db.codeOf(county);
        long foreignUnit = db.unit("ORGAN", "文成县人力社保局", null);
        String scope = Sql.list(db.connection(), "select path from unit where id = ?", r -> r.getString(1), county).get(0);
        long stranger = db.person("王琼敏", "CIVIL_SERVANT");
        db.occupancy(stranger, foreignUnit, "ADMINISTRATIVE", "2020-01-01", null, "Z1");
        long colleague = db.person("赵六", "CIVIL_SERVANT");
        db.posting(colleague, county, "ADMINISTRATIVE_POST", "REGULAR", "2021-01-01", null, null, null);
        long unplacedByOther = db.person("钱七", "CIVIL_SERVANT"); // registered by 'test', placed nowhere
        long unplacedOwn = db.person("孙八", "CIVIL_SERVANT");
        db.update("update person set recorded_by = 'clerk' where id = ?", unplacedOwn);
        String strangerId = idNumberOf(db, stranger);

        StagedImport run = StagedImport.roster(db, scope, 0, rows(Line.of(2, own).id(strangerId, "张三"),
                Line.of(3, own).id(strangerId, "王琼敏"), Line.of(4, own).id(idNumberOf(db, colleague), "赵陆"),
                Line.of(5, own).id(idNumberOf(db, unplacedByOther), "钱七"), Line.of(6, own).id(idNumberOf(db, unplacedOwn), "孙八")));

        String refusal = " 已有登记，该人员不在您管理的单位，不显示其登记信息，本行未导入。调入人员由原单位办理减人通知单、编办开具增人通知单调入本单位后，再导入本行";
        assertEquals(List.of(new RejectedCell(2, "身份证号", "身份证号 " + strangerId + refusal),
                new RejectedCell(3, "身份证号", "身份证号 " + strangerId + refusal),
                new RejectedCell(4, "姓名", "身份证号 " + idNumberOf(db, colleague) + " 已登记为“赵六”，与本行姓名“赵陆”不一致，请核对身份证号和姓名"),
                new RejectedCell(5, "身份证号", "身份证号 " + idNumberOf(db, unplacedByOther) + refusal)),
                run.rejections(), "the right name of someone outside gets the same refusal as a wrong one; their own unplaced person is theirs");
    }

    private static String idNumberOf(TestDb db, long person) throws SQLException {
        return Sql.list(db.connection(), "select id_number from person where id = ?", r -> r.getString(1), person).get(0);
    }

    @EachDatabase
    void anIdNumberEarlierInTheFileUnderAnotherNameRejectsTheLaterRowInWhateverOrderTheRowsAreStaged(TestDb db)
            throws SQLException {
        String code = db.codeOf(db.unit("ORGAN", "瑞安市档案馆", null));
        String other = db.codeOf(db.unit("ORGAN", "瑞安市史志办", null));
        Random random = new Random(12310);
        for (int attempt = 0; attempt < 4; attempt++) {
            String id = StagedImport.idNumber();
            List<StagedRosterRow> file = new ArrayList<>(rows(Line.of(2, code).id(id, "王五"), Line.of(3, code),
                    Line.of(4, code).id(id, "王武"), Line.of(5, other).id(id, "王五")));
            Collections.shuffle(file, random);

            StagedImport run = StagedImport.roster(db, file);

            assertEquals(List.of(new RejectedCell(4, "姓名", "身份证号 " + id + " 在第 2 行为“王五”，与本行姓名“王武”不一致，"
                    + "请核对身份证号和姓名")), run.rejections(), "staged as " + file.stream().map(StagedRosterRow::row).toList());
            // row 5 has the first row's name: the same person, in a second unit
            assertEquals(2, db.single("select count(*) from occupancy o join person p on p.id = o.person_id"
                    + " where p.id_number = ?", id));
        }
    }

    @EachDatabase
    void theLaterRowOfAnIdNumberUnderTwoNamesIsRejectedWhereverTheRangesEnd(TestDb db) throws SQLException {
        String code = db.codeOf(db.unit("ORGAN", "瑞安市地志办", null));
        for (int range = 1; range <= 4; range++) {
            String id = StagedImport.idNumber();
            StagedImport run = StagedImport.roster(db, null, range, rows(Line.of(2, code).id(id, "赵六"), Line.of(3, code),
                    Line.of(4, code), Line.of(5, code).id(id, "赵陆")));
            // in a later range the first row is on record already: another check, the same row and column
            assertEquals(List.of(5), run.rejectedRows(), "ranges of " + range);
            assertEquals("姓名", run.rejections().get(0).column());
            assertEquals(List.of("赵六"), Sql.list(db.connection(), "select name from person where id_number = ?", r -> r.getString(1), id));
        }
    }

    @EachDatabase
    void aRowIsBlamedOnceForItsFirstProblem(TestDb db) throws SQLException {
        String code = db.codeOf(db.unit("ORGAN", "瑞安市侨办", null));
        String id = idNumberOf(db, db.person("钱七", "CIVIL_SERVANT"));
        String unknown = neverRegistered();

        StagedImport run = StagedImport.roster(db, rows(Line.of(2, unknown).id(id, "钱柒").post(code, "PROFESSIONAL", "2019-01-01")));

        assertEquals(List.of(new RejectedCell(2, "编制单位代码", "编制单位代码 " + unknown + " " + UNKNOWN)), run.rejections());
    }
}
