package org.bianzhi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.bianzhi.imports.RealFiles;
import org.bianzhi.imports.RealFiles.Person;
import org.bianzhi.imports.RealFiles.UnitPeople;
import org.junit.jupiter.api.Test;

/**
 * Files as county offices send them (issue 20, items 3 and 4), end to end: the 花名册 layout stores the right people and
 * says where it found them; a code Excel or a typo made too long, or an ID number Excel turned into a number, is a
 * row error naming row and column in either mode, never a 500.
 */
class RealFilesIT extends ApiTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static Person person(String surname, LocalDate birth, boolean male) {
        return new Person(Fixtures.idNumber(birth, male), Fixtures.uniqueName(surname), male ? "男" : "女", birth.toString());
    }

    private int people(String query) {
        return expect(200, api.get("people?q=" + query)).json().getInt("total");
    }

    @Test
    void aHuamingceWithInstructionsTitleTwoLevelHeadersAndMergedUnitsStoresItsPeopleWhereTheyWork() {
        String bureau = unit(true, "瑞安市水利局", null);
        String office = unit(true, "瑞安市档案局", null);
        List<Person> bureauPeople = List.of(person("陈", LocalDate.of(1980, 4, 1), true), person("陈", LocalDate.of(1981, 4, 1), false),
                person("陈", LocalDate.of(1982, 4, 1), true));
        List<Person> officePeople = List.of(person("黄", LocalDate.of(1990, 4, 1), true), person("黄", LocalDate.of(1991, 4, 1), false));
        byte[] workbook = RealFiles.huamingce(List.of(new UnitPeople(bureau, "瑞安市水利局", bureauPeople),
                new UnitPeople(office, "瑞安市档案局", officePeople)));

        JsonObject report = expect(200, api.postBytes("imports/roster", XLSX, workbook)).json();
        assertEquals(List.of(5, 5, 0), List.of(report.getInt("rows"), report.getInt("created"), report.getJsonArray("rejected").size()),
                report::toString);
        String notes = report.getJsonArray("notes").toString();
        assertTrue(notes.contains("数据取自工作表“花名册”，表头在第 4 行"), notes);
        assertTrue(notes.contains("第 6 行在 Excel 中是隐藏行，已照常导入"), notes);
        assertTrue(notes.contains("未识别的列“序号”已忽略") && notes.contains("未识别的列“备注”已忽略"), notes);
        assertEquals(3, expect(200, api.get("units/" + bureau + "/people")).json().getInt("total"), "the unit code merged over three rows");
        assertEquals(2, expect(200, api.get("units/" + office + "/people")).json().getInt("total"));
        assertEquals(1, people(bureauPeople.get(1).name()), "the hidden row is stored");

        JsonObject again = expect(200, api.postBytes("imports/roster", XLSX, workbook)).json();
        assertEquals(List.of(0, 5), List.of(again.getInt("created"), again.getInt("unchanged")), again::toString);
    }

    @Test
    void aCodeTooLongOrInScientificNotationIsARowErrorInBothModesNeverA500() {
        String unit = unit(true, "瑞安市统计局", null);
        Person good = person("韩", LocalDate.of(1985, 5, 5), true);
        Person tooLong = person("韩", LocalDate.of(1986, 6, 6), true);
        Person scientific = person("韩", LocalDate.of(1987, 7, 7), true);
        String csv = "身份证号,姓名,性别,出生日期,人员身份,编制单位代码,编制类型,入编日期,工作单位代码,岗位类型\r\n"
                + row(good, unit, unit) + row(tooLong, unit + "0", unit) + row(scientific, unit, "1.2331121406588E+017");
        byte[] bytes = csv.getBytes(Charset.forName("GB18030"));

        Api.Answer refused = expect(422, api.postBytes("imports/roster", "text/csv", bytes));
        assertEquals(List.of("3 编制单位代码", "4 工作单位代码"), cells(refused.json()), refused::toString);
        assertEquals(0, people(good.name()) + people(tooLong.name()) + people(scientific.name()), "all or nothing: nothing stored");

        JsonObject valid = expect(200, api.postBytes("imports/roster?mode=valid-rows", "text/csv", bytes)).json();
        assertEquals(List.of("3 编制单位代码", "4 工作单位代码"), cells(valid), valid::toString);
        assertTrue(valid.getJsonArray("rejected").getJsonObject(1).getString("reason").contains("科学计数法"), valid::toString);
        assertEquals(1, valid.getInt("created"), valid::toString);
        assertEquals(List.of(1, 0, 0), List.of(people(good.name()), people(tooLong.name()), people(scientific.name())),
                "valid rows: only the good row is stored");

        Api.Answer onlyBad = expect(422, api.postBytes("imports/roster", "text/csv",
                ("身份证号,姓名,人员身份,工作单位代码,岗位类型\r\n" + tooLong.id() + "," + tooLong.name() + ",编外人员," + "X".repeat(40)
                        + ",行政岗位\r\n").getBytes(Charset.forName("GB18030"))));
        assertEquals(List.of("2 工作单位代码"), cells(onlyBad.json()), onlyBad::toString);
    }

    @Test
    void anIdNumberExcelTurnedIntoANumberIsRefusedByRowAndColumnAndNothingIsStored() {
        String unit = unit(true, "瑞安市科技局", null);
        Person good = person("钱", LocalDate.of(1988, 8, 8), true);
        Person damaged = person("钱", LocalDate.of(1989, 9, 9), true);
        List<String> headers = List.of("身份证号", "姓名", "人员身份", "工作单位代码", "岗位类型");
        byte[] workbook = RealFiles.sheet(headers, List.of(Arrays.asList(good.id(), good.name(), "编外人员", unit, "行政岗位"),
                Arrays.asList(Double.parseDouble(damaged.id().substring(0, 15)) * 1000, damaged.name(), "编外人员", unit, "行政岗位")));
        Api.Answer refused = expect(422, api.postBytes("imports/roster", XLSX, workbook));
        assertEquals(List.of("3 身份证号"), cells(refused.json()), refused::toString);
        String reason = refused.json().getJsonArray("rejected").getJsonObject(0).getString("reason");
        assertTrue(reason.contains("数字单元格") && reason.contains("设置单元格格式为“文本”"), reason);
        assertEquals(0, people(good.name()) + people(damaged.name()));
    }

    private static String row(Person p, String occupancyUnit, String postUnit) {
        return p.id() + "," + p.name() + "," + p.gender() + "," + p.birth() + ",公务员," + occupancyUnit + ",行政编制,2021-08-01,"
                + postUnit + ",行政岗位\r\n";
    }

    private static List<String> cells(JsonObject answer) {
        return answer.getJsonArray("rejected").stream().map(v -> v.asJsonObject())
                .map(v -> v.getInt("row") + " " + v.getString("column")).toList();
    }
}
