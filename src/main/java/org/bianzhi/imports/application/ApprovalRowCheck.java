package org.bianzhi.imports.application;

import jakarta.json.spi.JsonProvider;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.bianzhi.establishment.application.ApprovalCommand;
import org.bianzhi.establishment.application.ApprovalService;
import org.bianzhi.establishment.domain.UnitCode;
import org.bianzhi.imports.domain.ImportJobRepository.RejectedCell;
import org.bianzhi.imports.domain.ImportKind;
import org.bianzhi.imports.domain.ImportTable.Row;
import org.bianzhi.imports.domain.StagedApprovalRow;
import org.bianzhi.shared.domain.BianzhiException;
import org.bianzhi.shared.domain.Violation;

/**
 * What a 编制核定 or 领导职数核定 line can be checked for on its own: its cells ({@link CellValues}), then the command as
 * {@link ApprovalService} checks it. The service finds the unit first, so the command's refusals travel with the staged
 * row and are reported only when the unit is on record (ApprovalBulkLoad).
 */
final class ApprovalRowCheck {

    /** Looked up once: {@code Json.createValue} looks the provider up on every call (a service-loader scan each row). */
    private static final JsonProvider JSON = JsonProvider.provider();
    /** The services' field names as the file's columns. */
    private static final Map<String, String> COLUMNS = Map.of("unitCode", "单位代码", "quotaType", "编制类型",
            "category", "职数类别", "approved", "核定数", "validFrom", "生效日期", "basisDocument", "批准文号");

    private ApprovalRowCheck() {
    }

    static CheckedRow<StagedApprovalRow> quota(Row r, LocalDate today) {
        return check(r, today, true);
    }

    static CheckedRow<StagedApprovalRow> leadership(Row r, LocalDate today) {
        return check(r, today, false);
    }

    private static CheckedRow<StagedApprovalRow> check(Row r, LocalDate today, boolean quota) {
        List<Violation> cellFaults = CellValues.faults(r, quota ? ImportKind.QUOTAS : ImportKind.LEADERSHIP, today);
        if (!cellFaults.isEmpty()) return new CheckedRow<>(null, cellFaults, false);
        ApprovalCommand c = new ApprovalCommand(quota ? r.get("编制类型") : null, quota ? null : r.get("职数类别"),
                CellValues.count(r, "核定数"), CellValues.date(r, "生效日期"), r.get("批准文号"));
        String subject = null;
        List<RejectedCell> refusals = List.of();
        try {
            subject = (quota ? ApprovalService.quotaType(c) : ApprovalService.category(c)).name();
        } catch (BianzhiException e) {
            refusals = e.violations().stream().map(v -> new RejectedCell(r.number(),
                    v.field() == null ? null : COLUMNS.getOrDefault(v.field(), v.field()), v.reason())).toList();
        }
        String basis = c.basisDocument().strip();
        return new CheckedRow<>(new StagedApprovalRow(r.number(), r.get("单位代码"), UnitCode.normalise(r.get("单位代码")), subject,
                c.approved(), c.validFrom(), basis, JSON.createValue(basis).toString(), refusals), List.of(), false);
    }
}
