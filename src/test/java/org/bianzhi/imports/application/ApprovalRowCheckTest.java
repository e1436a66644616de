package org.bianzhi.imports.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bianzhi.imports.domain.ImportJobRepository.RejectedCell;
import org.bianzhi.imports.domain.ImportTable;
import org.bianzhi.imports.domain.StagedApprovalRow;
import org.bianzhi.shared.domain.Violation;
import org.junit.jupiter.api.Test;

/** The checks of an approval line on its own (ApprovalRowCheck), with the services' messages and their columns. */
class ApprovalRowCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

    private static ImportTable.Row row(String... kv) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) values.put(kv[i], kv[i + 1]);
        return new ImportTable.Row(7, values);
    }

    @Test
    void aReadableLineIsStagedNormalisedWithItsDocumentAsJson() {
        StagedApprovalRow s = ApprovalRowCheck.leadership(row("单位代码", "１１330381mb0000000x", "职数类别", "单位副职", "核定数", "2",
                "生效日期", "2024/1/1", "批准文号", " 瑞编\"2024\"1号 "), TODAY).staged();

        assertEquals(new StagedApprovalRow(7, "１１330381mb0000000x", "11330381MB0000000X", "UNIT_DEPUTY", 2, LocalDate.of(2024, 1, 1),
                "瑞编\"2024\"1号", "\"瑞编\\\"2024\\\"1号\"", List.of()), s);
    }

    @Test
    void whatTheServiceRefusesTravelsWithTheStagedRowEveryFaultAtItsColumn() {
        CheckedRow<StagedApprovalRow> r = ApprovalRowCheck.quota(row("单位代码", "11330381MB0000000X", "编制类型", "机动编制",
                "核定数", "-3", "生效日期", "2024-01-01", "批准文号", "瑞编〔2024〕1号"), TODAY);

        assertNull(r.staged().subject());
        assertEquals(List.of(new RejectedCell(7, "核定数", "核定数不能为负数"), new RejectedCell(7, "编制类型",
                "编制类型“机动编制”无法识别，应为 行政编制/政法专项编制/事业编制/机关工勤编制")), r.staged().refusals());
    }

    @Test
    void unreadableCellsRejectTheRowBeforeAnythingElse() {
        CheckedRow<StagedApprovalRow> r = ApprovalRowCheck.leadership(row("单位代码", "11330381MB0000000X", "职数类别", "局长",
                "核定数", "两", "生效日期", "2024-01-01"), TODAY);

        assertNull(r.staged());
        assertEquals(List.of(Violation.ofRow(7, "批准文号", "批准文号不能为空"), Violation.ofRow(7, "核定数", "核定数“两”应为整数")), r.faults());
    }
}
