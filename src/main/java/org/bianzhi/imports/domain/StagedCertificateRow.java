package org.bianzhi.imports.domain;

import java.time.LocalDate;

/**
 * An 出国（境）证明 line that passed the checks a row can make on its own: an 18-digit ID number, the name, the
 * certificate number, a day not in the future, the issuing unit as written.
 */
public record StagedCertificateRow(int row, String idNumber, String name, String number, LocalDate issuedOn, String issuer)
        implements StagedRow {

    @Override
    public Object[] values() {
        return new Object[] {idNumber, name, number, issuedOn, issuer};
    }
}
