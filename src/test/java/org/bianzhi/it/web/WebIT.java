package org.bianzhi.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bianzhi.it.Api;
import org.bianzhi.it.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/**
 * The web interface in Debian's headless chromium, on the demo county: what a clerk does, step by step, and what
 * they must see. The screenshots of the README are taken here.
 */
class WebIT extends WebTest {

    @Test
    void signInShowsTheUserAndRoleAndAWrongPasswordSaysSo() {
        browser.open("/login");
        browser.screenshot("01-login");
        // a missing field is said next to it before anything is sent (form.check)
        browser.type("[data-test=username]", OFFICE).click("[data-test=sign-in]");
        browser.waitForText("[data-field=password]", "请输入密码");
        browser.type("[data-test=username]", OFFICE).type("[data-test=password]", "wrong-password").click("[data-test=sign-in]");
        browser.waitForText(".form-error", "用户名或密码错误");

        // a throttled sign-in says how long to wait (the browser signs in from the address of the wrong passwords)
        String throttled = "web-throttled";
        expect(201, api.post("accounts", Api.obj("username", throttled, "displayName", "限流测试", "password", PASSWORD, "role", "INSPECTOR")));
        for (int i = 0; i < 6; i++) api.withToken(null).post("session", Api.obj("username", throttled, "password", "wrong-" + i));
        browser.type("[data-test=username]", throttled).type("[data-test=password]", PASSWORD).click("[data-test=sign-in]");
        assertTrue(browser.waitForText(".form-error", "登录尝试过于频繁").contains("分钟后再试"));

        browser.signIn(OFFICE, PASSWORD);
        String who = browser.text("[data-test=who]");
        assertTrue(who.contains("编办业务员") && who.contains("编办业务人员"), who);
        browser.waitFor("[data-test=findings-by-rule] canvas");
        // the service is shared with the other test classes, whose units may be further over quota than the demo's
        browser.waitForText("[data-test=over-units]", mostOverQuota());
        browser.screenshot("02-overview");
        browser.signOut();
        browser.open("/search");
        browser.waitFor("[data-test=login-form]");
        assertTrue(browser.currentHash().startsWith("#/login"), browser.currentHash());
    }

    @Test
    void searchByPinyinInitialsWhileTypingAndOpenThePerson() {
        browser.signIn(OFFICE, PASSWORD).open("/search");
        browser.type("[data-test=search-box]", "zw 住建");
        String first = browser.waitForText("[data-test=search-hit]", "张伟");
        assertTrue(first.contains("青田县住房和城乡建设局") && first.contains("姓名拼音首字母：zw"), first);
        assertEquals("张伟", browser.all("[data-test=hit-name]").get(0).getText());
        browser.screenshot("08-search");
        browser.all("[data-test=hit-name]").get(0).click();
        browser.waitForText("[data-test=person-name]", "张伟");
        assertTrue(browser.currentHash().startsWith("#/people/"), browser.currentHash());
        browser.waitFor("[data-test=person-timeline]");
        browser.screenshot("04-person");
        // the notice number the imported occupancy carries is in the notices list too, marked as recorded without the paper
        String id = browser.currentHash().replaceFirst("^#/people/", "").replaceFirst("[?/].*$", "");
        String number = expect(200, api.get("people/" + id)).json().getJsonArray("occupancies").getJsonObject(0)
                .getString("increaseNoticeNumber");
        assertEquals(number, browser.waitForText("[data-test=recorded-notice-number]", number));
    }

    @Test
    void anIncreaseNoticeTakesAVacantSlotAndTheFindingsFollow() {
        String vacantCell = "[data-test=establishment-table] tr[data-quota-type=ADMINISTRATIVE] [data-col=vacant]";
        String rule = "MIXED_NON_CIVIL_SERVANT_ON_ADMIN_QUOTA";
        browser.signIn(OFFICE, PASSWORD).open("/units?code=" + WATER_BUREAU);
        assertEquals(String.valueOf(quota(WATER_BUREAU).getInt("vacant")), browser.waitFor(vacantCell).getText());
        browser.screenshot("03-units");

        // a unit of its own, so that the demo county stays as its manifest says (AuditIT checks it on the same database)
        String unit = Fixtures.unitCode(true);
        expect(201, api.post("units", Api.obj("code", unit, "name", "青田县水政监察大队", "kind", "ORGAN", "parentCode", WATER_BUREAU,
                "regionCode", "331121", "level", "COUNTY", "funding", "FULL", "validFrom", "2020-01-01", "basisDocument", "青编〔2020〕7号")));
        approveQuota(unit, "ADMINISTRATIVE", 3, "2020-01-01");
        assertEquals(200, api.get("search?fresh=true&q=zw").status());
        browser.open("/units?code=" + unit);
        browser.until(d -> browser.waitFor(vacantCell).getText().equals("3"));

        // a 事业人员 entering on a 行政编制: the notice is issued, and the audit reports the mixed post
        String name = "林晓雨";
        browser.open("/control?tab=notices").click("[data-test=issue-increase]");
        browser.waitFor("[data-test=notice-form]");
        browser.chooseUnit("[data-field=unitCode] .ant-select", "水政监察大队");
        browser.choose("[data-field=quotaType] .ant-select", "行政编制");
        browser.type("[data-field=entryDate] input", TODAY + Keys.ENTER.toString());
        browser.choose("[data-field=entryRoute] .ant-select", "公开招聘");
        browser.type("[data-field='person.idNumber'] input", Fixtures.idNumber(java.time.LocalDate.of(1996, 4, 2), false));
        browser.type("[data-field='person.name'] input", name);
        browser.choose("[data-field='person.identity'] .ant-select", "事业人员");
        browser.click("[data-test=notice-submit]");
        String number = browser.waitFor("[data-test=notice-number]").getText();
        assertTrue(number.matches("Z2026-\\d{5}"), number);
        browser.waitForText("[data-test=notice-paper]", name);
        browser.screenshot("05-increase-notice");

        browser.open("/units?code=" + unit + "&t=after");
        browser.until(d -> browser.waitFor(vacantCell).getText().equals("2"));
        assertEquals(2, quota(unit).getInt("vacant"));

        browser.open("/audit?unit=" + unit + "&rule=" + rule);
        browser.reloadUntil("[data-test=findings-table]", name);
        browser.screenshot("06-audit");
    }

    @Test
    void reportsComplaintsAndAccountsShowWhatTheRoleMayUse() {
        browser.signIn(OFFICE, PASSWORD).open("/reports?report=vacancies&unit=" + PROPAGANDA);
        String over = "[data-test=vacancy-table] tr[data-unit-code='" + PROPAGANDA + "'][data-quota-type=ADMINISTRATIVE] [data-col=over]";
        browser.until(d -> browser.waitFor(over).getText().equals("1"));
        browser.waitFor("[data-test=vacancy-chart] canvas");
        browser.screenshot("07-reports");
        browser.signOut();

        String handler = "web-handler";
        expect(201, api.post("accounts", Api.obj("username", handler, "displayName", "举报受理员", "password", PASSWORD,
                "role", "COMPLAINT_HANDLER")));
        Api desk = api.withToken(null).signIn(handler, PASSWORD);
        expect(201, desk.post("complaints", Api.obj("channel", "PHONE", "receivedOn", TODAY.minusDays(75).toString(),
                "subject", "反映县水利局借调人员长期占用行政岗位", "categories", "[\"混编混岗\"]", "unitCodes", "[\"" + WATER_BUREAU + "\"]",
                "anonymous", true)));
        browser.signIn(handler, PASSWORD).open("/complaints");
        String row = browser.waitForText("[data-test=complaints-table]", "反映县水利局借调人员");
        assertTrue(row.contains("逾期 15 天"), row);
        List<String> menu = browser.all("[data-menu]").stream().map(e -> e.getText()).toList();
        assertEquals(List.of("总览", "机构编制", "人员", "控编", "检索", "12310", "导入导出"), menu, "a complaint handler has no 稽核, 报表 or 系统");
        browser.screenshot("09-complaints");
        browser.signOut();

        browser.signIn("admin", ADMIN_PASSWORD).open("/system");
        browser.waitForText("[data-test=accounts-table]", CLERK);
        browser.screenshot("11-system");
    }

    @Test
    void thePlansAndNoticesListsPageWithTheirTotalsAndKeepTheirFiltersOverAReload() {
        // a unit of its own with 12 plans applied for and one approved: its list counts exactly these
        String unit = Fixtures.unitCode(true);
        expect(201, api.post("units", Api.obj("code", unit, "name", "青田县水资源服务中心", "kind", "ORGAN", "parentCode", WATER_BUREAU,
                "regionCode", "331121", "level", "COUNTY", "funding", "FULL", "validFrom", "2020-01-01", "basisDocument", "青编〔2020〕8号")));
        approveQuota(unit, "ADMINISTRATIVE", 3, "2020-01-01");
        long approved = 0;
        for (int i = 0; i < 13; i++) {
            approved = expect(201, api.post("staffing-plans", Api.obj("unitCode", unit, "quotaType", "ADMINISTRATIVE", "count", 1,
                    "reason", "2026年度考录第" + (i + 1) + "批"))).json().getJsonNumber("id").longValue();
        }
        expect(200, api.post("staffing-plans/" + approved + "/approve", Api.obj("basisDocument", "青编〔2026〕31号", "validUntil", "2026-12-31")));

        browser.signIn(OFFICE, PASSWORD).open("/control?tab=plans&size=10&unit=" + unit);
        String plans = "[data-test=plans-table]";
        String pager = ".control-page .ant-table-pagination";   // beside the table, not inside its data-test
        browser.waitForText(pager + " .ant-pagination-total-text", "共 13 条");
        browser.choose("[data-test=plans-status]", "申请中");
        browser.waitForText(pager + " .ant-pagination-total-text", "共 12 条");
        browser.click(pager + " .ant-pagination-item-2");
        browser.until(d -> browser.all(plans + " tr[data-plan-id]").size() == 2);
        assertTrue(browser.currentHash().contains("status=APPLIED") && browser.currentHash().contains("page=2"), browser.currentHash());
        browser.reload();
        browser.waitForText(pager + " .ant-pagination-total-text", "共 12 条");
        browser.until(d -> browser.all(plans + " tr[data-plan-id]").size() == 2);
        assertEquals("2", browser.text(pager + " .ant-pagination-item-active"));
        assertEquals("申请中", browser.text("[data-test=plans-status] .ant-select-selection-item"));

        // 23 increase notices of that unit: a kind chosen, the next page, and the same list after a reload
        approveQuota(unit, "ADMINISTRATIVE", 30, "2020-01-01");
        for (int i = 0; i < 23; i++) {
            expect(201, api.post("notices", Api.obj("kind", "INCREASE", "unitCode", unit, "quotaType", "ADMINISTRATIVE",
                    "entryDate", "2026-01-10", "entryRoute", "LATERAL_TRANSFER", "person", Api.obj("idNumber",
                    Fixtures.idNumber(LocalDate.of(1990, 1, 1).plusDays(i), true), "name", Fixtures.uniqueName("章"), "identity", "CIVIL_SERVANT"))));
        }
        browser.open("/control?tab=notices&nunit=" + unit);
        String notices = "[data-test=notices-table]";
        browser.waitForText(pager + " .ant-pagination-total-text", "共 23 条");
        browser.choose("[data-test=notices-kind]", "增人通知单");
        browser.until(d -> browser.currentHash().contains("kind=INCREASE"));
        browser.click(pager + " .ant-pagination-item-2");
        String second = expect(200, api.get("notices?unit=" + unit + "&kind=INCREASE&offset=20&limit=1")).items().getJsonObject(0)
                .getString("number");
        browser.waitForText(notices + " [data-test=notice-link]", second);
        assertTrue(browser.currentHash().contains("npage=2"), browser.currentHash());
        browser.reload();
        browser.waitForText(pager + " .ant-pagination-total-text", "共 23 条");
        assertEquals(second, browser.waitForText(notices + " [data-test=notice-link]", second));
        assertEquals(3, browser.all(notices + " [data-test=notice-link]").size());
        assertEquals("增人通知单", browser.text("[data-test=notices-kind] .ant-select-selection-item"));
        assertEquals("2", browser.text(pager + " .ant-pagination-item-active"));
    }

    @Test
    void anEditOfARecordSomeoneChangedMeanwhileSaysSo() {
        JsonObject person = person(Fixtures.uniqueName("岑"), "CIVIL_SERVANT", LocalDate.of(1990, 5, 5));
        long id = person.getJsonNumber("id").longValue();
        browser.signIn(OFFICE, PASSWORD).open("/people/" + id);
        browser.click("[data-test=edit-person]");
        String form = "[data-test=edit-person-form]";
        browser.waitFor(form);
        // another clerk saves the record while this form is open
        expect(200, api.put("people/" + id, Api.obj("name", Fixtures.uniqueName("岑"), "identity", "CIVIL_SERVANT",
                "basisDocument", "青人社〔2026〕3号", "version", person.getJsonNumber("version").longValue())));
        browser.type(form + " [data-field=basisDocument] input", "青人社〔2026〕4号");
        browser.click("[data-test=edit-person-form-submit]");
        String shown = browser.waitForText(form + " [data-test=conflict]", "已被他人修改");
        assertTrue(shown.contains("请刷新后重新提交"), shown);
        assertEquals("青人社〔2026〕4号", Browser.input(browser.waitFor(form + " [data-field=basisDocument]")).getDomProperty("value"),
                "what was typed stays");
    }

    @Test
    void everyListLoadsItsFirstPageAndTheServiceRefusesNoneOfItsRequests() {
        // the service refuses a query parameter an operation does not declare (422): a screen must send none
        // (a tab of the screen shown is not a new screen: each address below opens another one than the one before)
        browser.signIn(OFFICE, PASSWORD);
        for (String screen : List.of("/people", "/control", "/control?tab=notices", "/audit", "/complaints", "/transfers?tab=jobs",
                "/units?code=" + WATER_BUREAU + "&tab=people", "/travel/filings", "/travel/documents", "/travel/filings?tab=required",
                "/travel/documents?tab=summary", "/travel/applications", "/travel/crossings", "/travel/warnings", "/travel/findings",
                "/travel/cases", "/delegations")) {
            listLoads(screen);
        }
        browser.signOut();
        String inspector = "web-inspector";
        expect(201, api.post("accounts", Api.obj("username", inspector, "displayName", "稽核员", "password", PASSWORD, "role", "INSPECTOR")));
        browser.signIn(inspector, PASSWORD);
        listLoads("/audit?tab=payroll");
        listLoads("/system?tab=access-log");
        browser.signOut();
        browser.signIn("admin", ADMIN_PASSWORD);
        listLoads("/system");
    }

    /** Opens a screen with a list (or its empty state) and waits until it is loaded: no request refused, no error shown. */
    private void listLoads(String screen) {
        String api = "performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/v1/'))";
        browser.script("performance.clearResourceTimings()");
        browser.open(screen);
        try {
            browser.until(d -> ((Number) browser.script("return " + api + ".length")).intValue() > 0
                    && !browser.all(".ant-table, .ant-empty").isEmpty() && browser.all(".ant-spin-spinning").isEmpty());
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(screen + " did not load: " + browser.script("return " + api + ".map((e) => e.name)")
                    + ", tables " + browser.all(".ant-table").size() + ", spinning " + browser.all(".ant-spin-spinning").size(), e);
        }
        assertEquals(List.of(), browser.script("return " + api + ".filter((e) => e.responseStatus >= 400)"
                + ".map((e) => e.responseStatus + ' ' + decodeURIComponent(e.name))"), screen);
        assertEquals(List.of(), browser.all(".ant-message-error").stream().map(e -> e.getText()).toList(), screen);
    }

    private JsonObject quota(String unit) {
        return expect(200, api.get("units/" + unit + "/establishment")).json().getJsonArray("quotas").getValuesAs(JsonObject.class)
                .stream().filter(q -> q.getString("quotaType").equals("ADMINISTRATIVE")).findFirst().orElseThrow();
    }

    @Test
    void importAFileWithErrorsShowsTheRowsAndGivesTheErrorFile() throws Exception {
        Path csv = Files.createTempFile("编制核定", ".csv");
        Files.writeString(csv, "单位代码,编制类型,核定数,生效日期,批准文号\n"
                + WATER_BUREAU + ",行政编制,22,2026-01-01,青编〔2026〕40号\n"
                + WATER_BUREAU + ",行政编制,十二,2026-02-30,\n", StandardCharsets.UTF_8);
        int before = quotaApproved(WATER_BUREAU);
        browser.signIn(OFFICE, PASSWORD).open("/transfers");
        browser.choose("[data-test=import-kind]", "编制核定");
        browser.click("[data-test=import-template]");
        try (XSSFWorkbook template = new XSSFWorkbook(Files.newInputStream(browser.downloaded("编制核定导入模板.xlsx")))) {
            assertEquals("编制核定", template.getSheetName(0), "the template of the chosen kind, its data sheet first");
            assertEquals("单位代码", template.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
            assertEquals("说明", template.getSheetName(1));
        }
        browser.present("input[data-test=import-file]").sendKeys(csv.toString());
        browser.click("[data-test=import-start]");
        String rows = browser.waitForText("[data-test=import-rejected-table]", "核定数");
        assertTrue(rows.contains("生效日期") && rows.matches("(?s).*\\b3\\b.*"), "row 3 (the header is row 1): " + rows);
        browser.screenshot("10-import-errors");
        assertEquals(before, quotaApproved(WATER_BUREAU), "a refused file changes nothing");

        browser.click("[data-test=download-rejected]");
        Path file = browser.downloaded("错误行.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter text = new DataFormatter();
            Row header = sheet.getRow(0);
            assertEquals("错误原因", text.formatCellValue(header.getCell(header.getLastCellNum() - 1)));
            assertEquals(1, sheet.getLastRowNum(), "the header and the one bad row");
            assertEquals("十二", text.formatCellValue(sheet.getRow(1).getCell(2)));
        }
    }

    @Test
    void aUnitClerkSeesOnlyTheirOwnUnits() {
        browser.signIn(CLERK, PASSWORD).open("/units");
        browser.waitForText("[data-test=unit-header]", "青田县水利局");
        List<String> shown = browser.all("[data-test=unit-tree] li[data-unit-code]").stream()
                .map(e -> e.getDomAttribute("data-unit-code")).toList();
        assertTrue(shown.contains(WATER_BUREAU), shown::toString);
        for (String code : shown) {
            JsonObject unit = expect(200, api.get("units/" + code)).json();
            assertTrue(code.equals(WATER_BUREAU) || WATER_BUREAU.equals(unit.getString("parentCode", "")), "outside the clerk's unit: " + unit);
        }
        browser.screenshot("03-units-clerk");
        browser.open("/units?code=" + PROPAGANDA);
        browser.waitForText(".ant-result-title", "找不到该单位");
        assertTrue(!browser.all(".shell-content").get(0).getText().contains("宣传部"), "nothing of the other unit is shown");

        // search and the findings list stay inside the clerk's units too
        browser.open("/search");
        browser.type("[data-test=search-box]", "宣传部");
        browser.waitForText("[data-test=search-screen]", "没有找到符合条件的人员");
        browser.open("/audit?unit=" + PROPAGANDA);
        browser.waitForText(".ant-message", "未找到单位");
    }

    /** The unit the vacancy report finds most over quota (the first of a tie in the report's order, as 总览 sorts). */
    private String mostOverQuota() {
        return expect(200, api.get("reports/vacancies?over=true")).json().getJsonArray("lines").stream()
                .map(v -> v.asJsonObject()).sorted((a, b) -> b.getInt("over") - a.getInt("over")).findFirst()
                .orElseThrow().getString("unitName");
    }

    private int quotaApproved(String unit) {
        return quota(unit).getInt("approved");
    }

    @Test
    void cadreSupervisionStartsInTheTravelScreensAndSeesTheFilingGapsAndTheForms() {
        String ganbu = "web-ganbu";
        expect(201, api.post("accounts", Api.obj("username", ganbu, "displayName", "干部监督员", "password", PASSWORD,
                "role", "CADRE_SUPERVISION")));
        // the water bureau's leaders should be filed (a county-level unit's principal and deputies) and nobody filed them
        JsonObject head = expect(200, api.get("travel/filings/required?unit=" + WATER_BUREAU + "&missing=true")).items()
                .getJsonObject(0);
        String name = head.getJsonObject("person").getString("name");

        browser.signIn(ganbu, PASSWORD);
        browser.until(d -> browser.currentHash().contains("/travel/filings"));
        List<String> menu = browser.all("[data-menu]").stream().map(e -> e.getText()).toList();
        assertEquals(List.of("机构编制", "人员", "检索", "导入导出", "登记备案", "证件保管", "因私审批", "出入境比对", "预警提醒", "检查发现", "问题处理",
                "因公团组", "出访报告逾期", "统计表"), menu, "no 总览, 控编, 稽核 or 报表 for cadre supervision");

        browser.open("/travel/findings?rule=FILING_MISSING&unit=" + WATER_BUREAU);
        String row = browser.waitForText("[data-test=travel-findings-table]", name);
        assertTrue(row.contains("应备未备"), row);
        browser.screenshot("12-travel-findings");

        browser.open("/travel/warnings?within=30");
        assertTrue(browser.waitForText("[data-test=travel-warnings-table]", "到期日").contains("逾期后"), "the warning inbox shows its table");

        browser.open("/travel/statistics?form=MANAGEMENT&unit=" + WATER_BUREAU);
        browser.waitForText("[data-test=statistics-title]", "干部因私出国（境）管理工作有关情况统计表");
        String own = browser.waitForText("[data-test=statistics-table]", "青田县水利局（本级）");
        assertTrue(own.contains("合计"), own);
        browser.screenshot("13-travel-statistics");
    }
}
