package org.bianzhi.imports.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bianzhi.imports.domain.ImportKind;
import org.bianzhi.imports.domain.ImportTable.Row;
import org.bianzhi.imports.domain.StagedCertificateRow;
import org.bianzhi.imports.domain.StagedIssuanceRow;
import org.bianzhi.roster.domain.IdNumber;
import org.bianzhi.shared.domain.BianzhiException;
import org.bianzhi.shared.domain.Violation;
import org.bianzhi.travel.filing.domain.DocumentType;

/**
 * What a line of public security's 证件签发记录 or 出国（境）证明 can be checked for on its own, all at once: the ID
 * number (15 digits converted), the name, the document type in public security's words and the number in its shape,
 * or the certificate number, a day that has come, the authority or unit that issued it.
 */
final class PublicSecurityRowCheck {

    private PublicSecurityRowCheck() {
    }

    static CheckedRow<StagedIssuanceRow> issuance(Row r, LocalDate today) {
        List<Violation> faults = new ArrayList<>(CellValues.faults(r, ImportKind.DOCUMENT_ISSUANCES, today));
        IdNumber.Converted id = id(r, today, faults);
        DocumentType type = CrossingRowCheck.type(r.get("证件类型"));
        if (r.get("证件类型") != null && type == null) {
            faults.add(Violation.ofRow(r.number(), "证件类型", "证件类型“" + r.get("证件类型") + "”无法识别，应为 因私护照（普通护照）、"
                    + "往来港澳通行证 或 大陆居民往来台湾通行证"));
        }
        String number = CrossingRowCheck.number(r.get("证件号码"));
        if (type != null && number != null && type.numberProblem(number) != null) {
            faults.add(Violation.ofRow(r.number(), "证件号码", type.numberProblem(number)));
        }
        LocalDate issued = day(r, "签发日期", today, faults);
        if (!faults.isEmpty()) return new CheckedRow<>(null, faults, false);
        return new CheckedRow<>(new StagedIssuanceRow(r.number(), id.idNumber().value(), r.get("姓名"), type.name(), number, issued,
                r.get("签发机关")), List.of(), id.fromFifteenDigits());
    }

    static CheckedRow<StagedCertificateRow> certificate(Row r, LocalDate today) {
        List<Violation> faults = new ArrayList<>(CellValues.faults(r, ImportKind.EXIT_CERTIFICATES, today));
        IdNumber.Converted id = id(r, today, faults);
        String number = r.get("证明编号") == null ? null : r.get("证明编号").replaceAll("\\s", "");
        LocalDate issued = day(r, "出具日期", today, faults);
        if (!faults.isEmpty()) return new CheckedRow<>(null, faults, false);
        return new CheckedRow<>(new StagedCertificateRow(r.number(), id.idNumber().value(), r.get("姓名"), number, issued,
                r.get("出具单位").strip()), List.of(), id.fromFifteenDigits());
    }

    private static IdNumber.Converted id(Row r, LocalDate today, List<Violation> faults) {
        if (r.get("身份证号") == null) return null;
        try {
            return IdNumber.read(r.get("身份证号"), today);
        } catch (BianzhiException e) {
            faults.add(Violation.ofRow(r.number(), "身份证号", e.getMessage()));
            return null;
        }
    }

    private static LocalDate day(Row r, String column, LocalDate today, List<Violation> faults) {
        LocalDate day = null;
        try {
            day = CellValues.date(r, column);
        } catch (BianzhiException e) {
            faults.add(Violation.ofRow(r.number(), column, e.getMessage()));
        }
        if (day != null && day.isAfter(today)) {
            faults.add(Violation.ofRow(r.number(), column, column + " " + day + " 晚于今天（" + today + "），只能是已出具或签发的"));
        }
        return day;
    }
}
