package org.bianzhi.imports.domain;

import java.util.List;
import java.util.Optional;

/**
 * The files an office collects from units (DOMAIN.md section 12), and the unified payroll list it receives from
 * the finance department (section 11), with their Chinese column headers. Column order is free; optional columns
 * may be missing.
 */
public enum ImportKind {
    UNITS("units", "机构",
            List.of("单位代码", "单位名称", "机构类型", "行政区划代码", "层级", "经费形式"),
            List.of("单位代码", "单位名称", "简称", "机构类型", "事业单位类别", "上级单位代码", "行政区划代码", "层级",
                    "经费形式", "别名", "设立日期")),
    QUOTAS("quotas", "编制核定",
            List.of("单位代码", "编制类型", "核定数", "生效日期", "批准文号"),
            List.of("单位代码", "编制类型", "核定数", "生效日期", "批准文号")),
    LEADERSHIP("leadership", "领导职数核定",
            List.of("单位代码", "职数类别", "核定数", "生效日期", "批准文号"),
            List.of("单位代码", "职数类别", "核定数", "生效日期", "批准文号")),
    ROSTER("roster", "实名人员花名册",
            List.of("身份证号", "姓名", "人员身份"),
            List.of("身份证号", "姓名", "性别", "出生日期", "人员身份", "编制单位代码", "编制类型", "入编日期", "增人通知单号",
                    "领导职务", "工作单位代码", "岗位类型", "工作安排", "借调起始日期", "借调截止日期", "借调批准文号", "入编方式",
                    "到岗日期", "职务层次", "户口所在地")),
    /** 财政统发工资名单: one line per person paid in a month; not exported (the finance department owns it). */
    PAYROLL("payroll", "工资名单",
            List.of("身份证号", "姓名", "发薪单位代码", "发薪月份"),
            List.of("身份证号", "姓名", "发薪单位代码", "发薪月份")),
    /** 因私出国（境）审批记录 of the past, stored as they were decided; not exported. */
    TRAVEL_APPLICATIONS("travel-applications", "因私出国（境）审批记录",
            List.of("身份证号", "姓名", "前往国家（地区）", "出发日期", "返回日期", "审批结果", "审批日期"),
            List.of("身份证号", "姓名", "前往国家（地区）", "事由", "出发日期", "返回日期", "单位意见", "纪检意见", "审批结果",
                    "审批日期", "批准文号", "审批单位代码")),
    /** 出入境记录 from public security: one line per crossing; not exported (public security owns it). */
    BORDER_CROSSINGS("border-crossings", "出入境记录",
            List.of("身份证号", "证件类型", "证件号码", "出入境方向", "日期", "口岸"),
            List.of("身份证号", "证件类型", "证件号码", "出入境方向", "日期", "口岸", "前往地")),
    /** 证件签发记录 from public security: one line per travel document issued; not exported. */
    DOCUMENT_ISSUANCES("document-issuances", "证件签发记录",
            List.of("身份证号", "姓名", "证件类型", "证件号码", "签发日期", "签发机关"),
            List.of("身份证号", "姓名", "证件类型", "证件号码", "签发日期", "签发机关")),
    /** 出国（境）证明 issued for people to apply for documents with, as public security received them; not exported. */
    EXIT_CERTIFICATES("exit-certificates", "出国（境）证明",
            List.of("身份证号", "姓名", "证明编号", "出具日期", "出具单位"),
            List.of("身份证号", "姓名", "证明编号", "出具日期", "出具单位"));

    private final String path;
    private final String label;
    private final List<String> required;
    private final List<String> columns;

    /** {@code columns}: every column the file may have, in the order of DOMAIN.md section 12 (exports write it). */
    ImportKind(String path, String label, List<String> required, List<String> columns) {
        this.path = path;
        this.label = label;
        this.required = required;
        this.columns = columns;
    }

    public static Optional<ImportKind> ofPath(String path) {
        for (ImportKind k : values()) if (k.path.equals(path)) return Optional.of(k);
        return Optional.empty();
    }

    /** Whether the registry writes this kind back out (it does not hand the finance department's list around). */
    public boolean exported() { return this != PAYROLL && !travel(); }

    /** Data of private-travel supervision: the office and cadre supervision import them, unit clerks do not. */
    public boolean travel() {
        return this == TRAVEL_APPLICATIONS || this == BORDER_CROSSINGS || this == DOCUMENT_ISSUANCES || this == EXIT_CERTIFICATES;
    }

    public String path() { return path; }
    public String label() { return label; }
    public List<String> required() { return required; }
    public List<String> columns() { return columns; }
}
