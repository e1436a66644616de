package org.bianzhi.travel.statistics.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bianzhi.travel.statistics.domain.StatisticsForm;
import org.junit.jupiter.api.Test;

class StatisticsWorkbookTest {

    private static Sheet written(StatisticsForm form, List<List<Object>> lines) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new StatisticsWorkbook().write(form, form.columns(), "青田县", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), LocalDate.of(2026, 7, 1), lines, List.of("计数说明"), out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray())).getSheetAt(0);
    }

    private static String at(Sheet s, int row, int col) {
        return s.getRow(row).getCell(col).getStringCellValue();
    }

    private static boolean merged(Sheet s, int row, int lastRow, int col, int lastCol) {
        return s.getMergedRegions().stream().anyMatch(r -> r.equals(new CellRangeAddress(row, lastRow, col, lastCol)));
    }

    @Test
    void aUnitNameThatLooksLikeAFormulaIsWrittenAsTextLikeEveryOtherExport() throws Exception {
        StatisticsForm form = StatisticsForm.GOVERNANCE;
        List<Object> line = new ArrayList<>(List.of(1, "=1+1单位0"));
        for (int i = 0; i < form.leaves().size(); i++) line.add(0);
        Sheet s = written(form, List.of(line));
        assertEquals("'=1+1单位0", at(s, 5, 1));
        assertEquals(CellType.STRING, s.getRow(5).getCell(1).getCellType());
    }

    @Test
    void seed002FormHasItsThirtyOnePrintedColumnsMergedAsPrinted() throws Exception {
        StatisticsForm form = StatisticsForm.GOVERNANCE;
        List<Object> line = new ArrayList<>(List.of(1, "水利局"));
        for (int i = 0; i < form.leaves().size(); i++) line.add(i == 0 ? 2 : 0);
        Sheet s = written(form, List.of(line));
        assertEquals("专项治理工作情况汇总统计表", at(s, 0, 0));
        assertTrue(at(s, 1, 0).startsWith("填表单位（章）：青田县") && at(s, 1, 0).endsWith("填表时间：2026年7月1日"), at(s, 1, 0));
        // the seed's headings, column by column (附件2): 序号, 地区或单位, then the leaves in the printed order
        List<String> printed = List.of("序号", "地区或单位", "开展治理的地区和单位数（个）", "小计", "县处级以上在职干部", "厅局级以上离退休人员",
                "企业法人或领导人员", "安全、涉密等重要岗位人员", "“裸官”的配偶或子女", "违规办理因私出国（境）证件", "违规持有因私出国（境）证件",
                "瞒报持有因私出国（境）证件", "未经批准擅自因私出国（境）", "未按审批要求因私出国（境）", "瞒报因私出国（境）情况",
                "审批因私出国（境）事项把关不严", "处理单位数（个）", "小计", "省部级", "厅局级", "县处级", "乡科级", "其他", "批评教育", "诫勉谈话",
                "调离岗位", "责令辞职", "免职", "降职", "移交纪检监察机关", "备注");
        assertEquals(31, printed.size());
        assertEquals(31, 2 + form.leaves().size(), "the form prints 31 columns");
        assertEquals(printed, lowestHeadings(s, 4));
        assertTrue(merged(s, 2, 4, 0, 0), "序号 spans the three heading rows");
        assertTrue(merged(s, 2, 2, 2, 8), "组织开展情况 over 开展治理 and the six filing columns");
        assertTrue(merged(s, 3, 4, 2, 2));
        assertTrue(merged(s, 3, 3, 3, 8), "登记备案人员数 over 小计 and five categories");
        assertTrue(merged(s, 2, 2, 9, 15), "问题排查情况 over the seven classes");
        assertTrue(merged(s, 3, 4, 9, 9));
        assertTrue(merged(s, 2, 2, 16, 29), "处理情况");
        assertTrue(merged(s, 3, 3, 17, 22), "处理人员 over 小计 and five ranks");
        assertTrue(merged(s, 3, 3, 23, 29), "处理方式 over seven methods");
        assertTrue(merged(s, 2, 4, 30, 30), "备注 spans the heading rows");
        assertEquals("水利局", at(s, 5, 1));
        assertEquals(2.0, s.getRow(5).getCell(2).getNumericCellValue());
        assertEquals("说明：统计期间：2026年1月1日至2026年6月30日；本级及所属单位：青田县。", at(s, 7, 0));
        assertEquals("说明：计数说明", at(s, 8, 0), "the form's notes under the table");
        assertEquals("填表人：", at(s, 9, 0).substring(0, 4));
        assertTrue(at(s, 9, 0).contains("（联系电话：") && at(s, 9, 0).endsWith("审核人："), at(s, 9, 0));
    }

    /** Per column, the lowest heading printed in it (the leaf's words), reading heading rows 2..{@code last}. */
    private static List<String> lowestHeadings(Sheet s, int last) {
        List<String> headings = new ArrayList<>();
        for (int c = 0; c < s.getRow(last).getLastCellNum(); c++) {
            String heading = null;
            for (int r = last; r >= 2 && heading == null; r--) {
                Cell cell = s.getRow(r).getCell(c);
                int row = r, col = c;
                boolean covered = s.getMergedRegions().stream().anyMatch(m -> m.isInRange(row, col) && m.getFirstRow() < row);
                if (!covered && cell != null && !cell.getStringCellValue().isEmpty()) heading = cell.getStringCellValue();
            }
            headings.add(heading);
        }
        return headings;
    }

    @Test
    void seed001CampaignFormHasTheSeedsHeadingsInItsOrderWithItsLookBackInColumnE() throws Exception {
        StatisticsForm form = StatisticsForm.CAMPAIGN;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new StatisticsWorkbook().write(form, form.columns(LocalDate.of(2016, 1, 1)), "卫健局", LocalDate.of(2019, 1, 1),
                LocalDate.of(2019, 8, 1), LocalDate.of(2019, 8, 5), List.of(), List.of(), out);
        Sheet s = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray())).getSheetAt(0);
        assertEquals(List.of("序号", "地区、单位（部门）", "新增登记备案人数", "新收缴证件数(本)", "2016年1月1日以来未经审批出国（境）人数",
                "违规办理因私证照", "违规持有因私证照", "瞒报持有因私证照", "未经批准擅自出国(境)", "未按审批要求出国境", "瞒报出国境情况",
                "出国境审批事项把关不严", "处理人数", "批评教育", "诫勉", "调离岗位", "责令辞职", "免职", "降职", "移交纪检监察机关"),
                lowestHeadings(s, 4));
        assertEquals("组织开展情况", at(s, 2, 2));
        assertEquals("问题排查情况", at(s, 2, 5));
        assertEquals("违规违纪问题处理情况", at(s, 2, 12));
        assertEquals("处理方式（人次）", at(s, 3, 13));
    }

    @Test
    void filedPeopleOfCategoriesTheSeed002FormHasNoColumnForAreSaidInItsNotes() {
        Map<String, Long> totals = Map.of("filedTotal", 7L, "filedCOUNTY_LEVEL_CADRE", 2L, "filedTOWNSHIP_LEADER", 4L, "filedOTHER", 1L);
        assertEquals(List.of("登记备案人员数“小计”含表样未列栏目的人员：县(区)管乡科级党政领导干部 4 人，其他 1 人。"),
                StatisticsForm.GOVERNANCE.notes(totals));
        assertEquals(List.of(), StatisticsForm.GOVERNANCE.notes(Map.of("filedTotal", 2L, "filedCOUNTY_LEVEL_CADRE", 2L)));
        assertEquals(List.of(), StatisticsForm.CAMPAIGN.notes(totals), "seed 001's forms count no categories");
    }

    @Test
    void seed001FormsAreSignedByThePrincipalAndFootedAsPrinted() throws Exception {
        Sheet s = written(StatisticsForm.CAMPAIGN, List.of());
        assertTrue(at(s, 1, 0).startsWith("单位主要负责人签字（加盖单位公章）：") && at(s, 1, 0).endsWith("填表时间：2026年7月1日"), at(s, 1, 0));
        Row last = s.getRow(s.getLastRowNum());
        assertEquals("填表人：             联系电话：                            审核人：", last.getCell(0).getStringCellValue());
    }

    @Test
    void seed001ManagementFormNestsCustodyUnderDocuments() throws Exception {
        Sheet s = written(StatisticsForm.MANAGEMENT, List.of());
        assertEquals("地区、单位（部门）", at(s, 2, 1));
        assertEquals("登记备案数情况", at(s, 2, 2));
        assertEquals("国家工作人员总数", at(s, 3, 2));
        assertTrue(merged(s, 3, 4, 2, 2));
        assertEquals("因私出国（境）证件情况", at(s, 2, 5));
        assertEquals("因私证件集中保管情况", at(s, 3, 7));
        assertEquals("大陆居民往来台湾通行证", at(s, 4, 9));
    }
}
