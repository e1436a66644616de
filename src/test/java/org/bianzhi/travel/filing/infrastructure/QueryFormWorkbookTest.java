package org.bianzhi.travel.filing.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bianzhi.roster.domain.CadreRank;
import org.bianzhi.shared.application.ReportTable;
import org.bianzhi.travel.filing.domain.FilingCategory;
import org.bianzhi.travel.filing.domain.FilingQueryForm;
import org.bianzhi.travel.filing.domain.FilingQueryForm.Entry;
import org.junit.jupiter.api.Test;

/** The 查询表 of seed 002 附件1 built from known people and read back cell by cell against the seed's layout. */
class QueryFormWorkbookTest {

    /** The seed's columns, copied from seed 002 附件1 (line breaks of the printed headings removed). */
    private static final List<String> SEED_COLUMNS = List.of("序号", "姓", "名", "性别", "身份证号", "出生日期（8位）", "现任职务（职级）",
            "户口所在地", "登记备案人员类型", "人事主管部门", "是否持有因私出国（境）证件", "因私出国（境）证件号", "证件是否交由组织集中保管",
            "登记备案状态");

    private static Entry entry(long id, String name, String idNumber, String posts, CadreRank rank, String household,
                               FilingCategory category, List<String> documents, Boolean held, String status) {
        LocalDate birth = LocalDate.parse(idNumber.substring(6, 10) + "-" + idNumber.substring(10, 12) + "-" + idNumber.substring(12, 14));
        return new Entry(id, name, "男", idNumber, birth, posts, rank, household, category, "青田县委组织部", documents, held, status);
    }

    private static Sheet written(List<Entry> entries) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryFormWorkbook().write(new ReportTable(FilingQueryForm.TITLE, FilingQueryForm.COLUMNS, FilingQueryForm.rows(entries)),
                "中共青田县委组织部", LocalDate.of(2026, 6, 30), out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray())).getSheetAt(0);
    }

    private static List<String> row(Sheet s, int r) {
        DataFormatter f = new DataFormatter();
        Row row = s.getRow(r);
        List<String> cells = new ArrayList<>();
        if (row == null) return cells;
        for (int c = 0; c < 14; c++) {
            Cell cell = row.getCell(c);
            cells.add(cell == null ? "" : f.formatCellValue(cell));
        }
        return cells;
    }

    @Test
    void theFormHasTheSeedsHeaderColumnsFooterAndNotesAndItsRowsInNoteOnesOrder() throws Exception {
        Sheet s = written(List.of(
                entry(1, "张伟", "331121197501011234", "青田县审计局单位正职", CadreRank.TOWNSHIP, "浙江省青田县鹤城街道",
                        FilingCategory.TOWNSHIP_LEADER, List.of(), null, "已备案"),
                entry(2, "欧阳明", "33112119680202123X", "青田县人民法院单位正职", CadreRank.COUNTY, "浙江省青田县温溪镇",
                        FilingCategory.COUNTY_LEVEL_CADRE, List.of("因私护照E12345678"), true, "已备案"),
                entry(3, "司马光", "331121196003031234", "丽水市某厅单位正职", CadreRank.BUREAU, null,
                        FilingCategory.COUNTY_LEVEL_CADRE, List.of("因私护照E87654321", "往来港澳通行证C12345678"), false, "变更备案"),
                entry(4, "阿依古丽·买买提", "331121198004041234", null, null, null,
                        FilingCategory.SENSITIVE_POST, List.of(), null, "未备案"),
                entry(5, "白云", "331121197505051234", "青田县统计局单位副职", CadreRank.COUNTY, null,
                        FilingCategory.COUNTY_LEVEL_CADRE, List.of(), null, "已备案")));

        assertEquals("登记备案人员因私出国（境）信息查询表", row(s, 0).get(0));
        assertEquals("填表单位（章）：中共青田县委组织部", row(s, 1).get(0));
        assertTrue(row(s, 1).get(QueryFormWorkbook.RIGHT).matches("填表时间：2026年6月30日"), row(s, 1).toString());
        assertEquals(SEED_COLUMNS, row(s, 2));

        // 省管干部 (厅局级), 处级干部 (县处级, by name: 白 before 欧阳), 其他干部 (乡科级, no rank)
        assertEquals(List.of("1", "司马", "光", "男", "331121196003031234", "19600303", "丽水市某厅单位正职（厅局级）", "",
                "县处级以上在职干部", "青田县委组织部", "是", "因私护照E87654321、往来港澳通行证C12345678", "否", "变更备案"), row(s, 3),
                "司马 is a compound surname: 司 + 马光 would be wrong; 厅局级 is 省管干部, first");
        assertEquals("2", row(s, 4).get(0));
        assertEquals(List.of("白", "云"), row(s, 4).subList(1, 3));
        assertEquals(List.of("欧阳", "明", "男", "33112119680202123X", "19680202", "青田县人民法院单位正职（县处级）", "浙江省青田县温溪镇"),
                row(s, 5).subList(1, 8));
        assertEquals(List.of("是", "因私护照E12345678", "是"), row(s, 5).subList(10, 13));
        // 其他干部 in pinyin order: 阿依古丽 (a) before 张 (zhang)
        assertEquals(List.of("4", "买买提", "阿依古丽", "男", "331121198004041234", "19800404", "", ""), row(s, 6).subList(0, 8),
                "a minority name: the last part is the surname");
        assertEquals("未备案", row(s, 6).get(13));
        assertEquals(List.of("5", "张", "伟"), row(s, 7).subList(0, 3));
        assertEquals("县（区）管乡科级党政领导干部", row(s, 7).get(8), "note 3's words");
        assertEquals(List.of("否", "无", ""), row(s, 7).subList(10, 13), "note 4: 无 when there is no document");

        assertEquals(List.of(), row(s, 8).stream().filter(c -> !c.isEmpty()).toList(), "a blank row before the footer");
        assertTrue(row(s, 9).get(0).matches("填表人：\\s*（联系电话：\\s*）"), row(s, 9).get(0));
        assertEquals("审核人：", row(s, 9).get(QueryFormWorkbook.RIGHT));
        assertEquals("注：1.请按照省管干部、处级干部、其他干部的顺序填写；", row(s, 10).get(0));
        assertEquals("2.本表由各级组织人事部门同时送省委组织部干部监督处及所在地公安机关出入境管理部门；", row(s, 11).get(0));
        assertEquals("3.“登记备案人员类型”填写“县（区）管乡科级党政领导干部”、“市直属单位的中层负责人”、“县处级以上在职干部”、"
                + "“厅局级以上离退休人员”、“企业法人或领导人员”、“安全、涉密等重要岗位人员”或者“‘裸官’配偶或子女”等；", row(s, 12).get(0));
        assertEquals("4.登记备案人员如无因私出国（境）证件，则在“因私出国（境）证件号”栏填写“无”；", row(s, 13).get(0));
        assertEquals("5.“登记备案状态”填写“已备案”、“未备案”或者“变更备案”等。", row(s, 14).get(0));
        assertEquals(14, s.getLastRowNum());
    }

    @Test
    void anEmptyFormStillHasItsHeaderFooterAndNotes() throws Exception {
        Sheet s = written(List.of());
        assertEquals(SEED_COLUMNS, row(s, 2));
        assertTrue(row(s, 4).get(0).startsWith("填表人："));
        assertTrue(row(s, 5).get(0).startsWith("注：1."));
    }
}
