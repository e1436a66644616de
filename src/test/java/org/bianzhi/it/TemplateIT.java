package org.bianzhi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * 导入模板 (GET /imports/{kind}/template) as a unit uses it: downloaded, filled in a spreadsheet (here with POI, typing
 * the example values of the 说明 sheet into row 2 of the data sheet, as Excel would into its formatted columns) and
 * imported; an untouched template imports nothing. And the exported roster keeps ID numbers text and dates dates.
 */
class TemplateIT extends ApiTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<String> KINDS = List.of("units", "quotas", "leadership", "roster", "payroll",
            "travel-applications", "border-crossings", "document-issuances", "exit-certificates");
    private static final Map<String, String> LABELS = Map.of("units", "机构", "quotas", "编制核定", "leadership", "领导职数核定",
            "roster", "实名人员花名册", "payroll", "工资名单", "travel-applications", "因私出国（境）审批记录", "border-crossings", "出入境记录",
            "document-issuances", "证件签发记录", "exit-certificates", "出国（境）证明");

    private byte[] download(Api as, String kind) {
        Api.Answer answer = expect(200, as.get("imports/" + kind + "/template"));
        assertTrue(answer.contentType().startsWith(XLSX), answer.contentType());
        String encoded = URLEncoder.encode(LABELS.get(kind) + "导入模板.xlsx", StandardCharsets.UTF_8).replace("+", "%20");
        assertEquals("attachment; filename=\"" + kind + "-template.xlsx\"; filename*=UTF-8''" + encoded,
                answer.header("Content-Disposition"));
        return as.getBytes("imports/" + kind + "/template");
    }

    /** The 示例 column of the 说明 sheet, by column name: dates as dates, numbers as numbers, the rest as text. */
    private static Map<String, Object> example(XSSFWorkbook wb) {
        Sheet sheet = wb.getSheet("说明");
        Map<String, Object> example = new LinkedHashMap<>();
        boolean table = false;
        for (Row row : sheet) {
            Cell name = row.getCell(0);
            if (name == null) continue;
            if (table) {
                Cell value = row.getCell(5);
                if (value == null) continue;
                Object v = value.getCellType() == CellType.STRING ? value.getStringCellValue()
                        : DateUtil.isCellDateFormatted(value) ? value.getLocalDateTimeCellValue().toLocalDate()
                        : (Object) (int) value.getNumericCellValue();
                example.put(name.getStringCellValue(), v);
            }
            if (name.getStringCellValue().equals("列名")) table = true;
        }
        return example;
    }

    /** The template with {@code values} typed into row 2 of its data sheet. */
    private static byte[] filled(byte[] template, Map<String, Object> values) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet data = wb.getSheetAt(0);
            Row header = data.getRow(0);
            Row row = data.createRow(1);
            for (Cell h : header) {
                Object v = values.get(h.getStringCellValue());
                if (v == null) continue;
                Cell cell = row.createCell(h.getColumnIndex()); // takes the column's format, as a typed cell does
                if (v instanceof LocalDate d) cell.setCellValue(d);
                else if (v instanceof Integer n) cell.setCellValue(n);
                else cell.setCellValue(v.toString());
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void everyKindsTemplateFilledWithItsExampleImportsAndAnUntouchedOneImportsNothing() throws Exception {
        String unit = unit(true, "瑞安市模板测试局", null);
        String id = Fixtures.idNumber(LocalDate.of(1990, 1, 1), true);
        String name = Fixtures.uniqueName("张");
        for (String kind : KINDS) {
            byte[] template = download(api, kind);
            Map<String, Object> values;
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
                assertEquals(LABELS.get(kind), wb.getSheetName(0));
                values = example(wb);
            }
            assertTrue(values.size() >= 4, kind + ": " + values);
            // the example as it is, but for a unit and a person of this test
            for (String code : List.of("单位代码", "编制单位代码", "工作单位代码", "发薪单位代码", "审批单位代码")) values.computeIfPresent(code, (k, v) -> unit);
            values.computeIfPresent("身份证号", (k, v) -> id);
            values.computeIfPresent("姓名", (k, v) -> name);
            values.remove("增人通知单号"); // numbers are unique in the registry; the example's may be taken
            values.computeIfPresent("入编日期", (k, v) -> LocalDate.of(2021, 9, 1)); // this test's unit exists from 2020 on
            if (kind.equals("units")) {
                values.put("单位代码", Fixtures.unitCode(true));
                values.put("单位名称", Fixtures.unitName("瑞安市模板示例局"));
                values.put("别名", Fixtures.unitName("模板示例局"));
            }
            Api.Answer untouched = api.postBytes("imports/" + kind + "?wait=true", XLSX, template);
            assertEquals(422, untouched.status(), kind + ": " + untouched);
            assertTrue(untouched.raw().contains("没有数据行"), untouched.raw());

            JsonObject report = expect(200, api.postBytes("imports/" + kind + "?wait=true", XLSX, filled(template, values))).json();
            assertEquals(1, report.getInt("rows"), kind + ": " + report);
            assertEquals(0, report.getJsonArray("rejected").size(), kind + ": " + report);
            assertEquals(1, report.getInt("created") + report.getInt("updated"), kind + ": " + report);
        }
    }

    @Test
    void theTemplatesGoToTheRolesThatImportTheirKind() {
        String unit = unit(true, "瑞安市模板权限局", null);
        expect(201, api.post("accounts", Api.obj("username", "template-clerk", "displayName", "模板测试", "password", "Template2026pass",
                "role", "UNIT_CLERK", "unitCode", unit)));
        expect(201, api.post("accounts", Api.obj("username", "template-cadre", "displayName", "模板测试", "password", "Template2026pass",
                "role", "CADRE_SUPERVISION")));
        Api clerk = api.withToken(null).signIn("template-clerk", "Template2026pass");
        Api cadre = api.withToken(null).signIn("template-cadre", "Template2026pass");
        for (String kind : KINDS) {
            boolean clerkImports = kind.equals("roster");
            boolean cadreImports = !List.of("units", "quotas", "leadership", "roster", "payroll").contains(kind);
            assertEquals(clerkImports ? 200 : 403, clerk.get("imports/" + kind + "/template").status(), "clerk " + kind);
            assertEquals(cadreImports ? 200 : 403, cadre.get("imports/" + kind + "/template").status(), "cadre " + kind);
        }
        expect(404, api.get("imports/people/template"));
    }

    @Test
    void theExportedRosterKeepsIdNumbersAsTextDatesAsDatesAndImportsAgainUnchanged() throws Exception {
        String unit = unit(true, "瑞安市导出格式局", null);
        String id = Fixtures.idNumber(LocalDate.of(1985, 3, 4), false);
        String roster = "身份证号,姓名,人员身份,编制单位代码,编制类型,入编日期,工作单位代码,岗位类型\n"
                + id + "," + Fixtures.uniqueName("林") + ",公务员," + unit + ",行政编制,2021-09-01," + unit + ",行政岗位\n";
        expect(200, api.postBytes("imports/roster", "text/csv", roster.getBytes(StandardCharsets.UTF_8)));
        Api.Answer answer = expect(200, api.get("exports/roster?format=xlsx&unit=" + unit));
        assertTrue(answer.header("Content-Disposition").startsWith("attachment; filename=\"roster.xlsx\"; filename*=UTF-8''"),
                answer.header("Content-Disposition"));
        byte[] file = api.getBytes("exports/roster?format=xlsx&unit=" + unit);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = wb.getSheetAt(0);
            Map<String, Integer> col = new LinkedHashMap<>();
            for (Cell h : sheet.getRow(0)) col.put(h.getStringCellValue(), h.getColumnIndex());
            Row row = sheet.getRow(1);
            assertEquals("@", sheet.getColumnStyle(col.get("身份证号")).getDataFormatString(), "a row a clerk adds stays text");
            assertEquals("@", sheet.getColumnStyle(col.get("编制单位代码")).getDataFormatString());
            assertEquals(id, row.getCell(col.get("身份证号")).getStringCellValue());
            Cell entered = row.getCell(col.get("入编日期"));
            assertEquals(CellType.NUMERIC, entered.getCellType());
            assertEquals("yyyy-mm-dd", entered.getCellStyle().getDataFormatString());
            assertEquals(LocalDate.of(2021, 9, 1), entered.getLocalDateTimeCellValue().toLocalDate());
            assertEquals(null, row.getCell(col.get("借调批准文号")), "an empty value is no cell");
        }
        JsonObject again = expect(200, api.postBytes("imports/roster", XLSX, file)).json();
        assertEquals(1, again.getInt("unchanged"), again::toString);
        assertEquals(0, again.getInt("created") + again.getInt("updated") + again.getJsonArray("rejected").size(), again::toString);
    }
}
