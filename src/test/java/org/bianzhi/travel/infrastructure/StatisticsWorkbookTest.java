package org.bianzhi.travel.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bianzhi.travel.domain.StatisticsForm;
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
    void seed002FormHasItsThreeHeadingRowsMergedAsPrinted() throws Exception {
        StatisticsForm form = StatisticsForm.GOVERNANCE;
        List<Object> line = new ArrayList<>(List.of(1, "水利局"));
        for (int i = 0; i < form.leaves().size(); i++) line.add(i == 0 ? 2 : 0);
        Sheet s = written(form, List.of(line));
        assertEquals("专项治理工作情况汇总统计表", at(s, 0, 0));
        assertTrue(at(s, 1, 0).contains("填表单位（章）：青田县") && at(s, 1, 0).contains("填表时间：2026年7月1日"), at(s, 1, 0));
        assertEquals("序号", at(s, 2, 0));
        assertTrue(merged(s, 2, 4, 0, 0), "序号 spans the three heading rows");
        assertEquals("组织开展情况", at(s, 2, 2));
        // 开展治理的地区和单位数 (1 column, rows 3-4) and 登记备案人员数 (小计 + 8 categories)
        assertTrue(merged(s, 2, 2, 2, 11));
        assertEquals("开展治理的地区和单位数（个）", at(s, 3, 2));
        assertTrue(merged(s, 3, 4, 2, 2));
        assertEquals("登记备案人员数（人）", at(s, 3, 3));
        assertEquals("小计", at(s, 4, 3));
        assertEquals("县处级以上在职干部", at(s, 4, 4));
        assertEquals("问题排查情况", at(s, 2, 12));
        assertEquals("违规办理因私出国（境）证件", at(s, 3, 12));
        assertEquals("审批因私出国（境）事项把关不严", at(s, 3, 18));
        assertEquals("处理情况", at(s, 2, 19));
        assertEquals("处理单位数（个）", at(s, 3, 19));
        assertEquals("处理人员（人）", at(s, 3, 20));
        assertEquals("省部级", at(s, 4, 21));
        assertEquals("处理方式（人）", at(s, 3, 26));
        assertEquals("移交纪检监察机关", at(s, 4, 32));
        assertEquals("备注", at(s, 2, 33));
        assertEquals("水利局", at(s, 5, 1));
        assertEquals(2.0, s.getRow(5).getCell(2).getNumericCellValue());
        assertEquals("说明：计数说明", at(s, 7, 0), "the form's notes under the table");
        assertTrue(at(s, 8, 0).startsWith("填表人："));
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
