package org.bianzhi.imports.domain;

import java.time.LocalDate;

/**
 * A 花名册 row that passed every check it can pass on its own, with its values normalised (18-digit ID number,
 * enum codes, upper-case unit codes, resolved start dates). What remains to check needs the registry: that
 * the units exist, are visible and existed on those dates, and that the ID number is not another name's.
 * Absent parts are null: no occupancy (编外), no posting, no leadership position, no 职务层次 or 户口所在地.
 */
public record StagedRosterRow(int row, String idNumber, String name, String gender, LocalDate birthDate, String identity,
                              String occupancyUnit, String quotaType, LocalDate entryDate, String entryRoute,
                              String increaseNotice, String postUnit, String postType, String arrangement,
                              LocalDate postFrom, LocalDate secondmentEnd, String approvalDocument,
                              String leadershipUnit, String leadershipCategory, LocalDate leadershipFrom,
                              String cadreRank, String household) implements StagedRow {

    @Override
    public Object[] values() {
        return new Object[] {idNumber, name, gender, birthDate, identity, occupancyUnit, quotaType, entryDate, entryRoute,
                increaseNotice, postUnit, postType, arrangement, postFrom, secondmentEnd, approvalDocument, leadershipUnit,
                leadershipCategory, leadershipFrom, cadreRank, household};
    }
}
