package org.bianzhi.imports.application;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bianzhi.imports.domain.ImportKind;
import org.bianzhi.imports.domain.ImportTable.Row;
import org.bianzhi.imports.domain.StagedCrossingRow;
import org.bianzhi.roster.domain.IdNumber;
import org.bianzhi.shared.domain.BianzhiException;
import org.bianzhi.shared.domain.Labeled;
import org.bianzhi.shared.domain.Violation;
import org.bianzhi.travel.crossing.domain.CrossingDirection;
import org.bianzhi.travel.filing.domain.DocumentType;

/**
 * What an 出入境记录 line can be checked for on its own, all at once: the ID number (15 digits converted), the document
 * type in the words public security uses, the document number, the direction, a day that has come, the port, and
 * the destination of an exit.
 */
final class CrossingRowCheck {

    /** The names public-security extracts give the document types. */
    private static final Map<String, DocumentType> TYPES = Map.of(
            "因私护照", DocumentType.PASSPORT, "普通护照", DocumentType.PASSPORT, "护照", DocumentType.PASSPORT,
            "往来港澳通行证", DocumentType.HK_MACAO_PERMIT,
            "大陆居民往来台湾通行证", DocumentType.TAIWAN_PERMIT, "往来台湾通行证", DocumentType.TAIWAN_PERMIT);

    private CrossingRowCheck() {
    }

    static CheckedRow<StagedCrossingRow> check(Row r, LocalDate today) {
        List<Violation> faults = new ArrayList<>(CellValues.faults(r, ImportKind.BORDER_CROSSINGS, today));
        IdNumber.Converted id = null;
        if (r.get("身份证号") != null) {
            try {
                id = IdNumber.read(r.get("身份证号"), today);
            } catch (BianzhiException e) {
                faults.add(Violation.ofRow(r.number(), "身份证号", e.getMessage()));
            }
        }
        DocumentType type = type(r.get("证件类型"));
        if (r.get("证件类型") != null && type == null) {
            faults.add(Violation.ofRow(r.number(), "证件类型", "证件类型“" + r.get("证件类型") + "”无法识别，应为 因私护照（普通护照）、"
                    + "往来港澳通行证 或 大陆居民往来台湾通行证"));
        }
        String number = number(r.get("证件号码"));
        if (number != null && !number.matches("[A-Z0-9]{5,30}")) {
            faults.add(Violation.ofRow(r.number(), "证件号码", "证件号码“" + r.get("证件号码") + "”应为 5 至 30 位字母或数字"));
        }
        CrossingDirection direction = Labeled.parse(CrossingDirection.class, r.get("出入境方向")).orElse(null);
        if (r.get("出入境方向") != null && direction == null) {
            faults.add(Violation.ofRow(r.number(), "出入境方向", "出入境方向“" + r.get("出入境方向") + "”应为 出境 或 入境"));
        }
        LocalDate day = null;
        try {
            day = CellValues.date(r, "日期");
        } catch (BianzhiException e) {
            faults.add(Violation.ofRow(r.number(), "日期", e.getMessage()));
        }
        if (day != null && day.isAfter(today)) {
            faults.add(Violation.ofRow(r.number(), "日期", "日期 " + day + " 晚于今天（" + today + "），出入境记录只能是已发生的"));
        }
        String port = r.get("口岸");
        if (port != null && port.length() > 100) faults.add(Violation.ofRow(r.number(), "口岸", "口岸不能超过 100 个字"));
        String destination = r.get("前往地");
        if (direction == CrossingDirection.EXIT && destination == null) {
            faults.add(Violation.ofRow(r.number(), "前往地", "出境记录的前往地不能为空"));
        }
        if (destination != null && destination.length() > 100) faults.add(Violation.ofRow(r.number(), "前往地", "前往地不能超过 100 个字"));
        if (!faults.isEmpty()) return new CheckedRow<>(null, faults, false);
        return new CheckedRow<>(new StagedCrossingRow(r.number(), id.idNumber().value(), type.name(), number, direction.name(), day,
                port, destination), List.of(), id.fromFifteenDigits());
    }

    static DocumentType type(String text) {
        if (text == null) return null;
        DocumentType t = TYPES.get(text.replace(" ", ""));
        return t != null ? t : Labeled.parse(DocumentType.class, text).orElse(null);
    }

    /** Full-width letters and digits become ASCII, letters upper case, spaces dropped. */
    static String number(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s", "").toUpperCase();
    }
}
