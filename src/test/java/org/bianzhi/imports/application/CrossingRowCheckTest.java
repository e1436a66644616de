package org.bianzhi.imports.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bianzhi.imports.domain.ImportTable;
import org.bianzhi.imports.domain.StagedCrossingRow;
import org.bianzhi.roster.domain.IdNumber;
import org.bianzhi.shared.domain.Violation;
import org.junit.jupiter.api.Test;

class CrossingRowCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    private static final String ID = "33038119800401001" + IdNumber.checkCharacter("33038119800401001");

    private static ImportTable.Row row(String... replace) {
        Map<String, String> values = new HashMap<>(Map.of("身份证号", ID, "证件类型", "普通护照", "证件号码", "ｅ１２３４５６７８",
                "出入境方向", "出境", "日期", "2026/6/1", "口岸", "上海浦东机场", "前往地", "中国香港"));
        for (int i = 0; i < replace.length; i += 2) {
            if (replace[i + 1] == null) values.remove(replace[i]);
            else values.put(replace[i], replace[i + 1]);
        }
        return new ImportTable.Row(5, values);
    }

    private static List<String> columns(CheckedRow<?> r) {
        return r.faults().stream().map(Violation::column).sorted().toList();
    }

    @Test
    void aGoodExitIsStagedNormalised() {
        StagedCrossingRow s = CrossingRowCheck.check(row(), TODAY).staged();
        assertEquals(List.of(5, ID, "PASSPORT", "E12345678", "EXIT", LocalDate.of(2026, 6, 1), "上海浦东机场", "中国香港"),
                List.of(s.row(), s.idNumber(), s.docType(), s.docNumber(), s.direction(), s.crossedOn(), s.port(), s.destination()));
    }

    @Test
    void theNamesOfDocumentTypesPublicSecurityUses() {
        assertEquals("PASSPORT", CrossingRowCheck.check(row("证件类型", "因私护照"), TODAY).staged().docType());
        assertEquals("PASSPORT", CrossingRowCheck.check(row("证件类型", "护照"), TODAY).staged().docType());
        assertEquals("HK_MACAO_PERMIT", CrossingRowCheck.check(row("证件类型", "往来港澳通行证"), TODAY).staged().docType());
        assertEquals("TAIWAN_PERMIT", CrossingRowCheck.check(row("证件类型", "往来台湾通行证"), TODAY).staged().docType());
        assertEquals("TAIWAN_PERMIT", CrossingRowCheck.check(row("证件类型", "大陆居民往来台湾通行证"), TODAY).staged().docType());
        assertEquals(List.of("证件类型"), columns(CrossingRowCheck.check(row("证件类型", "公务护照"), TODAY)));
    }

    @Test
    void anEntryNeedsNoDestinationButAnExitDoes() {
        assertEquals("ENTRY", CrossingRowCheck.check(row("出入境方向", "入境", "前往地", null), TODAY).staged().direction());
        CheckedRow<StagedCrossingRow> exit = CrossingRowCheck.check(row("前往地", null), TODAY);
        assertNull(exit.staged());
        assertEquals(List.of("前往地"), columns(exit));
        assertEquals(5, exit.faults().get(0).row());
    }

    @Test
    void everyFaultOfARowIsReportedWithItsColumn() {
        CheckedRow<StagedCrossingRow> r = CrossingRowCheck.check(row("身份证号", "330381198004010010", "出入境方向", "过境",
                "日期", "2026-07-01", "口岸", null, "证件号码", "E-1"), TODAY);
        assertEquals(List.of("出入境方向", "口岸", "日期", "证件号码", "身份证号"), columns(r));
        assertTrue(r.faults().stream().anyMatch(v -> v.reason().contains("晚于今天")), r.faults().toString());
        assertEquals(List.of(), columns(CrossingRowCheck.check(row("日期", "2026-06-30"), TODAY)), "today is not the future");
    }

    @Test
    void aFifteenDigitIdNumberIsConverted() {
        CheckedRow<StagedCrossingRow> r = CrossingRowCheck.check(row("身份证号", "330381800401001"), TODAY);
        assertTrue(r.convertedId());
        assertEquals(18, r.staged().idNumber().length());
    }
}
