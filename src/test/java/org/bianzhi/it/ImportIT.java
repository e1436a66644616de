package org.bianzhi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 批量导入 of the existing situation: encodings, order, all-or-nothing, valid rows only, idempotency. */
class ImportIT extends ApiTest {

    private static final String ROSTER_HEADER = "身份证号,姓名,性别,出生日期,人员身份,编制单位代码,编制类型,入编日期,增人通知单号,领导职务,"
            + "工作单位代码,岗位类型,工作安排,借调起始日期,借调截止日期,借调批准文号\n";

    private Api.Answer importCsv(String kind, String query, byte[] body) {
        return api.postBytes("imports/" + kind + (query == null ? "" : "?" + query), "text/csv", body);
    }

    private static byte[] utf8Bom(String csv) {
        byte[] text = csv.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[text.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(text, 0, out, 3, text.length);
        return out;
    }

    @Test
    void aCountyImportsWholeAsFoundAndImportingItAgainChangesNothing() {
        String bureau = Fixtures.unitCode(true);
        String station = Fixtures.unitCode(false);
        String police = Fixtures.unitCode(true);
        // the child comes first: parents are registered before their subordinates whatever the order
        String units = "单位代码,单位名称,简称,机构类型,事业单位类别,上级单位代码,行政区划代码,层级,经费形式\n"
                + station + "," + Fixtures.unitName("瑞安市水利工程管理站") + ",,事业单位,公益一类," + bureau + ",330381,县,全额拨款\n"
                + bureau + "," + Fixtures.unitName("瑞安市水利局") + ",水利局,机关,,,330381,县,全额拨款\n"
                + police + "," + Fixtures.unitName("瑞安市公安局") + ",公安局,机关,,,330381,县,全额拨款\n";
        String quotas = "单位代码,编制类型,核定数,生效日期,批准文号\n"
                + bureau + ",行政编制,2,2019-06-01,瑞编〔2019〕15号\n"
                + station + ",事业编制,5,2019/6/1,瑞编〔2019〕16号\n"
                + police + ",政法专项编制,10,2019年6月1日,瑞编〔2019〕17号\n";
        String leadership = "单位代码,职数类别,核定数,生效日期,批准文号\n" + bureau + ",单位正职,1,2019-06-01,瑞编〔2019〕15号\n";
        String chief = Fixtures.idNumber(LocalDate.of(1970, 4, 1), true);
        String second = Fixtures.idNumber(LocalDate.of(1980, 4, 1), true);
        String third = Fixtures.idNumber(LocalDate.of(1990, 4, 1), true);
        String mixed = Fixtures.idNumber(LocalDate.of(1991, 4, 1), true);
        String contractor = Fixtures.idNumber(LocalDate.of(1993, 4, 1), true);
        String twice = Fixtures.idNumber(LocalDate.of(1975, 4, 1), true);
        String chiefName = Fixtures.uniqueName("陈");
        String twiceName = Fixtures.uniqueName("林");
        String roster = ROSTER_HEADER
                + chief + "," + chiefName + ",男,1970-04-01,公务员," + bureau + ",行政编制,2000-08-01,Z2000-00031,单位正职," + bureau + ",行政岗位,在岗,,,\n"
                + second + "," + Fixtures.uniqueName("陈") + ",男,1980-04-01,公务员," + bureau + ",行政编制,2005-08-01,Z2005-00002,," + bureau + ",行政岗位,在岗,,,\n"
                + third + "," + Fixtures.uniqueName("陈") + ",男,1990-04-01,公务员," + bureau + ",行政编制,2015-08-01,Z2015-00007,," + bureau + ",行政岗位,在岗,,,\n"
                + mixed + "," + Fixtures.uniqueName("黄") + ",男,1991-04-01,事业人员," + station + ",事业编制,2016-08-01,Z2016-00001,," + bureau + ",行政岗位,在岗,,,\n"
                + contractor + "," + Fixtures.uniqueName("吴") + ",男,1993-04-01,编外人员,,,,,," + bureau + ",行政岗位,在岗,,,\n"
                + twice + "," + twiceName + ",男,1975-04-01,公务员," + police + ",政法专项编制,2001-01-01,Z2001-00003,," + police + ",行政岗位,在岗,,,\n"
                + twice + "," + twiceName + ",男,1975-04-01,公务员," + bureau + ",行政编制,2010-01-01,,," + bureau + ",行政岗位,在岗,,,\n";
        byte[] rosterGb = roster.getBytes(Charset.forName("GB18030"));

        JsonObject u = expect(200, importCsv("units", null, utf8Bom(units))).json();
        assertEquals(List.of(3, 3, 0), List.of(u.getInt("rows"), u.getInt("created"), u.getInt("unchanged")));
        assertEquals("UTF-8 (BOM)", u.getString("encoding"));
        assertEquals(bureau, expect(200, api.get("units/" + station)).json().getString("parentCode"));
        assertEquals(3, expect(200, importCsv("quotas", null, quotas.getBytes(StandardCharsets.UTF_8))).json().getInt("created"));
        assertEquals(1, expect(200, importCsv("leadership", null, leadership.getBytes(StandardCharsets.UTF_8))).json().getInt("created"));
        JsonObject r = expect(200, importCsv("roster", null, rosterGb)).json();
        assertEquals("GB18030", r.getString("encoding"));
        assertEquals(List.of(7, 7, 0), List.of(r.getInt("rows"), r.getInt("created"), r.getJsonArray("rejected").size()),
                r::toString);

        // registered as found: over quota, a mixed post, a person without quota and one ID on two quotas
        JsonObject line = line(bureau, "ADMINISTRATIVE", "2026-06-30");
        assertEquals(List.of(2, 4, 2), List.of(line.getInt("approved"), line.getInt("occupied"), line.getInt("over")), line::toString);
        assertEquals(1, expect(200, api.get("units/" + bureau + "/establishment")).json().getJsonArray("leadership")
                .getJsonObject(0).getInt("holders"));
        assertEquals(6, expect(200, api.get("units/" + bureau + "/people")).json().getInt("total"), "4 on its quota, 2 more working there");
        long twiceId = expect(200, api.get("people?q=" + twice.substring(12))).json().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
        assertEquals(2, expect(200, api.get("people/" + twiceId)).json().getJsonArray("occupancies").size());

        for (var again : List.of(importCsv("units", null, utf8Bom(units)), importCsv("quotas", null, quotas.getBytes(StandardCharsets.UTF_8)),
                importCsv("leadership", null, leadership.getBytes(StandardCharsets.UTF_8)), importCsv("roster", null, rosterGb))) {
            JsonObject report = expect(200, again).json();
            assertEquals(0, report.getInt("created"), report::toString);
            assertEquals(report.getInt("rows"), report.getInt("unchanged"), report::toString);
        }
    }

    private static int rejected(JsonObject report) {
        return report.getJsonArray("rejected").size();
    }

    /** A roster with one good row (row 2) and four bad ones (rows 3–6), each wrong in another column. */
    private String badRoster(String unit, String goodName, String lateName) {
        String id = Fixtures.idNumber(LocalDate.of(1988, 8, 8), true);
        String wrongCheck = id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1');
        return ROSTER_HEADER
                + Fixtures.idNumber(LocalDate.of(1989, 9, 9), true) + "," + goodName + ",男,1989-09-09,公务员," + unit + ",行政编制,2020-08-01,,," + unit + ",行政岗位,在岗,,,\n"
                + wrongCheck + "," + Fixtures.uniqueName("何") + ",男,1988-08-08,公务员," + unit + ",行政编制,2020-08-01,,," + unit + ",行政岗位,在岗,,,\n"
                + Fixtures.idNumber(LocalDate.of(1987, 7, 7), true) + "," + Fixtures.uniqueName("何") + ",男,1987-07-07,公务员," + Fixtures.unitCode(true) + ",行政编制,2020-08-01,,,,,,,,\n"
                + Fixtures.idNumber(LocalDate.of(1986, 6, 6), true) + "," + Fixtures.uniqueName("何") + ",女,1986-06-06,公务员," + unit + ",行政编制,2020-08-01,,," + unit + ",行政岗位,在岗,,,\n"
                + Fixtures.idNumber(LocalDate.of(1985, 5, 5), true) + "," + lateName + ",男,1985-05-05,公务员," + unit + ",行政编制,2020-08-01,,," + unit + ",专业技术岗位,在岗,,,\n";
    }

    @Test
    void aUnitsFileWithOneBadRowStoresNoneOfItsGoodUnits() {
        List<String> good = List.of(Fixtures.unitCode(true), Fixtures.unitCode(true), Fixtures.unitCode(false));
        String units = "单位代码,单位名称,机构类型,事业单位类别,上级单位代码,行政区划代码,层级,经费形式\n"
                + good.get(0) + "," + Fixtures.unitName("瑞安市审计局") + ",机关,,,330381,县,全额拨款\n"
                + good.get(1) + "," + Fixtures.unitName("瑞安市民政局") + ",机关,,,330381,县,全额拨款\n"
                + good.get(2) + "," + Fixtures.unitName("瑞安市殡仪馆") + ",事业单位,公益二类," + good.get(1) + ",330381,县,差额拨款\n"
                + Fixtures.unitCode(true) + "," + Fixtures.unitName("瑞安市某局") + ",委员会,,,330381,县,全额拨款\n";
        var answer = expect(422, importCsv("units", null, units.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(5), answer.json().getJsonArray("rejected").stream().map(v -> v.asJsonObject().getInt("row"))
                .distinct().toList(), answer::toString);
        for (String code : good) expect(404, api.get("units/" + code));
    }

    @Test
    void oneBadRowRejectsTheWholeFileWithEveryBadRowListedAndStoresNothing() {
        String unit = unit(true, "瑞安市科学技术局", null);
        String goodName = Fixtures.uniqueName("何");
        var answer = expect(422, importCsv("roster", null, badRoster(unit, goodName, Fixtures.uniqueName("何")).getBytes(StandardCharsets.UTF_8)));
        assertTrue(answer.contentType().startsWith("application/problem+json"));
        JsonObject p = answer.json();
        assertEquals("import-rejected", p.getString("code"));
        assertEquals(0, p.getInt("created"));
        var rows = p.getJsonArray("rejected").stream().map(v -> v.asJsonObject().getInt("row") + ":" + v.asJsonObject().getString("column")).toList();
        assertEquals(List.of("3:身份证号", "4:编制单位代码", "5:性别", "6:岗位类型"), rows, p::toString);
        assertEquals(0, expect(200, api.get("people?q=" + goodName)).json().getInt("total"), "nothing of the file was stored");
    }

    @Test
    void validRowsModeStoresTheGoodRowsAndLeavesNothingOfTheBadOnes() {
        String unit = unit(true, "瑞安市商务局", null);
        String goodName = Fixtures.uniqueName("何");
        String lateName = Fixtures.uniqueName("何");
        JsonObject report = expect(200, importCsv("roster", "mode=valid-rows",
                badRoster(unit, goodName, lateName).getBytes(StandardCharsets.UTF_8))).json();
        assertEquals(1, report.getInt("created"), report::toString);
        assertEquals(4, rejected(report), report::toString);
        assertEquals(1, expect(200, api.get("people?q=" + goodName)).json().getInt("total"));
        // row 6's person was valid, its posting was not: the row is rejected whole
        assertEquals(0, expect(200, api.get("people?q=" + lateName)).json().getInt("total"));
    }

    @Test
    void fifteenDigitNumbersAreConvertedAndSameNumberWithAnotherNameIsRejected() {
        String unit = unit(false, "瑞安市图书馆", null);
        String first17 = "33038119750615003";
        String eighteen = first17 + org.bianzhi.roster.domain.IdNumber.checkCharacter(first17);
        String old = "330381750615003";
        String name = Fixtures.uniqueName("褚");
        String roster = ROSTER_HEADER
                + old + "," + name + ",男,1975-06-15,事业人员," + unit + ",事业编制,2021-07-01,,," + unit + ",专业技术岗位,在岗,,,\n"
                + eighteen + "," + Fixtures.uniqueName("卫") + ",男,1975-06-15,事业人员," + unit + ",事业编制,2021-07-01,,," + unit + ",专业技术岗位,在岗,,,\n";
        JsonObject report = expect(200, importCsv("roster", "mode=valid-rows", roster.getBytes(StandardCharsets.UTF_8))).json();
        assertTrue(report.getJsonArray("notes").getString(0).contains(eighteen), report::toString);
        JsonObject conflict = report.getJsonArray("rejected").getJsonObject(0);
        assertEquals(3, conflict.getInt("row"));
        assertEquals("姓名", conflict.getString("column"));
        assertTrue(conflict.getString("reason").contains(name), conflict::toString);
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRefusedNamingThem() {
        var answer = expect(422, importCsv("units", null, "单位代码,简称\n123,x\n".getBytes(StandardCharsets.UTF_8)));
        var columns = answer.json().getJsonArray("errors").stream().map(v -> v.asJsonObject().getString("column")).toList();
        assertTrue(columns.containsAll(List.of("单位名称", "机构类型", "行政区划代码", "层级", "经费形式")), columns::toString);
        assertEquals(1, answer.json().getJsonArray("errors").getJsonObject(0).getInt("row"));
        expect(404, importCsv("salaries", null, "a\n1\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void leadershipRowsAreRefusedAsTheServiceRefusesThemAndValidRowsModeStoresTheRest() {
        String unit = unit(true, "瑞安市档案局", null);
        String unknown = Fixtures.unitCode(true);
        String file = "单位代码,职数类别,核定数,生效日期,批准文号\n" + unit + ",单位正职,1,2024-01-01,瑞编〔2024〕5号\n"
                + unknown + ",局长,-1,2024-01-01,瑞编〔2024〕5号\n" + unit + ",局长,-1,2024-01-01,瑞编〔2024〕5号\n"
                + unit + ",单位副职,2,2019-12-31,瑞编〔2019〕5号\n" + unit + ",单位正职,1,2024-01-01,瑞编〔2024〕5号\n";
        JsonObject refused = expect(422, importCsv("leadership", null, file.getBytes(StandardCharsets.UTF_8))).json();
        var rejected = refused.getJsonArray("rejected").stream().map(v -> v.asJsonObject().getInt("row") + ":"
                + v.asJsonObject().getString("column", "") + ":" + v.asJsonObject().getString("reason")).toList();
        assertEquals(List.of("3::未找到单位：" + unknown, "4:核定数:核定数不能为负数",
                "4:职数类别:职数类别“局长”无法识别，应为 单位正职/单位副职/内设机构正职/内设机构副职",
                "5:生效日期:单位“" + expect(200, api.get("units/" + unit)).json().getString("name") + "”在 2019-12-31 不存在（设立于 2020-01-01）"),
                rejected, refused::toString);
        assertEquals(0, expect(200, api.get("units/" + unit + "/leadership")).array().size(), "nothing of the file was stored");

        JsonObject report = expect(200, importCsv("leadership", "mode=valid-rows", file.getBytes(StandardCharsets.UTF_8))).json();
        assertEquals(1, report.getInt("created"), report::toString);
        assertEquals(1, report.getInt("unchanged"), "row 6 repeats row 2: " + report);
        assertEquals(List.of(3, 4, 5), report.getJsonArray("rejected").stream().map(v -> v.asJsonObject().getInt("row")).distinct()
                .toList(), report::toString);
        var history = expect(200, api.get("units/" + unit + "/leadership")).array();
        assertEquals(1, history.size(), history::toString);
        assertEquals("admin", history.getJsonObject(0).getString("recordedBy"), history::toString);
    }

    @Test
    void everyFaultOfARowIsListedSoTheClerkFixesItOnce() {
        String unit = unit(true, "瑞安市人防办", null);
        String quotas = "单位代码,编制类型,核定数,生效日期,批准文号\n" + unit + ",行政编制,十二,2024-02-30,\n";
        var answer = expect(422, importCsv("quotas", null, quotas.getBytes(StandardCharsets.UTF_8)));
        var columns = answer.json().getJsonArray("rejected").stream().map(v -> v.asJsonObject().getString("column")).sorted().toList();
        assertEquals(List.of("批准文号", "核定数", "生效日期"), columns, answer::toString);
        // the refusal names its job, whose rejected rows come back as a file to correct
        long job = answer.json().getJsonNumber("jobId").longValue();
        assertEquals(200, api.get("import-jobs/" + job + "/rejected-rows").status());
    }

    @Test
    void anXlsxWorkbookImportsLikeTheCsvFile() throws Exception {
        String unit = unit(true, "瑞安市大数据发展管理局", null);
        approveQuota(unit, "ADMINISTRATIVE", 5, "2020-01-01");
        String name = Fixtures.uniqueName("蒋");
        List<List<Object>> rows = List.of(
                List.of("身份证号", "姓名", "人员身份", "编制单位代码", "编制类型", "入编日期", "工作单位代码", "岗位类型"),
                List.of(Fixtures.idNumber(LocalDate.of(1991, 5, 5), true), name, "公务员", unit, "行政编制",
                        LocalDate.of(2021, 9, 1), unit, "行政岗位"));
        byte[] workbook;
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
            var sheet = wb.createSheet("花名册");
            var date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy年m月d日"));
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object v = rows.get(r).get(c);
                    var cell = row.createCell(c);
                    if (v instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else {
                        cell.setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
            workbook = out.toByteArray();
        }
        String xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        JsonObject report = expect(200, api.postBytes("imports/roster", xlsx, workbook)).json();
        assertEquals("XLSX", report.getString("encoding"));
        assertEquals(1, report.getInt("created"), report::toString);
        assertEquals(1, line(unit, "ADMINISTRATIVE", null).getInt("occupied"));
        assertEquals(1, expect(200, api.postBytes("imports/roster", xlsx, workbook)).json().getInt("unchanged"));
    }

    @Test
    void exportedFilesImportAgainWithoutAnyChangeAndShowClerksMaskedNumbers() {
        String bureau = Fixtures.unitCode(true);
        String centre = Fixtures.unitCode(false);
        String units = "单位代码,单位名称,简称,机构类型,事业单位类别,上级单位代码,行政区划代码,层级,经费形式,设立日期\n"
                + bureau + "," + Fixtures.unitName("瑞安市自然资源和规划局") + ",资规局,机关,,,330381,县,全额拨款,1990-03-01\n"
                + centre + "," + Fixtures.unitName("瑞安市不动产登记中心") + ",,事业单位,公益二类," + bureau + ",330381,县,差额拨款,1990-03-01\n";
        String quotas = "单位代码,编制类型,核定数,生效日期,批准文号\n"
                + bureau + ",行政编制,6,2019-06-01,瑞编〔2019〕40号\n" + bureau + ",行政编制,5,2024-01-01,-临时核减\n"
                + centre + ",事业编制,8,2019-06-01,瑞编〔2019〕41号\n";
        String leadership = "单位代码,职数类别,核定数,生效日期,批准文号\n" + bureau + ",单位副职,2,2019-06-01,瑞编〔2019〕40号\n";
        String roster = ROSTER_HEADER
                + Fixtures.idNumber(LocalDate.of(1972, 2, 2), true) + "," + Fixtures.uniqueName("沈") + ",男,,公务员," + bureau + ",行政编制,2001-08-01,Z2001-00031,单位副职," + bureau + ",行政岗位,在岗,,,\n"
                + Fixtures.idNumber(LocalDate.of(1990, 2, 2), true) + "," + Fixtures.uniqueName("韩") + ",男,,事业人员," + centre + ",事业编制,2015-08-01,Z2015-00008,," + centre + ",专业技术岗位,在岗,,,\n"
                + Fixtures.idNumber(LocalDate.of(1991, 2, 2), true) + "," + Fixtures.uniqueName("杨") + ",男,,事业人员," + centre + ",事业编制,2016-08-01,Z2016-00002,," + bureau + ",行政岗位,借调,2025-01-01,2026-12-31,瑞人社〔2025〕9号\n"
                + Fixtures.idNumber(LocalDate.of(1994, 2, 2), true) + "," + Fixtures.uniqueName("朱") + ",男,,编外人员,,,,,," + centre + ",工勤技能岗位,在岗,,,\n";
        for (var kindAndFile : List.of(List.of("units", units), List.of("quotas", quotas), List.of("leadership", leadership), List.of("roster", roster))) {
            expect(200, importCsv(kindAndFile.get(0), null, kindAndFile.get(1).getBytes(StandardCharsets.UTF_8)));
        }
        for (String kind : List.of("units", "quotas", "leadership", "roster")) {
            for (String format : List.of("csv", "xlsx")) {
                var exported = expect(200, api.get("exports/" + kind + "?format=" + format + "&unit=" + bureau));
                byte[] file = format.equals("csv") ? exported.raw().getBytes(StandardCharsets.UTF_8) : null;
                if (file == null) file = api.getBytes("exports/" + kind + "?format=xlsx&unit=" + bureau);
                JsonObject again = expect(200, importCsv(kind, null, file)).json();
                int expectedRows = switch (kind) { case "units" -> 2; case "quotas" -> 3; case "leadership" -> 1; default -> 4; };
                assertEquals(expectedRows, again.getInt("rows"), kind + " " + format + ": " + again);
                assertEquals(expectedRows, again.getInt("unchanged"), kind + " " + format + ": " + again);
                assertEquals(0, again.getInt("created") + again.getInt("updated") + rejected(again), kind + " " + format + ": " + again);
            }
        }
        String csv = expect(200, api.get("exports/quotas?unit=" + bureau)).raw();
        assertTrue(csv.contains("'-临时核减"), "formula-like text is written so a spreadsheet shows it as text: " + csv);
        expect(201, api.post("accounts", Api.obj("username", "export-clerk", "displayName", "导出测试", "password", "Export2026pass",
                "role", "UNIT_CLERK", "unitCode", centre)));
        String clerkRoster = api.withToken(null).signIn("export-clerk", "Export2026pass").get("exports/roster").raw();
        assertEquals(4, clerkRoster.strip().split("\n").length, "header and the centre's three people: " + clerkRoster);
        assertTrue(clerkRoster.matches("(?s).*\\d{6}\\*{8}\\d{3}[\\dX].*"), clerkRoster);
    }
}
