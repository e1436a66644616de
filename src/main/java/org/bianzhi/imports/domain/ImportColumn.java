package org.bianzhi.imports.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bianzhi.establishment.domain.AdministrativeLevel;
import org.bianzhi.establishment.domain.Funding;
import org.bianzhi.establishment.domain.InstitutionClass;
import org.bianzhi.establishment.domain.LeadershipCategory;
import org.bianzhi.establishment.domain.QuotaType;
import org.bianzhi.establishment.domain.UnitKind;
import org.bianzhi.roster.domain.Arrangement;
import org.bianzhi.roster.domain.CadreRank;
import org.bianzhi.roster.domain.EntryRoute;
import org.bianzhi.roster.domain.Gender;
import org.bianzhi.roster.domain.PersonIdentity;
import org.bianzhi.roster.domain.PostType;
import org.bianzhi.shared.domain.Labeled;
import org.bianzhi.travel.crossing.domain.CrossingDirection;
import org.bianzhi.travel.filing.domain.DocumentType;
import org.bianzhi.travel.approval.domain.TravelPurpose;

/**
 * What a column of the import files (DOMAIN.md sections 11 and 12) holds, as the files the registry writes show it:
 * its {@link Format}, the choices of a coded column (the Chinese labels of its enumeration), and a note for the
 * clerk. Exports and templates format their columns from here; the checks of a row stay with the importer.
 */
public record ImportColumn(String header, Format format, List<String> choices, boolean onlyChoices, String note) {

    /** The kind of value a column holds. */
    public enum Format {
        /** Text kept as typed. */
        TEXT("文本"),
        /**
         * An identifier kept as text, never a number: ID numbers, codes and document numbers. A spreadsheet keeps only 15
         * significant digits of a number, so the importer refuses a number cell (or its scientific notation) here.
         */
        IDENTIFIER("文本（号码、代码）"),
        /** A calendar day, YYYY-MM-DD (a date cell or text). */
        DATE("日期"),
        /** A whole number. */
        COUNT("整数"),
        /** A month, YYYY-MM, kept as text (a spreadsheet would make a day of it). */
        MONTH("年月（文本）"),
        /** One of the listed choices. */
        CHOICE("选项");

        private final String label;

        Format(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** Whether the column is text in a spreadsheet (everything but dates and counts). */
        public boolean text() {
            return this != DATE && this != COUNT;
        }
    }

    private static final String UNIT_CODE = "18 位统一社会信用代码，文本格式（不要输入成数字）";

    private static final Map<String, ImportColumn> COLUMNS = Stream.of(
            identifier("单位代码", UNIT_CODE),
            text("单位名称", "单位全称，同一行政区划内不重复"),
            text("简称", "可空"),
            choice("机构类型", UnitKind.class, "机关（党政机关、人大、政协、群团机关）或 事业单位"),
            choice("事业单位类别", InstitutionClass.class, "事业单位必填，机关不填"),
            identifier("上级单位代码", "主管部门或上级单位的 18 位统一社会信用代码，须已登记或在本文件中；顶级单位不填"),
            text("行政区划代码", "6 位数字，如 330381，文本格式"),
            choice("层级", AdministrativeLevel.class, "省/市/县/乡"),
            choice("经费形式", Funding.class, ""),
            text("别名", "群众常用的其他名称，多个以“、”分隔；可空"),
            date("设立日期", "可空：不填按“早已设立”（1949-10-01）登记"),
            choice("编制类型", QuotaType.class, "行政编制、政法专项编制用于机关，事业编制用于事业单位；花名册中编外人员不填"),
            new ImportColumn("核定数", Format.COUNT, List.of(), true, "不小于 0 的整数"),
            date("生效日期", "该核定从此日起生效，取代此前同一单位同一类型的核定"),
            identifier("批准文号", "批准文件的文号，如 X编办〔2024〕12号"),
            choice("职数类别", LeadershipCategory.class, ""),
            identifier("身份证号", "18 位公民身份号码，文本格式（不要输入成数字，Excel 只保留 15 位有效数字）；15 位旧号码自动转为 18 位"),
            text("姓名", "与身份证一致，可含“·”"),
            choice("性别", Gender.class, "可空：按身份证号；填写时须与身份证号一致"),
            date("出生日期", "可空：按身份证号；填写时须与身份证号一致"),
            choice("人员身份", PersonIdentity.class, ""),
            identifier("编制单位代码", "占用编制的单位，" + UNIT_CODE + "；编外人员不填"),
            date("入编日期", "填写编制单位时必填"),
            identifier("增人通知单号", "如 Z2024-00012；可空"),
            choice("领导职务", LeadershipCategory.class, "担任领导职务时填写，否则不填"),
            identifier("工作单位代码", "实际工作的单位，" + UNIT_CODE),
            choice("岗位类型", PostType.class, "行政岗位只在机关；管理、专业技术、工勤技能岗位只在事业单位"),
            choice("工作安排", Arrangement.class, "可空，默认在岗"),
            date("借调起始日期", "借调时填写"),
            date("借调截止日期", "借调时填写；长期借调可空（超过规定期限列为借调超期）"),
            date("到岗日期", "可空：到该岗位的日期；不填按借调起始日期、入编日期，再不填按导入时给的数据时点"),
            identifier("借调批准文号", "借调时填写"),
            choice("入编方式", EntryRoute.class, "可空"),
            choice("职务层次", CadreRank.class, "可空：职务层次（职级），自数据时点起记录；与在册记录不同时记为新的一段，原记录保留"),
            text("户口所在地", "可空：如 浙江省青田县鹤城街道，自数据时点起记录；与在册记录不同时记为新的一段"),
            identifier("发薪单位代码", UNIT_CODE),
            new ImportColumn("发薪月份", Format.MONTH, List.of(), true, "如 2026-05，文本格式"),
            text("前往国家（地区）", "多个以“、”分隔，如 日本、中国香港"),
            new ImportColumn("事由", Format.CHOICE, labels(TravelPurpose.class), false, "可选列出的事由，也可填写其他文字（按“其他”登记并保留原文）"),
            date("出发日期", ""),
            date("返回日期", "不早于出发日期"),
            text("单位意见", "可空；以“不同意”开头的为不同意意见，其他为同意"),
            text("纪检意见", "可空；以“不同意”开头的为不同意意见，其他为同意"),
            identifier("审批单位代码", "可空：作出审批的单位（如县委组织部）的统一社会信用代码；空则按系统设置"),
            new ImportColumn("审批结果", Format.CHOICE, List.of("批准", "不予批准"), true, ""),
            date("审批日期", "不晚于今天"),
            new ImportColumn("证件类型", Format.CHOICE, labels(DocumentType.class), false, "也可写 普通护照、往来台湾通行证"),
            identifier("证件号码", "5 至 30 位字母或数字，文本格式"),
            choice("出入境方向", CrossingDirection.class, ""),
            date("日期", "出境或入境的日期，不晚于今天"),
            text("口岸", "如 罗湖口岸"),
            text("前往地", "出境记录必填"),
            date("签发日期", "证件的签发日期，不晚于今天"),
            text("签发机关", "如 某某市公安局出入境管理支队"),
            identifier("证明编号", "出国（境）证明的编号，文本格式"),
            date("出具日期", "证明的出具日期，不晚于今天"),
            text("出具单位", "出具证明的单位全称，与登记备案的人事主管部门一致才属按干部管理权限出具"))
            .collect(Collectors.toMap(ImportColumn::header, c -> c));

    /** The column of this header; a header not described here (none of the kinds has one) is plain text. */
    public static ImportColumn of(String header) {
        return find(header).orElseGet(() -> text(header, ""));
    }

    public static Optional<ImportColumn> find(String header) {
        return Optional.ofNullable(COLUMNS.get(header));
    }

    /** The columns of a kind, in the order of its files. */
    public static List<ImportColumn> of(ImportKind kind) {
        return kind.columns().stream().map(ImportColumn::of).toList();
    }

    /** The columns whose values are identifiers ({@link Format#IDENTIFIER}). */
    public static java.util.Set<String> identifiers() {
        return COLUMNS.values().stream().filter(c -> c.format() == Format.IDENTIFIER).map(ImportColumn::header)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static ImportColumn identifier(String header, String note) {
        return new ImportColumn(header, Format.IDENTIFIER, List.of(), true, note);
    }

    private static ImportColumn text(String header, String note) {
        return new ImportColumn(header, Format.TEXT, List.of(), true, note);
    }

    private static ImportColumn date(String header, String note) {
        return new ImportColumn(header, Format.DATE, List.of(), true, (note.isEmpty() ? "" : note + "；") + "写作 2024-03-01（也可 2024/3/1、2024年3月1日）");
    }

    private static <E extends Enum<E> & Labeled> ImportColumn choice(String header, Class<E> type, String note) {
        return new ImportColumn(header, Format.CHOICE, labels(type), true, note);
    }

    private static <E extends Enum<E> & Labeled> List<String> labels(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Labeled::label).toList();
    }
}
