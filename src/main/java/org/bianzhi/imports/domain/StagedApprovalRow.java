package org.bianzhi.imports.domain;

import java.time.LocalDate;
import java.util.List;
import org.bianzhi.imports.domain.ImportJobRepository.RejectedCell;

/**
 * A 编制核定 or 领导职数核定 line whose cells could be read: the unit code as written ({@code unitText}, for the refusal
 * naming it) and normalised, the quota type or category code ({@code subject}, null when unreadable), the count, the
 * date and the 批准文号 (also as a JSON string, {@code basisJson}, for the change log). {@code refusals}: what the services
 * refuse in the row once its unit is found (a negative count, an unknown category); the row is staged all the same,
 * since an unknown unit is reported first.
 */
public record StagedApprovalRow(int row, String unitText, String unitCode, String subject, int approved, LocalDate validFrom,
                                String basis, String basisJson, List<RejectedCell> refusals) implements StagedRow {

    @Override
    public String idNumber() {
        return null;
    }

    @Override
    public Object[] values() {
        return new Object[] {unitText, unitCode, subject, approved, validFrom, basis, basisJson};
    }
}
