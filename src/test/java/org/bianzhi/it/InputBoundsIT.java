package org.bianzhi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bianzhi.roster.domain.IdNumber;
import org.junit.jupiter.api.Test;

/**
 * Over-long texts, absurd lists and absurd dates are 422 naming the field (or a row error naming the column), never a 500
 * from the database, and nothing of them is stored (issue 19, items 7 and 8).
 */
class InputBoundsIT extends ApiTest {

    /** A 422 problem whose first error names {@code field}, with a Chinese detail without class names or SQL. */
    private Api.Answer refused(Api.Answer answer, String field) {
        expect(422, answer);
        assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
        assertEquals(field, answer.json().getJsonArray("errors").getJsonObject(0).getString("field"), answer::toString);
        String detail = answer.json().getString("detail");
        assertTrue(detail.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), detail);
        assertFalse(detail.contains("Exception") || detail.contains("org.") || detail.toLowerCase().contains("insert"), detail);
        return answer;
    }

    @Test
    void aTenMegabyteReasonIs422NamingTheFieldAndNoPlanIsStored() {
        String unit = unit(false, "瑞安市长文本测试中心", null);
        String reason = "x".repeat(10 * 1024 * 1024); // 10 MB
        var answer = refused(api.post("staffing-plans", Api.obj("unitCode", unit, "quotaType", "PUBLIC_INSTITUTION", "count", 1,
                "reason", reason)), "reason");
        assertEquals("reason 不能超过 500 个字符（现有 10485760 个）", answer.json().getString("detail"));
        assertFalse(expect(200, api.get("staffing-plans?unit=" + unit)).raw().contains(unit), "no plan of the unit was stored");
    }

    @Test
    void longApprovalTextsAndAbsurdValidFromDatesAre422AndNoApprovalIsStored() {
        String unit = unit(true, "瑞安市长文号测试局", null);
        refused(api.post("units/" + unit + "/quotas", Api.obj("quotaType", "ADMINISTRATIVE", "approved", 3, "validFrom", "2024-01-01",
                "basisDocument", "瑞编〔2024〕" + "1".repeat(5000) + "号")), "basisDocument");
        refused(api.post("units/" + unit + "/leadership", Api.obj("category", "UNIT_PRINCIPAL", "approved", 1, "validFrom", "2024-01-01",
                "basisDocument", "文".repeat(5000))), "basisDocument");
        for (String absurd : List.of("9999-12-31", "+10000-01-01", "0000-01-01", "1800-01-01")) {
            var answer = api.post("units/" + unit + "/quotas", Api.obj("quotaType", "ADMINISTRATIVE", "approved", 3, "validFrom", absurd,
                    "basisDocument", "瑞编〔2024〕1号"));
            refused(answer, "validFrom");
        }
        JsonObject e = expect(200, api.get("units/" + unit + "/establishment")).json();
        assertEquals(0, e.getJsonArray("quotas").size(), "nothing of the refused approvals was stored: " + e);
    }

    @Test
    void aHundredThousandAliasesAre422AndTheUnitIsNotRegistered() {
        String code = Fixtures.unitCode(true);
        var aliases = Json.createArrayBuilder();
        for (int i = 0; i < 100_000; i++) aliases.add("别名" + i);
        var answer = refused(api.post("units", Api.obj("code", code, "name", Fixtures.unitName("瑞安市别名测试局"), "kind", "ORGAN",
                "regionCode", "330381", "level", "COUNTY", "funding", "FULL", "validFrom", "2020-01-01",
                "basisDocument", "瑞编〔2020〕1号", "aliases", aliases.build())), "aliases");
        assertTrue(answer.json().getString("detail").contains("（现有 100000 项）"), answer::toString);
        expect(404, api.get("units/" + code));
    }

    @Test
    void aComplaintReceivedInYearZeroOrBefore2000Is422() {
        String username = "bounds-handler-" + System.nanoTime() % 100000;
        expect(201, api.post("accounts", Api.obj("username", username, "displayName", "举报测试", "password", "Jubao2026bounds",
                "role", "COMPLAINT_HANDLER")));
        Api handler = api.withToken(null).signIn(username, "Jubao2026bounds");
        for (String absurd : List.of("0000-01-01", "-0001-01-01", "1800-01-01", "1999-12-31")) {
            refused(handler.post("complaints", Api.obj("channel", "PHONE", "receivedOn", absurd, "subject", "BOUNDS-TEST " + absurd,
                    "categories", "[\"OTHER\"]", "anonymous", true)), "receivedOn");
        }
        assertFalse(expect(200, handler.get("complaints?q=BOUNDS-TEST")).raw().contains("BOUNDS-TEST"), "no refused complaint was stored");
    }

    @Test
    void aPersonWhoseIdNumberIsBornIn2099Or1800IsRefused() {
        for (LocalDate birth : List.of(LocalDate.of(2099, 1, 1), TODAY.plusDays(1))) {
            var answer = refused(api.post("people", Api.obj("idNumber", Fixtures.idNumber(birth, true), "name", "未来人",
                    "identity", "CIVIL_SERVANT")), "idNumber");
            assertTrue(answer.json().getString("detail").contains("晚于今天"), answer::toString);
        }
        String born1899 = "33038118991231001";
        refused(api.post("people", Api.obj("idNumber", born1899 + IdNumber.checkCharacter(born1899), "name", "古人", "identity", "CIVIL_SERVANT")), "idNumber");
    }

    @Test
    void anImportedCellLongerThanItsColumnIsARowErrorAndTheRejectedRowsFileStillDownloads() throws Exception {
        String longName = "长".repeat(101);
        String hugeAlias = "别".repeat(40_000);
        String csv = "单位代码,单位名称,别名,机构类型,行政区划代码,层级,经费形式,设立日期\n"
                + Fixtures.unitCode(true) + "," + longName + ",,机关,330381,县,全额拨款,2020-01-01\n"
                + Fixtures.unitCode(true) + "," + Fixtures.unitName("瑞安市别名导入局") + "," + hugeAlias + ",机关,330381,县,全额拨款,2020-01-01\n"
                + Fixtures.unitCode(true) + "," + Fixtures.unitName("瑞安市远古局") + ",,机关,330381,县,全额拨款,0000-01-01\n";
        var answer = expect(422, api.postBytes("imports/units", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        var rejected = answer.json().getJsonArray("rejected").stream().map(v -> v.asJsonObject())
                .map(r -> r.getInt("row") + " " + r.getString("column")).toList();
        assertEquals(List.of("2 单位名称", "3 别名", "4 设立日期"), rejected, answer::toString);
        assertTrue(answer.raw().contains("单位名称不能超过 100 个字符（现有 101 个）"), answer::toString);
        long job = answer.json().getJsonNumber("jobId").longValue();
        byte[] file = api.getBytes("import-jobs/" + job + "/rejected-rows");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            String cell = wb.getSheetAt(0).getRow(2).getCell(2).getStringCellValue();
            assertTrue(cell.startsWith("别别") && cell.endsWith("…（已截断：原文 40000 个字符，表格单元格最多 32767 个）"), cell.substring(cell.length() - 60));
        }
    }
}
