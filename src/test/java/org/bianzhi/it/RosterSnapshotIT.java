package org.bianzhi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * 数据时点: a roster the units reported as of a past day, imported later, describes that day. Its undated facts (the
 * posting of someone without quota, a leadership post without a date) hold from then, not from the import day; 到岗日期
 * dates a posting row by row; an open-ended secondment is imported as it is.
 */
class RosterSnapshotIT extends ApiTest {

    private static final String HEADER = "身份证号,姓名,人员身份,编制单位代码,编制类型,入编日期,领导职务,工作单位代码,岗位类型,工作安排,"
            + "借调起始日期,借调截止日期,到岗日期\n";

    @Test
    void aRosterAsOfAPastDayDatesItsUndatedFactsFromThatDay() {
        String bureau = unit(true, "瑞安市统计局", null);
        String snapshot = TODAY.minusMonths(6).toString(); // 2025-12-30: the units' year-end report, imported in June
        String first = Fixtures.idNumber(LocalDate.of(1990, 1, 1), true);
        String second = Fixtures.idNumber(LocalDate.of(1991, 2, 2), false);
        String third = Fixtures.idNumber(LocalDate.of(1992, 3, 3), true);
        String csv = HEADER
                + first + ",编外一,编外人员,,,,,"  + bureau + ",行政岗位,,,,\n"
                + second + ",编外二,编外人员,,,,," + bureau + ",行政岗位,,,,2024-09-01\n"
                + third + ",借调三,公务员," + bureau + ",行政编制,2020-01-01,," + bureau + ",行政岗位,借调,2025-01-01,,\n";

        JsonObject report = expect(200, api.postBytes("imports/roster?asOf=" + snapshot, "text/csv", csv.getBytes(StandardCharsets.UTF_8))).json();
        assertEquals(3, report.getInt("created"), report::toString);
        assertTrue(report.getJsonArray("notes").toString().contains("数据时点 " + snapshot), report::toString);
        JsonObject job = expect(200, api.get(report.getString("job").replaceFirst("^/api/v1/", ""))).json();
        assertEquals(snapshot, job.getString("asOf"));

        // as of the snapshot day both people without quota hold administrative posts; the day before, only the one who arrived in 2024
        assertEquals(2, adminPostsWithoutQuota(bureau, snapshot), "as of " + snapshot);
        assertEquals(1, adminPostsWithoutQuota(bureau, LocalDate.parse(snapshot).minusDays(1).toString()));
        assertEquals(0, adminPostsWithoutQuota(bureau, "2024-08-31"));

        // the open-ended secondment is on record and overdue once past the limit (12 months from 2025-01-01)
        // a past day is evaluated on the spot; today's findings follow the change queue a moment later
        assertEquals(1, expect(200, api.get("findings?rule=SECONDMENT_OVERDUE&unit=" + bureau + "&asOf=" + TODAY.minusDays(1))).json().getInt("total"));
        assertEquals(0, expect(200, api.get("findings?rule=SECONDMENT_OVERDUE&unit=" + bureau + "&asOf=2025-06-30")).json().getInt("total"));
    }

    @Test
    void aSnapshotDayInTheFutureOrOnAnotherKindIsRefusedAndNothingStored() {
        String bureau = unit(true, "瑞安市审计局", null);
        String id = Fixtures.idNumber(LocalDate.of(1993, 4, 4), true);
        byte[] csv = (HEADER + id + ",未来,编外人员,,,,," + bureau + ",行政岗位,,,,\n").getBytes(StandardCharsets.UTF_8);
        for (String query : List.of("asOf=" + TODAY.plusDays(1), "asOf=1900-01-01", "asOf=2026-13-01")) {
            Api.Answer a = expect(422, api.postBytes("imports/roster?" + query, "text/csv", csv));
            assertEquals("asOf", a.json().getJsonArray("errors").getJsonObject(0).getString("field"), a::toString);
        }
        Api.Answer units = expect(422, api.postBytes("imports/units?asOf=" + TODAY, "text/csv", "单位代码\n".getBytes(StandardCharsets.UTF_8)));
        assertTrue(units.json().getString("detail").contains("数据时点"), units::toString);
        assertEquals(0, expect(200, api.get("people?q=" + id)).json().getInt("total"));
    }

    private int adminPostsWithoutQuota(String unit, String asOf) {
        return new TreeSet<>(expect(200, api.get("findings?rule=NO_QUOTA_IN_ADMIN_POST&unit=" + unit + "&asOf=" + asOf)).json()
                .getJsonArray("items").stream().map(f -> f.asJsonObject().getJsonNumber("personId").longValue()).toList()).size();
    }
}
