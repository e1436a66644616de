package org.bianzhi.imports.domain;

import java.time.LocalDate;

/**
 * A 证件签发记录 line that passed the checks a row can make on its own: an 18-digit ID number, the name, the document type
 * as a code (PASSPORT …), the number upper-cased, a day of issue not in the future, the issuing authority.
 */
public record StagedIssuanceRow(int row, String idNumber, String name, String docType, String docNumber, LocalDate issuedOn,
                                String authority) implements StagedRow {

    @Override
    public Object[] values() {
        return new Object[] {idNumber, name, docType, docNumber, issuedOn, authority};
    }
}
