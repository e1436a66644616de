package org.bianzhi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Import jobs: a file above the synchronous limit (500 rows in these tests, 50,000 in service) answers 202
 * with a job to follow; a job can be cancelled; rejected rows come back as a spreadsheet to correct.
 */
class ImportJobIT extends ApiTest {

    private static final String HEADER = "身份证号,姓名,人员身份,编制单位代码,编制类型,入编日期,工作单位代码,岗位类型\n";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** {@code n} civil servants of {@code unit}, each with an administrative quota and post; their ID numbers go to {@code ids}. */
    private static byte[] roster(String unit, int n, List<String> ids) {
        StringBuilder csv = new StringBuilder(HEADER);
        String name = Fixtures.uniqueName("郑");
        for (int i = 0; i < n; i++) {
            String id = Fixtures.idNumber(LocalDate.of(1970, 1, 1).plusDays(i % 9000), i % 2 == 0);
            ids.add(id);
            csv.append(id).append(',').append(name).append(",公务员,").append(unit).append(",行政编制,2021-01-01,")
                    .append(unit).append(",行政岗位\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private JsonObject untilFinished(long id) {
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline) {
            JsonObject job = expect(200, api.get("import-jobs/" + id)).json();
            if (job.getBoolean("finished")) return job;
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
        return fail("import job " + id + " did not finish within 3 minutes");
    }

    /** Types a new value into a cell, as a clerk does in a spreadsheet program. */
    private static void retype(Row row, int column, String value) {
        row.removeCell(row.getCell(column));
        row.createCell(column).setCellValue(value);
    }

    private int occupied(String unit) {
        return line(unit, "ADMINISTRATIVE", TODAY.toString()).getInt("occupied");
    }

    @Test
    void aLargeFileBecomesAJobWhoseProgressIsFollowedToTheEnd() throws IOException {
        String unit = unit(true, "瑞安市大数据局", null);
        approveQuota(unit, "ADMINISTRATIVE", 100, "2020-01-01");
        List<String> ids = new ArrayList<>();
        byte[] file = roster(unit, 3000, ids);
        var answer = expect(202, api.postBytes("imports/roster?fileName=roster.csv", "text/csv", file));
        long id = answer.json().getJsonNumber("id").longValue();
        assertTrue(answer.location().endsWith("/api/v1/import-jobs/" + id), answer.location());
        assertEquals("/api/v1/import-jobs/" + id, answer.json().getJsonObject("links").getString("self"));

        JsonObject job = untilFinished(id);
        assertEquals("SUCCEEDED", job.getString("state"), job::toString);
        assertEquals(List.of(3000, 3000, 3000, 0, 100), List.of(job.getInt("rowsRead"), job.getInt("rowsStored"),
                job.getInt("rowsCreated"), job.getInt("rowsRejected"), job.getInt("percentDone")), job::toString);
        assertTrue(job.getJsonNumber("rowsPerSecond").doubleValue() > 0, job::toString);
        assertEquals(0, job.getInt("secondsLeft"));
        assertEquals("UTF-8", job.getString("fileFormat"));
        assertEquals(3000, occupied(unit));
        long person = expect(200, api.get("people?q=" + ids.get(1234))).json().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
        JsonObject change = expect(200, api.get("people/" + person)).json().getJsonArray("changes").getJsonObject(0);
        assertEquals(List.of("批量导入登记（数据时点 " + TODAY + "）", "{\"importJob\":" + id + ",\"asOf\":\"" + TODAY + "\",\"row\":1236}"),
                List.of(change.getString("action"), change.getString("after")), change::toString);
        assertTrue(expect(200, api.get("import-jobs")).items().stream()
                .anyMatch(j -> j.asJsonObject().getJsonNumber("id").longValue() == id));

        // the same file again, waited for (wait=true): the finished report, every row already on record
        JsonObject again = expect(200, api.postBytes("imports/roster?wait=true", "text/csv", file)).json();
        assertEquals(List.of(3000, 0, 3000), List.of(again.getInt("rows"), again.getInt("created"), again.getInt("unchanged")));
        assertEquals(3000, occupied(unit));

        // exported as XLSX from one cursor, while access-log lines are written every 1,000 people: everyone, once
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(api.getBytes("exports/roster?format=xlsx&unit=" + unit)))) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter text = new DataFormatter();
            List<String> exported = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) exported.add(text.formatCellValue(sheet.getRow(r).getCell(0)));
            assertEquals(ids.stream().sorted().toList(), exported.stream().sorted().toList());
        }
    }

    @Test
    void aCancelledAllOrNothingJobLeavesTheRegistryExactlyAsItWas() {
        String unit = unit(true, "瑞安市档案局", null);
        approveQuota(unit, "ADMINISTRATIVE", 100, "2020-01-01");
        List<String> ids = new ArrayList<>();
        var answer = expect(202, api.postBytes("imports/roster", "text/csv", roster(unit, 20_000, ids)));
        long id = answer.json().getJsonNumber("id").longValue();
        var cancel = api.post("import-jobs/" + id + "/cancel", "{}");
        assertEquals(200, cancel.status(), "the job finished before it could be cancelled: " + cancel);
        assertTrue(cancel.json().getBoolean("cancelRequested"));

        JsonObject job = untilFinished(id);
        assertEquals("CANCELLED", job.getString("state"), job::toString);
        assertEquals(0, job.getInt("rowsStored"));
        assertEquals(0, occupied(unit));
        for (String idNumber : List.of(ids.get(0), ids.get(ids.size() - 1))) {
            assertEquals(0, expect(200, api.get("people?q=" + idNumber)).json().getInt("total"));
        }
        assertEquals("job-finished", expect(409, api.post("import-jobs/" + id + "/cancel", "{}")).json().getString("code"));
    }

    @Test
    void rejectedRowsComeBackAsASpreadsheetThatImportsOnceCorrected() throws IOException {
        String unit = unit(true, "瑞安市信访局", null);
        approveQuota(unit, "ADMINISTRATIVE", 100, "2020-01-01");
        List<String> ids = new ArrayList<>();
        String good = new String(roster(unit, 3, ids), StandardCharsets.UTF_8);
        String badId = ids.get(0).substring(0, 17) + (ids.get(0).charAt(17) == '0' ? '1' : '0');
        String name = Fixtures.uniqueName("何");
        String unknownUnit = Fixtures.unitCode(true);
        String otherId = Fixtures.idNumber(LocalDate.of(1985, 5, 5), true);
        String csv = good + badId + "," + name + ",公务员," + unit + ",行政编制,2021-01-01," + unit + ",行政岗位\n"
                + otherId + "," + name + ",公务员," + unknownUnit + ",行政编制,2021-01-01," + unknownUnit + ",行政岗位\n";
        JsonObject report = expect(200, api.postBytes("imports/roster?mode=valid-rows", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8))).json();
        assertEquals(3, report.getInt("created"), report::toString);
        assertEquals(List.of(5, 6), report.getJsonArray("rejected").stream()
                .map(v -> v.asJsonObject().getInt("row")).distinct().toList(), report::toString);
        String jobPath = report.getString("job").replace("/api/v1/", "");
        JsonObject job = expect(200, api.get(jobPath)).json();
        assertEquals(2, job.getInt("rowsRejected"));
        assertNotNull(job.getJsonObject("links").getString("rejectedRows"));

        byte[] rejected = api.getBytes(jobPath + "/rejected-rows");
        byte[] corrected;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(rejected))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter text = new DataFormatter();
            Row header = sheet.getRow(0);
            int reasonColumn = header.getLastCellNum() - 1;
            assertEquals("错误原因", text.formatCellValue(header.getCell(reasonColumn)));
            assertEquals(2, sheet.getLastRowNum(), "header and the two rejected rows");
            Row first = sheet.getRow(1);
            Row second = sheet.getRow(2);
            assertEquals(badId, text.formatCellValue(first.getCell(0)));
            assertTrue(text.formatCellValue(first.getCell(reasonColumn)).contains("校验位"), () -> text.formatCellValue(first.getCell(reasonColumn)));
            assertTrue(text.formatCellValue(second.getCell(reasonColumn)).contains(unknownUnit + " 未登记"));
            // the clerk corrects the two rows in the spreadsheet and imports it again
            retype(first, 0, Fixtures.idNumber(LocalDate.of(1986, 6, 6), false));
            retype(second, 3, unit);
            retype(second, 6, unit);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            corrected = out.toByteArray();
        }
        JsonObject again = expect(200, api.postBytes("imports/roster", XLSX, corrected)).json();
        assertEquals(List.of(2, 2, 0), List.of(again.getInt("rows"), again.getInt("created"), again.getJsonArray("rejected").size()),
                again::toString);
        assertTrue(again.getJsonArray("notes").toString().contains("错误原因"), again::toString);
        assertEquals(5, occupied(unit));
        JsonObject links = expect(200, api.get(again.getString("job").replace("/api/v1/", ""))).json().getJsonObject("links");
        assertNull(links.get("rejectedRows"), links::toString);
    }

    @Test
    void aUnitClerkFollowsOnlyTheirOwnJobs() {
        String unit = unit(true, "瑞安市统计局", null);
        JsonObject report = expect(200, api.postBytes("imports/roster", "text/csv", roster(unit, 2, new ArrayList<>()))).json();
        String jobPath = report.getString("job").replace("/api/v1/", "");
        expect(201, api.post("accounts", Api.obj("username", "clerk-jobs", "displayName", "测试用户", "password", "Secure2026pass",
                "role", "UNIT_CLERK", "unitCode", unit)));
        Api clerk = api.withToken(null).signIn("clerk-jobs", "Secure2026pass");
        expect(404, clerk.get(jobPath));
        assertTrue(expect(200, clerk.get("import-jobs")).items().isEmpty());
        JsonObject own = expect(200, clerk.postBytes("imports/roster", "text/csv", roster(unit, 1, new ArrayList<>()))).json();
        expect(200, clerk.get(own.getString("job").replace("/api/v1/", "")));
        assertEquals(1, expect(200, clerk.get("import-jobs")).items().size());
    }
}
