package org.bianzhi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** 统计报表: vacancies with roll-ups, leadership positions and the retirement forecast, as JSON and as files. */
class ReportsIT extends ApiTest {

    private static final String PASSWORD = "Reports2026pass";

    /** A bureau with an office and a service centre under it, their quotas, people, a staffing plan and leaders. */
    private record County(String bureau, String office, String centre) {}

    private County county() {
        String bureau = unit(true, "瑞安市人力资源和社会保障局", null);
        String office = unit(true, "瑞安市公务员管理办公室", bureau);
        String centre = unit(false, "瑞安市人才服务中心", bureau);
        approveQuota(bureau, "ADMINISTRATIVE", 3, "2020-01-01");
        approveQuota(office, "ADMINISTRATIVE", 4, "2020-01-01");
        approveQuota(office, "ADMINISTRATIVE", 2, "2026-01-01");    // cut to 2 while 3 people stay: 1 over
        approveQuota(centre, "PUBLIC_INSTITUTION", 5, "2020-01-01");
        occupant(bureau, "ADMINISTRATIVE", "1988-04-04", true, "CIVIL_SERVANT");
        for (int i = 0; i < 3; i++) occupant(office, "ADMINISTRATIVE", "1990-01-0" + (i + 1), true, "CIVIL_SERVANT");
        for (int i = 0; i < 2; i++) occupant(centre, "PUBLIC_INSTITUTION", "1992-02-0" + (i + 1), false, "INSTITUTION_STAFF");
        JsonObject plan = expect(201, api.post("staffing-plans", Api.obj("unitCode", bureau, "quotaType", "ADMINISTRATIVE",
                "count", 1, "reason", "2026年度公务员考录"))).json();
        expect(200, api.post("staffing-plans/" + plan.getJsonNumber("id").longValue() + "/approve",
                Api.obj("basisDocument", "瑞编〔2026〕30号", "validUntil", "2026-12-31")));
        return new County(bureau, office, centre);
    }

    /** A person occupying a quota of the unit since 2021. */
    private long occupant(String unit, String type, String born, boolean male, String identity) {
        long id = expect(201, api.post("people", Api.obj("idNumber", Fixtures.idNumber(LocalDate.parse(born), male),
                "name", Fixtures.uniqueName("林"), "identity", identity))).json().getJsonNumber("id").longValue();
        expect(201, api.post("people/" + id + "/occupancies", Api.obj("unitCode", unit, "quotaType", type,
                "validFrom", "2021-01-01", "entryRoute", "EXAM", "basisDocument", "存量登记")));
        return id;
    }

    private static List<Integer> numbers(JsonObject n) {
        return List.of(n.getInt("approved"), n.getInt("occupied"), n.getInt("reserved"), n.getInt("vacant"), n.getInt("over"));
    }

    private static JsonObject lineOf(JsonArray lines, String unit) {
        return lines.stream().map(v -> v.asJsonObject()).filter(l -> l.getString("unitCode").equals(unit)).findFirst().orElseThrow();
    }

    private static JsonObject quota(JsonObject row, String type) {
        return row.getJsonArray("quotas").stream().map(v -> v.asJsonObject())
                .filter(q -> q.getString("quotaType").equals(type)).findFirst().orElseThrow();
    }

    @Test
    void vacancyLinesAgreeWithTheEstablishmentAndRollUpWithoutNetting() {
        County c = county();
        JsonObject report = expect(200, api.get("reports/vacancies?unit=" + c.bureau())).json();
        assertEquals("2026-06-30", report.getString("asOf"));
        JsonArray lines = report.getJsonArray("lines");
        assertEquals(3, lines.size(), lines::toString);
        assertEquals(List.of(3, 1, 1, 1, 0), numbers(lineOf(lines, c.bureau())), "1 reserved by the approved plan");
        assertEquals(numbers(line(c.bureau(), "ADMINISTRATIVE", null)), numbers(lineOf(lines, c.bureau())));
        assertEquals(List.of(2, 3, 0, 0, 1), numbers(lineOf(lines, c.office())));
        assertEquals(List.of(5, 2, 0, 3, 0), numbers(lineOf(lines, c.centre())));
        assertEquals("PUBLIC_INSTITUTION", lineOf(lines, c.centre()).getString("quotaType"));
        assertEquals(List.of(10, 6, 1, 4, 1), numbers(report.getJsonObject("total").getJsonObject("total")));
        JsonObject over = expect(200, api.get("reports/vacancies?over=true&unit=" + c.bureau())).json();
        assertEquals(List.of(c.office()), over.getJsonArray("lines").stream().map(v -> v.asJsonObject().getString("unitCode")).toList(),
                "only the office is over its quota");
        assertEquals(List.of(10, 6, 1, 4, 1), numbers(over.getJsonObject("total").getJsonObject("total")), "totals stay whole");

        JsonArray rows = expect(200, api.get("reports/vacancies?rollup=parent&unit=" + c.bureau())).json().getJsonArray("rows");
        assertEquals(1, rows.size(), "only the bureau has subordinates: " + rows);
        JsonObject bureau = rows.getJsonObject(0);
        assertTrue(bureau.getString("label").endsWith("（含下属单位）"), bureau::toString);
        // administrative 5 approved, 4 occupied, 1 reserved: netted that is no vacancy; summed it is 1 vacant and 1 over
        assertEquals(List.of(5, 4, 1, 1, 1), numbers(quota(bureau, "ADMINISTRATIVE")));
        assertEquals(List.of(10, 6, 1, 4, 1), numbers(bureau.getJsonObject("total")));

        JsonArray kinds = expect(200, api.get("reports/vacancies?rollup=kind&unit=" + c.bureau())).json().getJsonArray("rows");
        assertEquals(List.of("机关", "事业单位"), kinds.stream().map(v -> v.asJsonObject().getString("label")).toList());
        assertEquals(List.of(5, 4, 1, 1, 1), numbers(kinds.getJsonObject(0).getJsonObject("total")));
        JsonArray regions = expect(200, api.get("reports/vacancies?rollup=region&unit=" + c.bureau())).json().getJsonArray("rows");
        assertEquals("330381", regions.getJsonObject(0).getString("key"));
        assertEquals(List.of(10, 6, 1, 4, 1), numbers(regions.getJsonObject(0).getJsonObject("total")));

        JsonArray before = expect(200, api.get("reports/vacancies?asOf=2025-12-31&unit=" + c.bureau())).json().getJsonArray("lines");
        assertEquals(List.of(4, 3, 0, 1, 0), numbers(lineOf(before, c.office())), "before the cut to 2");
        assertEquals(List.of(3, 1, 0, 2, 0), numbers(lineOf(before, c.bureau())), "before the plan was approved");
        assertEquals("rollup", expect(422, api.get("reports/vacancies?rollup=city")).json().getJsonArray("errors")
                .getJsonObject(0).getString("field"));
    }

    @Test
    void leadershipShowsApprovedAgainstHoldersPerCategory() {
        String bureau = unit(true, "瑞安市统计局", null);
        for (String[] a : new String[][] {{"UNIT_PRINCIPAL", "1"}, {"UNIT_DEPUTY", "2"}}) {
            expect(201, api.post("units/" + bureau + "/leadership", Api.obj("category", a[0], "approved", Integer.valueOf(a[1]),
                    "validFrom", "2020-01-01", "basisDocument", "瑞编〔2020〕9号")));
        }
        for (String category : List.of("UNIT_PRINCIPAL", "UNIT_DEPUTY", "DEPT_PRINCIPAL")) {
            long id = occupant(bureau, "ADMINISTRATIVE", "1980-05-05", true, "CIVIL_SERVANT");
            expect(201, api.post("people/" + id + "/appointments", Api.obj("unitCode", bureau, "category", category,
                    "validFrom", "2024-01-01", "basisDocument", "瑞委〔2024〕3号")));
        }
        JsonObject report = expect(200, api.get("reports/leadership?unit=" + bureau)).json();
        List<List<Object>> lines = report.getJsonArray("lines").stream().map(v -> v.asJsonObject())
                .map(l -> List.<Object>of(l.getString("category"), l.getInt("approved"), l.getInt("holders"), l.getInt("vacant"), l.getInt("over")))
                .toList();
        assertEquals(List.of(List.of("UNIT_PRINCIPAL", 1, 1, 0, 0), List.of("UNIT_DEPUTY", 2, 1, 1, 0),
                List.of("DEPT_PRINCIPAL", 0, 1, 0, 1)), lines);
        JsonObject total = report.getJsonObject("total");
        assertEquals(List.of(3, 3, 1, 1), List.of(total.getInt("approved"), total.getInt("holders"), total.getInt("vacant"), total.getInt("over")));
        assertEquals(0, expect(200, api.get("reports/leadership?asOf=2023-12-31&unit=" + bureau)).json().getJsonObject("total")
                .getInt("holders"), "nobody was appointed yet");
    }

    @Test
    void theForecastListsWhoRetiresWithinTheYearsAndTheSlotsTheyOpen() {
        String bureau = unit(true, "瑞安市司法局", null);
        approveQuota(bureau, "ADMINISTRATIVE", 5, "2020-01-01");
        occupant(bureau, "ADMINISTRATIVE", "1966-03-10", true, "CIVIL_SERVANT");      // 60岁4个月: 2026-07-10
        occupant(bureau, "ADMINISTRATIVE", "1968-06-15", true, "CIVIL_SERVANT");      // 60岁11个月: 2029-05-15
        occupant(bureau, "ADMINISTRATIVE", "1971-05-20", false, "CIVIL_SERVANT");     // 55岁5个月: 2026-10-20
        occupant(bureau, "ADMINISTRATIVE", "1990-01-01", true, "CIVIL_SERVANT");
        // a worker whose post is a cadre post: base age 55 (55岁7个月: 2027-10-01), not 50 (she would have retired in 2022)
        long worker = occupant(bureau, "ADMINISTRATIVE", "1972-03-01", false, "ORGAN_WORKER");
        expect(201, api.post("people/" + worker + "/postings", Api.obj("unitCode", bureau, "postType", "ADMINISTRATIVE_POST",
                "validFrom", "2021-01-01", "basisDocument", "存量登记")));

        JsonObject two = expect(200, api.get("reports/retirements?years=2&unit=" + bureau)).json();
        assertEquals("2028-06-30", two.getString("until"));
        JsonObject people = two.getJsonObject("people");
        assertEquals(3, people.getInt("total"), people::toString);
        JsonObject first = people.getJsonArray("items").getJsonObject(0);
        assertEquals(List.of("2026-07-10", "60岁4个月", "1966-03-10", "MALE"), List.of(first.getString("retirementDate"),
                first.getString("retirementAge"), first.getString("birthDate"), first.getString("gender")));
        assertEquals("2026-10-20", people.getJsonArray("items").getJsonObject(1).getString("retirementDate"));
        JsonObject third = people.getJsonArray("items").getJsonObject(2);
        assertEquals(List.of("2027-10-01", "55岁7个月"), List.of(third.getString("retirementDate"), third.getString("retirementAge")));
        List<List<Object>> openings = two.getJsonArray("openings").stream().map(v -> v.asJsonObject()).map(o -> List.<Object>of(
                o.getString("unitCode"), o.getString("quotaType"), o.getInt("year"), o.getInt("slots"))).toList();
        assertEquals(List.of(List.of(bureau, "ADMINISTRATIVE", 2026, 2), List.of(bureau, "ADMINISTRATIVE", 2027, 1)), openings);

        JsonObject three = expect(200, api.get("reports/retirements?years=3&limit=1&unit=" + bureau)).json();
        assertEquals(4, three.getJsonObject("people").getInt("total"));
        assertEquals(1, three.getJsonObject("people").getJsonArray("items").size());
        assertEquals(List.of(2026, 2027, 2029), three.getJsonArray("byYear").stream().map(v -> v.asJsonObject().getInt("year")).toList());
        String csv = expect(200, api.get("reports/retirements?years=3&limit=1&format=csv&unit=" + bureau)).raw();
        assertEquals(5, csv.strip().split("\n").length, "the file has every person, not a page: " + csv);

        for (String bad : List.of("11", "0", "五")) {
            var refused = expect(422, api.get("reports/retirements?years=" + URLEncoder.encode(bad, StandardCharsets.UTF_8)));
            assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
            assertEquals("years", refused.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        }
    }

    @Test
    void reportsDownloadAsCsvAndXlsxWithChineseHeaders() throws Exception {
        County c = county();
        var csv = expect(200, api.get("reports/vacancies?format=csv&unit=" + c.bureau()));
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        String[] rows = csv.raw().replace("\uFEFF", "").strip().split("\r?\n");
        assertEquals("单位代码,单位名称,机构类型,行政区划代码,编制类型,核定数,实有数,已核准用编未到岗数,空编数,超编数", rows[0]);
        String office = List.of(rows).stream().filter(r -> r.startsWith(c.office() + ",")).findFirst().orElseThrow();
        assertTrue(office.endsWith(",机关,330381,行政编制,2,3,0,0,1"), office);
        assertEquals("合计,,,,总计,10,6,1,4,1", rows[rows.length - 1]);

        var xlsx = api.get("reports/vacancies?format=xlsx&rollup=parent&unit=" + c.bureau());
        assertEquals(200, xlsx.status());
        assertTrue(xlsx.contentType().startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), xlsx.contentType());
        byte[] file = api.getBytes("reports/vacancies?format=xlsx&rollup=parent&unit=" + c.bureau());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            var sheet = book.getSheetAt(0);
            assertEquals("空编超编统计_按上级单位_2026-06-30", sheet.getSheetName());
            assertEquals("汇总项", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("空编数", sheet.getRow(0).getCell(5).getStringCellValue());
            assertEquals("行政编制", sheet.getRow(1).getCell(1).getStringCellValue());
            assertEquals(1.0, sheet.getRow(1).getCell(5).getNumericCellValue(), "the bureau's subtree: 1 vacant administrative slot");
        }
        byte[] leaders = api.getBytes("reports/leadership?format=xlsx&unit=" + c.bureau());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(leaders))) {
            assertEquals("核定职数", book.getSheetAt(0).getRow(0).getCell(3).getStringCellValue());
        }
        assertEquals("format", expect(422, api.get("reports/vacancies?format=pdf")).json().getJsonArray("errors")
                .getJsonObject(0).getString("field"));
    }

    @Test
    void aUnitClerkSeesTheirSubtreeOnlyAndMaskedIdNumbers() {
        County c = county();
        occupant(c.office(), "ADMINISTRATIVE", "1966-03-10", true, "CIVIL_SERVANT");   // a fourth person in the office, retiring soon
        expect(201, api.post("accounts", Api.obj("username", "clerk-reports", "displayName", "报表测试", "password", PASSWORD,
                "role", "UNIT_CLERK", "unitCode", c.office())));
        Api clerk = api.withToken(null).signIn("clerk-reports", PASSWORD);

        JsonArray lines = expect(200, clerk.get("reports/vacancies")).json().getJsonArray("lines");
        assertEquals(List.of(c.office()), lines.stream().map(v -> v.asJsonObject().getString("unitCode")).distinct().toList());
        assertEquals(List.of(2, 4, 0, 0, 2), numbers(lines.getJsonObject(0)));
        expect(404, clerk.get("reports/vacancies?unit=" + c.bureau()));
        expect(404, clerk.get("reports/leadership?unit=" + c.centre()));
        expect(404, clerk.get("reports/retirements?unit=" + c.centre()));
        assertEquals(0, expect(200, clerk.get("reports/vacancies?rollup=parent")).json().getJsonArray("rows").size(),
                "the bureau above the office is not the clerk's to see");

        JsonObject retiree = expect(200, clerk.get("reports/retirements?years=1")).json().getJsonObject("people")
                .getJsonArray("items").getJsonObject(0);
        assertTrue(retiree.getString("idNumber").matches("\\d{6}\\*{8}\\d{3}[0-9X]"), retiree::toString);
        String full = expect(200, api.get("reports/retirements?years=1&unit=" + c.office())).json().getJsonObject("people")
                .getJsonArray("items").getJsonObject(0).getString("idNumber");
        assertTrue(full.matches("\\d{17}[0-9X]"), full);
    }
}
