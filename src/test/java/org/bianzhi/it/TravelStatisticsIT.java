package org.bianzhi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 统计表 of seeds 001 and 002 through the API: a county office with two bureaus, people filed or not, documents handed
 * in or not, a case handled twice — each form's lines hold the numbers a clerk would count by hand, and the XLSX is
 * the form with those numbers on the bureau's row.
 */
class TravelStatisticsIT extends ApiTest {

    private static final long RUN = System.currentTimeMillis() % 1_000_000L;
    private static int seq;

    private String county;
    private String bureauA;
    private String bureauB;
    private long b2;

    private long personAt(String unit, String category) {
        long id = person(Fixtures.uniqueName("欧阳"), "CIVIL_SERVANT", LocalDate.of(1972, 5, 6)).getJsonNumber("id").longValue();
        if (category != null) {
            expect(201, api.post("people/" + id + "/appointments", Api.obj("unitCode", unit, "category", category,
                    "validFrom", "2026-01-05", "basisDocument", "瑞委〔2026〕3号")));
        } else {
            expect(201, api.post("people/" + id + "/postings", Api.obj("unitCode", unit, "postType", "ADMINISTRATIVE_POST",
                    "validFrom", "2026-01-05", "basisDocument", "存量登记")));
        }
        return id;
    }

    private void file(long person, String category, String reportedOn) {
        expect(201, api.post("travel/filings", Api.obj("personId", person, "category", category, "department", "瑞安市委组织部",
                "since", "2026-02-01", "reportedOn", reportedOn, "basisDocument", "瑞组〔2026〕5号")));
    }

    private long document(long person, String type, String number) {
        return expect(201, api.post("travel/documents", Api.obj("lateReason", "据原台账补录", "personId", person, "docType", type, "docNumber", number,
                "issuedOn", "2023-01-01", "expiresOn", "2033-01-01", "declaredOn", "2026-02-15", "basisDocument", "个人报告")))
                .json().getJsonObject("document").getJsonNumber("id").longValue();
    }

    private static String digits() {
        return String.format("%08d", (RUN * 100 + ++seq) % 100_000_000L);
    }

    /** 县 with 甲局 and 乙局: in 甲局 a filed head with a passport in custody and a permit not handed in, and a filed
     * clerk not yet reported; in 乙局 a deputy nobody filed, and a filed head handled twice for a trip without approval. */
    @BeforeEach
    void county() {
        county = unit(true, "统计测试县委", null);
        bureauA = unit(true, "统计测试甲局", county);
        bureauB = unit(true, "统计测试乙局", county);
        approveQuota(bureauA, "ADMINISTRATIVE", 3, "2026-01-01");
        expect(201, api.post("notices", increase(bureauA, "ADMINISTRATIVE", Fixtures.uniqueName("公孙"), null)));

        long a1 = personAt(bureauA, "UNIT_PRINCIPAL");
        file(a1, "TOWNSHIP_LEADER", "2026-02-10");
        long passport = document(a1, "PASSPORT", "E" + digits());
        expect(200, api.post("travel/documents/" + passport + "/hand-in", Api.obj("lateReason", "据原台账补录", "date", "2026-03-01")));
        document(a1, "HK_MACAO_PERMIT", "C" + digits());
        long a2 = personAt(bureauA, null);
        file(a2, "SENSITIVE_POST", null);

        personAt(bureauB, "UNIT_DEPUTY");
        b2 = personAt(bureauB, "UNIT_PRINCIPAL");
        file(b2, "COUNTY_LEVEL_CADRE", "2026-02-03");
        long c = expect(201, api.post("travel/cases", Api.obj("personId", b2, "problemClass", "UNAPPROVED_TRIP",
                "description", "2026年3月未经批准赴泰国", "foundOn", "2026-04-01", "cadreRank", "COUNTY"))).json()
                .getJsonNumber("id").longValue();
        for (String method : List.of("CRITICISM", "REASSIGNMENT")) {
            expect(200, api.post("travel/cases/" + c + "/handlings", Api.obj("method", method, "decidedOn", "2026-04-10",
                    "decisionDocument", "瑞组〔2026〕11号")));
        }
    }

    private Map<String, JsonObject> lines(JsonObject report) {
        return report.getJsonArray("lines").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(l -> l.getString("unitName"), l -> l.getJsonObject("values")));
    }

    private JsonObject report(String form, String query) {
        return expect(200, api.get("travel/statistics/" + form + "?unit=" + county + query)).json();
    }

    private static long n(JsonObject values, String key) {
        return values.getJsonNumber(key).longValue();
    }

    @Test
    void managementFormCountsStaffFilingsAndDocumentsPerBureau() {
        JsonObject r = report("MANAGEMENT", "&to=2026-06-30");
        assertEquals("干部因私出国（境）管理工作有关情况统计表", r.getString("title"));
        Map<String, JsonObject> lines = lines(r);
        assertEquals(3, lines.size(), lines.keySet()::toString);
        JsonObject a = lines.entrySet().stream().filter(e -> e.getKey().contains("甲局")).findFirst().orElseThrow().getValue();
        JsonObject b = lines.entrySet().stream().filter(e -> e.getKey().contains("乙局")).findFirst().orElseThrow().getValue();
        assertEquals(1, n(a, "staff"));
        assertEquals(2, n(a, "required"));
        assertEquals(1, n(a, "filed"), "the filing not yet reported is not 实备");
        assertEquals(2, n(a, "toCollect"));
        assertEquals(1, n(a, "collected"));
        assertEquals(1, n(a, "heldPASSPORT"));
        assertEquals(0, n(a, "heldHK_MACAO_PERMIT"));
        assertEquals(2, n(b, "required"), "the deputy nobody filed is 应备 too");
        assertEquals(1, n(b, "filed"));
        JsonObject total = r.getJsonObject("total").getJsonObject("values");
        assertEquals(4, n(total, "required"));
        assertEquals(2, n(total, "filed"));
        // before the documents were handed in, nothing was held
        JsonObject early = report("MANAGEMENT", "&from=2026-01-01&to=2026-02-20").getJsonObject("total").getJsonObject("values");
        assertEquals(0, n(early, "collected"));
    }

    @Test
    void campaignAndGovernanceFormsCountProblemsAndHandlingsOfThePeriod() {
        JsonObject campaign = report("CAMPAIGN", "&from=2026-01-01&to=2026-06-30").getJsonObject("total").getJsonObject("values");
        assertEquals(3, n(campaign, "newlyFiled"));
        assertEquals(1, n(campaign, "newlyCollected"));
        assertEquals(1, n(campaign, "problemUNAPPROVED_TRIP"));
        assertEquals(1, n(campaign, "unapprovedTravellers"), "the same person as 未经批准擅自出国 when the look-back is the period");
        assertEquals(1, n(campaign, "handledPeople"));
        assertEquals(1, n(campaign, "methodCRITICISM"));
        assertEquals(1, n(campaign, "methodREASSIGNMENT"));
        JsonObject later = report("CAMPAIGN", "&from=2026-05-01&to=2026-06-30").getJsonObject("total").getJsonObject("values");
        assertEquals(0, n(later, "handledPeople"), "handled in April: outside May–June");
        assertEquals(0, n(later, "newlyFiled"));

        JsonObject governance = report("GOVERNANCE", "&from=2026-01-01&to=2026-06-30");
        JsonObject b = lines(governance).entrySet().stream().filter(e -> e.getKey().contains("乙局")).findFirst().orElseThrow().getValue();
        assertEquals(1, n(b, "governedUnits"));
        assertEquals(1, n(b, "filedCOUNTY_LEVEL_CADRE"));
        assertEquals(1, n(b, "handledUnits"));
        assertEquals(1, n(b, "rankCOUNTY"));
        JsonObject total = governance.getJsonObject("total").getJsonObject("values");
        assertEquals(3, n(total, "filedTotal"));
        assertEquals(1, n(total, "filedSENSITIVE_POST"));
        assertEquals(2, n(total, "governedUnits"));
    }

    @Test
    void aPermitStillNotHandedInIsIrregularlyHeldInEveryLaterPeriodAndTheFormSaysHowItCounts() {
        // 甲局's head declared a permit on 2026-02-15 and never handed it in
        JsonObject mayJune = report("GOVERNANCE", "&from=2026-05-01&to=2026-06-30");
        JsonObject a = lines(mayJune).entrySet().stream().filter(e -> e.getKey().contains("甲局")).findFirst().orElseThrow().getValue();
        assertEquals(1, n(a, "problemIRREGULARLY_HELD"), "it began before May and persists: " + mayJune);
        JsonObject beforeDue = report("GOVERNANCE", "&from=2026-01-01&to=2026-02-20").getJsonObject("total").getJsonObject("values");
        assertEquals(0, n(beforeDue, "problemIRREGULARLY_HELD"), "not yet due");
        assertTrue(mayJune.getJsonArray("notes").getString(0).contains("在其存续的每个统计期间都计入"), mayJune::toString);
        JsonObject lookBack = report("CAMPAIGN", "&from=2026-05-01&to=2026-06-30&since=2016-01-01");
        assertTrue(lookBack.getJsonArray("columns").toString().contains("2016年1月1日以来未经审批出国（境）人数"), lookBack::toString);
        expect(422, api.get("travel/statistics/CAMPAIGN?unit=" + county + "&to=2026-06-30&since=2026-07-01"));
    }

    @Test
    void theXlsxIsTheFormWithTheBureausNumbersOnItsRow() throws Exception {
        byte[] xlsx = api.getBytes("travel/statistics/GOVERNANCE?unit=" + county + "&from=2026-01-01&to=2026-06-30&format=xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet s = book.getSheetAt(0);
            assertEquals("专项治理工作情况汇总统计表", s.getRow(0).getCell(0).getStringCellValue());
            assertEquals("处理情况", s.getRow(2).getCell(16).getStringCellValue(), "the seed's 17th column");
            Row b = null;
            for (Row row : s) {
                if (row.getCell(1) != null && row.getCell(1).getStringCellValue().contains("乙局")) b = row;
            }
            assertTrue(b != null, "乙局 has its row");
            assertEquals(1.0, b.getCell(4).getNumericCellValue(), "县处级以上在职干部");
            assertEquals(1.0, b.getCell(16).getNumericCellValue(), "处理单位数");
            assertEquals(1.0, b.getCell(20).getNumericCellValue(), "县处级 handled");
            assertEquals(31, s.getRow(4).getLastCellNum(), "31 printed columns");
        }
    }

    @Test
    void aClerkGetsTheirOwnBureauAndBadRequestsSayWhatToFix() {
        String username = "stat-clerk-" + RUN + "-" + (++seq);
        expect(201, api.post("accounts", Api.obj("username", username, "displayName", "统计测试", "password", "Tongji2026itest",
                "role", "UNIT_CLERK", "unitCode", bureauA)));
        Api clerk = api.withToken(null).signIn(username, "Tongji2026itest");
        JsonObject own = expect(200, clerk.get("travel/statistics/MANAGEMENT?to=2026-06-30")).json();
        assertEquals(1, own.getJsonArray("lines").size());
        assertEquals(2, n(own.getJsonObject("total").getJsonObject("values"), "required"), "甲局's two filed people only");
        expect(404, clerk.get("travel/statistics/MANAGEMENT?unit=" + county));
        JsonObject bad = expect(422, api.get("travel/statistics/YEARLY")).json();
        assertEquals("form", bad.getJsonArray("errors").getJsonObject(0).getString("field"));
        JsonObject backwards = expect(422, api.get("travel/statistics/CAMPAIGN?from=2026-06-01&to=2026-05-01")).json();
        assertEquals("from", backwards.getJsonArray("errors").getJsonObject(0).getString("field"));
        expect(422, api.get("travel/statistics/CAMPAIGN?format=pdf"));
    }
}
