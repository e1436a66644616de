package org.bianzhi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** 财政统发工资名单比对: the payroll import, the four findings on their cases and near misses, downloads and masking. */
class PayrollIT extends ApiTest {

    private static final String HEADER = "身份证号,姓名,发薪单位代码,发薪月份\n";

    private Api.Answer importCsv(String query, byte[] body) {
        return api.postBytes("imports/payroll" + (query == null ? "" : "?" + query), "text/csv", body);
    }

    /** A person registered with a fresh ID number: {id, idNumber, name}. */
    private Map<String, String> registered(String surname) {
        String idNumber = Fixtures.idNumber(LocalDate.of(1985, 3, 3), true);
        String name = Fixtures.uniqueName(surname);
        JsonObject p = expect(201, api.post("people", Api.obj("idNumber", idNumber, "name", name, "identity", "CIVIL_SERVANT"))).json();
        return Map.of("id", String.valueOf(p.getJsonNumber("id").longValue()), "idNumber", idNumber, "name", name);
    }

    /** Registers the person's occupancy of an administrative quota in {@code unit} from {@code from}; its id. */
    private long occupy(Map<String, String> person, String unit, String from) {
        return expect(201, api.post("people/" + person.get("id") + "/occupancies", Api.obj("unitCode", unit, "quotaType", "ADMINISTRATIVE",
                "validFrom", from, "entryRoute", "EXAM", "increaseNoticeNumber", "Z2020-00001", "basisDocument", "存量登记")))
                .json().getJsonNumber("id").longValue();
    }

    private static String line(Map<String, String> person, String unit, String month) {
        return person.get("idNumber") + "," + person.get("name") + "," + unit + "," + month + "\n";
    }

    private JsonObject findings(String query) {
        return expect(200, api.get("payroll/findings?" + query + "&limit=500")).json();
    }

    /** Rule of each finding, by ID number. */
    private static Map<String, String> rulesById(JsonObject findings) {
        return findings.getJsonArray("items").stream().map(v -> v.asJsonObject())
                .collect(Collectors.toMap(f -> f.getString("idNumber"), f -> f.getString("rule"), (a, b) -> a + "," + b));
    }

    private static JsonObject item(JsonObject findings, String idNumber) {
        return findings.getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(f -> f.getString("idNumber").equals(idNumber)).findFirst().orElseThrow(() -> new AssertionError(
                        idNumber + " not among " + findings));
    }

    @Test
    void eachFindingFiresOnItsCaseAndStaysQuietOnItsNearMiss() {
        String finance = unit(true, "瑞安市财政局", null);
        String statistics = unit(true, "瑞安市统计局", null);
        Map<String, String> paid = registered("钱");
        occupy(paid, finance, "2020-03-01");
        Map<String, String> left = registered("孙");
        long leftOccupancy = occupy(left, finance, "2020-03-01");
        String notice = expect(201, api.post("notices", Api.obj("kind", "DECREASE", "occupancyId", leftOccupancy,
                "exitDate", "2026-04-01", "reason", "调出"))).json().getString("number");
        Map<String, String> leavingInJune = registered("李");
        long leavingOccupancy = occupy(leavingInJune, finance, "2020-03-01");
        expect(201, api.post("notices", Api.obj("kind", "DECREASE", "occupancyId", leavingOccupancy, "exitDate", "2026-06-15",
                "reason", "退休")));
        Map<String, String> entering = registered("周");
        occupy(entering, finance, "2026-06-15");
        Map<String, String> unpaid = registered("吴");
        occupy(unpaid, finance, "2020-03-01");
        Map<String, String> elsewhere = registered("郑");
        occupy(elsewhere, statistics, "2021-01-01");
        Map<String, String> withoutQuota = registered("王");
        String unknown = Fixtures.idNumber(LocalDate.of(1979, 9, 9), true);
        String list = HEADER + line(paid, finance, "2026-06") + line(left, finance, "2026/6") + line(leavingInJune, finance, "2026年6月")
                + line(elsewhere, finance, "202606") + line(withoutQuota, finance, "2026-06")
                + unknown + "," + Fixtures.uniqueName("冯") + "," + finance + ",2026-06\n";

        JsonObject report = expect(200, importCsv(null, list.getBytes(Charset.forName("GB18030")))).json();
        assertEquals(List.of(6, 6, 0), List.of(report.getInt("rows"), report.getInt("created"), report.getJsonArray("rejected").size()),
                report::toString);
        assertEquals("GB18030", report.getString("encoding"));

        JsonObject atFinance = findings("month=2026-06&unit=" + finance);
        assertEquals(Map.of(left.get("idNumber"), "PAID_AFTER_EXIT", unpaid.get("idNumber"), "OCCUPANCY_NOT_PAID",
                withoutQuota.get("idNumber"), "PAID_WITHOUT_OCCUPANCY", unknown, "PAID_WITHOUT_OCCUPANCY"), rulesById(atFinance),
                "paid correctly, leaving in June and entering in June are no findings: " + atFinance);
        JsonObject exit = item(atFinance, left.get("idNumber"));
        assertEquals(List.of("出编后仍发薪", finance, "2026-06", "财政统发工资名单比对"), List.of(exit.getString("ruleLabel"),
                exit.getString("unitCode"), exit.getString("asOf"), exit.getString("basis")));
        assertTrue(exit.getString("message").contains("2026年4月1日") && exit.getString("message").contains("调出")
                && exit.getString("message").contains(notice), exit::toString);
        assertEquals(left.get("name"), exit.getString("personName"));
        JsonObject stranger = item(atFinance, unknown);
        assertTrue(stranger.isNull("personId"), stranger::toString);
        assertTrue(stranger.getString("message").contains("没有该身份证号的人员登记"), stranger::toString);
        assertFalse(item(atFinance, withoutQuota.get("idNumber")).isNull("personId"));
        assertTrue(item(atFinance, unpaid.get("idNumber")).getString("message").contains("疑似空挂"));
        assertEquals(4, atFinance.getInt("total"));
        assertEquals(Map.of("PAID_WITHOUT_OCCUPANCY", 2, "PAID_AFTER_EXIT", 1, "OCCUPANCY_NOT_PAID", 1, "PAYING_UNIT_MISMATCH", 0),
                atFinance.getJsonObject("counts").entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                        e -> ((jakarta.json.JsonNumber) e.getValue()).intValue())));

        // the mismatch belongs to the quota unit, and says who paid
        JsonObject atStatistics = findings("month=2026-06&unit=" + statistics);
        assertEquals(Map.of(elsewhere.get("idNumber"), "PAYING_UNIT_MISMATCH"), rulesById(atStatistics));
        String financeName = expect(200, api.get("units/" + finance)).json().getString("name");
        assertTrue(item(atStatistics, elsewhere.get("idNumber")).getString("message").contains("由" + financeName + "发薪"));

        JsonObject onlyExits = findings("month=2026-06&rule=PAID_AFTER_EXIT&unit=" + finance);
        assertEquals(1, onlyExits.getInt("total"));
        assertEquals(List.of(left.get("idNumber")), List.copyOf(rulesById(onlyExits).keySet()));

        // importing the same list again changes nothing
        JsonObject again = expect(200, importCsv(null, list.getBytes(Charset.forName("GB18030")))).json();
        assertEquals(List.of(6, 0, 0), List.of(again.getInt("unchanged"), again.getInt("created"), again.getInt("updated")), again::toString);
        assertEquals(atFinance.getJsonArray("items"), findings("month=2026-06&unit=" + finance).getJsonArray("items"));
    }

    @Test
    void occupantsOfRegionsTheListDoesNotCoverAreNotSuspected() {
        String payer = unit(true, "瑞安市审计局", null);
        String county = Fixtures.unitCode(true);
        expect(201, api.post("units", Api.obj("code", county, "name", Fixtures.unitName("文成县审计局"), "kind", "ORGAN",
                "regionCode", "330328", "level", "COUNTY", "funding", "FULL", "validFrom", "2020-01-01", "basisDocument", "文编〔2020〕1号")));
        Map<String, String> unpaidHere = registered("陈");
        occupy(unpaidHere, payer, "2020-03-01");
        Map<String, String> unpaidThere = registered("褚");
        occupy(unpaidThere, county, "2020-03-01");
        String list = HEADER + Fixtures.idNumber(LocalDate.of(1980, 1, 1), true) + "," + Fixtures.uniqueName("卫") + "," + payer + ",2026-05\n";
        expect(200, importCsv(null, list.getBytes(StandardCharsets.UTF_8)));
        assertEquals("OCCUPANCY_NOT_PAID", rulesById(findings("month=2026-05&unit=" + payer)).get(unpaidHere.get("idNumber")));
        assertEquals(0, findings("month=2026-05&unit=" + county).getInt("total"), "330328 paid nobody in this list");
    }

    @Test
    void aBadRowRejectsTheWholeListWithItsRowAndColumnAndStoresNothing() {
        String unit = unit(true, "瑞安市农业农村局", null);
        String good = Fixtures.idNumber(LocalDate.of(1990, 2, 2), true);
        String bad = Fixtures.idNumber(LocalDate.of(1991, 2, 2), true);
        String wrongCheck = bad.substring(0, 17) + (bad.charAt(17) == '1' ? '2' : '1');
        String list = HEADER + good + "," + Fixtures.uniqueName("蒋") + "," + unit + ",2025-05\n"
                + wrongCheck + "," + Fixtures.uniqueName("沈") + "," + unit + ",2025-05\n"
                + good + "," + Fixtures.uniqueName("韩") + "," + unit + ",2025年5月\n"
                + Fixtures.idNumber(LocalDate.of(1992, 2, 2), true) + "," + Fixtures.uniqueName("杨") + "," + Fixtures.unitCode(true) + ",2025-05\n"
                + Fixtures.idNumber(LocalDate.of(1993, 2, 2), true) + "," + Fixtures.uniqueName("朱") + "," + unit + ",2025-05-20\n";
        var refused = expect(422, importCsv(null, list.getBytes(StandardCharsets.UTF_8)));
        var rows = refused.json().getJsonArray("rejected").stream().map(v -> v.asJsonObject().getInt("row") + ":"
                + v.asJsonObject().getString("column")).toList();
        assertEquals(List.of("3:身份证号", "4:身份证号", "5:发薪单位代码", "6:发薪月份"), rows, refused::toString);
        String twice = refused.json().getJsonArray("rejected").getJsonObject(1).getString("reason");
        assertTrue(twice.contains("第 2 行"), twice);
        assertTrue(expect(200, api.get("payroll/months")).items().stream()
                .noneMatch(m -> m.asJsonObject().getString("month").equals("2025-05")), "nothing of the list was stored");
        var missing = expect(404, api.get("payroll/findings?month=2025-05"));
        assertTrue(missing.json().getString("detail").contains("2025年5月的工资名单尚未导入"), missing::toString);

        JsonObject valid = expect(200, importCsv("mode=valid-rows", list.getBytes(StandardCharsets.UTF_8))).json();
        assertEquals(List.of(1, 4), List.of(valid.getInt("created"), valid.getJsonArray("rejected").size()), valid::toString);
        JsonObject may = expect(200, api.get("payroll/months")).items().stream().map(v -> v.asJsonObject())
                .filter(m -> m.getString("month").equals("2025-05")).findFirst().orElseThrow();
        assertEquals(List.of(1, 1), List.of(may.getInt("lines"), may.getInt("payingUnits")), may::toString);
        expect(422, api.get("payroll/findings?month=2025-13"));
    }

    @Test
    void aListWhoseEveryRowIsBadIsRefusedRowByRow() {
        String unit = unit(true, "瑞安市水务集团", null);
        String list = HEADER + Fixtures.idNumber(LocalDate.of(1990, 3, 3), true) + ",员工1," + unit + ",2025-02\n"
                + Fixtures.idNumber(LocalDate.of(1990, 3, 4), true) + "," + Fixtures.uniqueName("许") + "," + unit + ",2025-14\n";
        var refused = expect(422, importCsv(null, list.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(2, 3), refused.json().getJsonArray("rejected").stream().map(v -> v.asJsonObject().getInt("row")).toList(),
                refused::toString);
    }

    @Test
    void aNewListReplacesTheLinesOfTheMonthsAndUnitsItContainsAndNoOthers() {
        String first = unit(true, "瑞安市林业局", null);
        String second = unit(false, "瑞安市林业技术推广站", null);
        List<String> ids = List.of(Fixtures.idNumber(LocalDate.of(1971, 1, 1), true), Fixtures.idNumber(LocalDate.of(1972, 1, 1), true),
                Fixtures.idNumber(LocalDate.of(1973, 1, 1), true), Fixtures.idNumber(LocalDate.of(1974, 1, 1), true));
        String march = HEADER + ids.get(0) + ",甲一," + first + ",2025-03\n" + ids.get(1) + ",甲二," + first + ",2025-03\n"
                + ids.get(3) + ",甲四," + second + ",2025-03\n";
        assertEquals(3, expect(200, importCsv(null, march.getBytes(StandardCharsets.UTF_8))).json().getInt("created"));
        String corrected = HEADER + ids.get(1) + ",甲二," + first + ",2025-03\n" + ids.get(2) + ",甲三," + first + ",2025-03\n";
        JsonObject r = expect(200, importCsv(null, corrected.getBytes(StandardCharsets.UTF_8))).json();
        assertEquals(List.of(1, 1), List.of(r.getInt("created"), r.getInt("unchanged")), r::toString);
        assertTrue(r.getJsonArray("notes").toString().contains("原有 1 条发薪记录不在本次名单中，已删除"), r::toString);
        Map<String, String> paid = rulesById(findings("month=2025-03"));
        assertTrue(paid.keySet().containsAll(List.of(ids.get(1), ids.get(2), ids.get(3))), paid::toString);
        assertNull(paid.get(ids.get(0)), "replaced by the corrected list of " + first);
    }

    @Test
    void downloadsCarryEveryFindingAndRolesWithoutFullNumbersSeeThemMasked() throws Exception {
        String payer = unit(true, "瑞安市人力资源和社会保障局", null);
        String quotaUnit = unit(true, "瑞安市医疗保障局", null);
        Map<String, String> mismatched = registered("秦");
        occupy(mismatched, quotaUnit, "2022-01-01");
        String list = HEADER + line(mismatched, payer, "2026-04");
        expect(200, importCsv(null, list.getBytes(StandardCharsets.UTF_8)));

        var csv = expect(200, api.get("payroll/findings?month=2026-04&format=csv&unit=" + quotaUnit));
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        List<String> lines = csv.raw().strip().lines().toList();
        assertEquals(2, lines.size(), csv.raw());
        assertTrue(lines.get(0).contains("问题类型") && lines.get(1).contains("发薪单位与编制单位不符")
                && lines.get(1).contains(mismatched.get("idNumber")), csv.raw());
        long personId = Long.parseLong(mismatched.get("id"));
        assertTrue(expect(200, api.get("access-log?person=" + personId)).items().stream()
                .anyMatch(e -> e.asJsonObject().getString("path").contains("payroll/findings")), "a full ID number shown is logged");

        try (var book = new XSSFWorkbook(new ByteArrayInputStream(api.getBytes("payroll/findings?month=2026-04&format=xlsx&unit=" + quotaUnit)))) {
            var sheet = book.getSheetAt(0);
            assertEquals("问题类型", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("PAYING_UNIT_MISMATCH", sheet.getRow(1).getCell(1).getStringCellValue());
            assertEquals(1, sheet.getLastRowNum());
        }

        expect(201, api.post("accounts", Api.obj("username", "payroll-inspector", "displayName", "比对检查", "password", "Inspect2026pass",
                "role", "INSPECTOR")));
        Api inspector = api.withToken(null).signIn("payroll-inspector", "Inspect2026pass");
        String masked = mismatched.get("idNumber").substring(0, 6) + "********" + mismatched.get("idNumber").substring(14);
        JsonObject seen = expect(200, inspector.get("payroll/findings?month=2026-04&unit=" + quotaUnit)).json();
        assertEquals(masked, seen.getJsonArray("items").getJsonObject(0).getString("idNumber"));
        String inspectorsCsv = expect(200, inspector.get("payroll/findings?month=2026-04&format=csv&unit=" + quotaUnit)).raw();
        assertTrue(inspectorsCsv.contains(masked) && !inspectorsCsv.contains(mismatched.get("idNumber")), inspectorsCsv);

        expect(201, api.post("accounts", Api.obj("username", "payroll-clerk", "displayName", "比对单位", "password", "Clerk2026pass",
                "role", "UNIT_CLERK", "unitCode", quotaUnit)));
        Api clerk = api.withToken(null).signIn("payroll-clerk", "Clerk2026pass");
        expect(403, clerk.get("payroll/findings?month=2026-04"));
        expect(403, clerk.postBytes("imports/payroll", "text/csv", list.getBytes(StandardCharsets.UTF_8)));
    }
}
