package org.bianzhi.imports.application;

import java.time.LocalDate;
import java.util.List;
import org.bianzhi.establishment.domain.LeadershipCategory;
import org.bianzhi.establishment.domain.QuotaType;
import org.bianzhi.establishment.domain.UnitCode;
import org.bianzhi.imports.domain.ImportKind;
import org.bianzhi.imports.domain.ImportTable.Row;
import org.bianzhi.imports.domain.StagedRosterRow;
import org.bianzhi.roster.domain.Arrangement;
import org.bianzhi.roster.domain.CadreRank;
import org.bianzhi.roster.domain.EntryRoute;
import org.bianzhi.roster.domain.Gender;
import org.bianzhi.roster.domain.IdNumber;
import org.bianzhi.roster.domain.Person;
import org.bianzhi.roster.domain.PersonIdentity;
import org.bianzhi.roster.domain.PersonName;
import org.bianzhi.roster.domain.PostType;
import org.bianzhi.shared.domain.BianzhiException;
import org.bianzhi.shared.domain.Check;
import org.bianzhi.shared.domain.Labeled;
import org.bianzhi.shared.domain.Violation;

/**
 * Everything a 花名册 row can be checked for on its own, all at once so a clerk corrects the row in one go:
 * empty required cells, dates, the ID number's check digit, the name, gender and birth date against it,
 * the choices (编制类型, 岗位类型, …) and which cells go together. Field names are the column headers.
 */
final class RosterRowCheck {

    private RosterRowCheck() {
    }

    static CheckedRow<StagedRosterRow> check(Row r, LocalDate today) {
        return check(r, today, today);
    }

    /**
     * Checks one roster row; {@code asOf} (数据时点) is the day the roster describes, from which the row's facts without
     * a date of their own hold: a posting without 到岗日期 or 入编日期, a leadership post without 入编日期.
     */
    static CheckedRow<StagedRosterRow> check(Row r, LocalDate today, LocalDate asOf) {
        List<Violation> cellFaults = CellValues.faults(r, ImportKind.ROSTER, today);
        if (!cellFaults.isEmpty()) return new CheckedRow<>(null, cellFaults, false);
        Check check = new Check();
        String rawId = r.get("身份证号");
        IdNumber.Converted converted = null;
        String idProblem;
        try {
            converted = IdNumber.read(rawId, today);
            idProblem = null;
        } catch (BianzhiException e) {
            idProblem = e.getMessage();
        }
        check.require(idProblem == null, "身份证号", idProblem);
        Gender gender = check.choice(Gender.class, r.get("性别"), "性别", "性别");
        PersonIdentity identity = check.choice(PersonIdentity.class, r.get("人员身份"), "人员身份", "人员身份");
        String name = PersonName.normalise(r.get("姓名"));
        LocalDate birth = CellValues.date(r, "出生日期");
        if (idProblem == null) {
            Check details = new Check();
            Person.checkDetails(details, converted.idNumber(), r.get("姓名"), name, gender, birth);
            details.violations().forEach(v -> check.require(false, column(v.field()), v.reason()));
        }

        String occUnit = code(r.get("编制单位代码"));
        String postUnit = code(r.get("工作单位代码"));
        // NFKC can lengthen a text (㍿ is four characters): a code longer than its column is a row fault, not a failed insert
        check.require(occUnit == null || occUnit.length() <= 18, "编制单位代码", "编制单位代码“" + occUnit + "”超过 18 个字符");
        check.require(postUnit == null || postUnit.length() <= 18, "工作单位代码", "工作单位代码“" + postUnit + "”超过 18 个字符");
        boolean hasType = r.get("编制类型") != null;
        check.require((occUnit != null) == hasType, occUnit != null ? "编制类型" : "编制单位代码",
                "编制单位代码和编制类型应同时填写（编外人员两项都不填）");
        check.require(occUnit == null || r.get("入编日期") != null, "入编日期", "有编制的人员必须填写入编日期");
        check.require(occUnit != null || postUnit != null, "工作单位代码", "编外人员必须填写工作单位代码和岗位类型");
        check.require(postUnit == null || r.get("岗位类型") != null, "岗位类型", "填写了工作单位代码时必须填写岗位类型");
        QuotaType quotaType = check.choice(QuotaType.class, r.get("编制类型"), "编制类型", "编制类型");
        EntryRoute route = check.choice(EntryRoute.class, r.get("入编方式"), "入编方式", "入编方式");
        LocalDate entry = CellValues.date(r, "入编日期");

        PostType postType = check.choice(PostType.class, r.get("岗位类型"), "岗位类型", "岗位类型");
        Arrangement arrangement = r.get("工作安排") == null ? Arrangement.REGULAR
                : check.choice(Arrangement.class, r.get("工作安排"), "工作安排", "工作安排");
        LocalDate secondmentEnd = CellValues.date(r, "借调截止日期");
        if (postUnit != null) {
            // an open-ended secondment is registered as it is; the audit reports it once it passes the limit
            check.require(arrangement == Arrangement.SECONDMENT || secondmentEnd == null, "借调截止日期", "只有借调才填写借调截止日期");
        }
        if (idProblem == null) {
            LocalDate born = converted.idNumber().birthDate();
            for (String column : List.of("入编日期", "到岗日期", "借调起始日期")) {
                Person.checkBornBy(check, born, CellValues.date(r, column), column, column);
            }
        }
        LocalDate start = entry != null ? entry : asOf;
        LocalDate secondmentStart = CellValues.date(r, "借调起始日期");
        LocalDate arrived = CellValues.date(r, "到岗日期");
        LocalDate postFrom = arrived != null ? arrived
                : arrangement == Arrangement.SECONDMENT && secondmentStart != null ? secondmentStart : start;

        String leadership = r.get("领导职务");
        boolean leads = leadership != null && !"空".equals(leadership);
        LeadershipCategory category = leads ? check.choice(LeadershipCategory.class, leadership, "领导职务", "领导职务") : null;
        CadreRank rank = check.choice(CadreRank.class, r.get("职务层次"), "职务层次", "职务层次");
        String household = r.get("户口所在地") == null ? null : r.get("户口所在地").strip();
        check.require(household == null || household.length() <= 100, "户口所在地", "户口所在地超过 100 个字符");
        if (!check.ok()) return new CheckedRow<>(null, rowFaults(r, check), false);

        return new CheckedRow<>(new StagedRosterRow(r.number(), converted.idNumber().value(), name,
                converted.idNumber().gender().name(), converted.idNumber().birthDate(), identity.name(),
                occUnit, name(quotaType), occUnit == null ? null : entry, name(route), occUnit == null ? null : r.get("增人通知单号"),
                postUnit, postUnit == null ? null : name(postType), postUnit == null ? null : arrangement.name(),
                postUnit == null ? null : postFrom, postUnit == null ? null : secondmentEnd,
                postUnit == null ? null : r.get("借调批准文号"),
                leads ? (postUnit != null ? postUnit : occUnit) : null, name(category), leads ? start : null, name(rank),
                household == null || household.isEmpty() ? null : household),
                List.of(), converted.fromFifteenDigits());
    }

    private static List<Violation> rowFaults(Row r, Check check) {
        return check.violations().stream().map(v -> Violation.ofRow(r.number(), v.field(), v.reason())).toList();
    }

    /** Person.checkDetails names its fields in English; the file names them by header. */
    private static String column(String field) {
        return switch (field == null ? "" : field) {
            case "name" -> "姓名";
            case "gender" -> "性别";
            case "birthDate" -> "出生日期";
            default -> field;
        };
    }

    private static String code(String text) {
        return text == null ? null : UnitCode.normalise(text);
    }

    private static <E extends Enum<E> & Labeled> String name(E value) {
        return value == null ? null : value.name();
    }
}
