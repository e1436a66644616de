package org.bianzhi.imports.domain;

import java.time.LocalDate;

/**
 * An 出入境记录 line that passed the checks a row can make on its own: an 18-digit ID number, the document type as a
 * code (PASSPORT …), the document number upper-cased, the direction (EXIT/ENTRY), a day not in the future, the port,
 * and the destination (required for an exit).
 */
public record StagedCrossingRow(int row, String idNumber, String docType, String docNumber, String direction, LocalDate crossedOn,
                                String port, String destination) implements StagedRow {

    @Override
    public Object[] values() {
        return new Object[] {idNumber, docType, docNumber, direction, crossedOn, port, destination};
    }
}
