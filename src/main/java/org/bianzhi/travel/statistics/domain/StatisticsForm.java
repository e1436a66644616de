package org.bianzhi.travel.statistics.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bianzhi.shared.domain.Labeled;
import org.bianzhi.travel.casework.domain.HandlingMethod;
import org.bianzhi.travel.casework.domain.ProblemClass;
import org.bianzhi.travel.filing.domain.Filing;
import org.bianzhi.travel.filing.domain.FilingCategory;

/**
 * 统计表: the three statistics forms of seeds 001 and 002, with their column headings as the forms nest them. A
 * leaf column has a key the statistics fill; {@code 序号} and the unit's name come first in every form.
 */
public enum StatisticsForm implements Labeled {
    /** Seed 001 附件3. */
    MANAGEMENT("干部因私出国（境）管理工作有关情况统计表", Print.SEED_001, List.of(
            group("登记备案数情况", leaf("staff", "国家工作人员总数"), leaf("required", "应备数"), leaf("filed", "实备数")),
            group("因私出国（境）证件情况", leaf("toCollect", "应收数"), leaf("collected", "实收数"),
                    group("因私证件集中保管情况", leaf("heldPASSPORT", "因私护照"), leaf("heldHK_MACAO_PERMIT", "往来港澳通行证"),
                            leaf("heldTAIWAN_PERMIT", "大陆居民往来台湾通行证"))))),
    /** Seed 001 附件2, its headings character for character (its half-width brackets and shortened 出国境 included). */
    CAMPAIGN("干部因私出国（境）专项整治工作情况汇总统计表", Print.SEED_001, List.of(
            group("组织开展情况", leaf("newlyFiled", "新增登记备案人数"), leaf("newlyCollected", "新收缴证件数(本)"),
                    leaf("unapprovedTravellers", "期间未经审批出国（境）人数")),
            group("问题排查情况", problemColumns("违规办理因私证照", "违规持有因私证照", "瞒报持有因私证照", "未经批准擅自出国(境)",
                    "未按审批要求出国境", "瞒报出国境情况", "出国境审批事项把关不严")),
            group("违规违纪问题处理情况", leaf("handledPeople", "处理人数"),
                    group("处理方式（人次）", methodColumns("批评教育", "诫勉", "调离岗位", "责令辞职", "免职", "降职", "移交纪检监察机关"))))),
    /**
     * Seed 002 附件2, its 31 printed columns: the five filing categories of the form. The categories the notice added in
     * its notes (县（区）管乡科级, 市直中层) and 其他 count in 小计 and are said in the notes ({@link #notes}), so that no
     * printed column moves.
     */
    GOVERNANCE("专项治理工作情况汇总统计表", Print.SEED_002, List.of(
            group("组织开展情况", leaf("governedUnits", "开展治理的地区和单位数（个）"),
                    group("登记备案人员数（人）", leaf("filedTotal", "小计"), leaf("filedCOUNTY_LEVEL_CADRE", "县处级以上在职干部"),
                            leaf("filedRETIRED_SENIOR", "厅局级以上离退休人员"), leaf("filedENTERPRISE_LEADER", "企业法人或领导人员"),
                            leaf("filedSENSITIVE_POST", "安全、涉密等重要岗位人员"), leaf("filedNAKED_OFFICIAL_RELATIVE", "“裸官”的配偶或子女"))),
            group("问题排查情况", problemColumns("违规办理因私出国（境）证件", "违规持有因私出国（境）证件", "瞒报持有因私出国（境）证件",
                    "未经批准擅自因私出国（境）", "未按审批要求因私出国（境）", "瞒报因私出国（境）情况", "审批因私出国（境）事项把关不严")),
            group("处理情况", leaf("handledUnits", "处理单位数（个）"),
                    group("处理人员（人）", leaf("handledPeople", "小计"), leaf("rankPROVINCIAL", "省部级"), leaf("rankBUREAU", "厅局级"),
                            leaf("rankCOUNTY", "县处级"), leaf("rankTOWNSHIP", "乡科级"), leaf("rankOTHER", "其他")),
                    group("处理方式（人）", methodColumns("批评教育", "诫勉谈话", "调离岗位", "责令辞职", "免职", "降职", "移交纪检监察机关"))),
            leaf("remark", "备注")));

    /** A heading: a leaf (with the key of its number) or a group of headings. */
    public record Column(String key, String label, List<Column> children) {
        public boolean leaf() {
            return children.isEmpty();
        }

        /** How many heading rows this heading and those below it take. */
        public int depth() {
            return 1 + children.stream().mapToInt(Column::depth).max().orElse(0);
        }

        public List<Column> leaves() {
            if (leaf()) return List.of(this);
            List<Column> all = new ArrayList<>();
            children.forEach(c -> all.addAll(c.leaves()));
            return all;
        }
    }

    /**
     * What a seed prints above and below its table: the line with 填表时间 begins with {@code signature}; the last line is
     * {@code footer}.
     */
    public enum Print {
        SEED_001("单位主要负责人签字（加盖单位公章）：", "填表人：             联系电话：                            审核人："),
        SEED_002("填表单位（章）：", "填表人：                    （联系电话：                 ）                      审核人：");

        private final String signature;
        private final String footer;

        Print(String signature, String footer) {
            this.signature = signature;
            this.footer = footer;
        }

        public String signature() {
            return signature;
        }

        public String footer() {
            return footer;
        }
    }

    /** Filing categories seed 002's form has no column for, in the order its notes name them. */
    private static final List<FilingCategory> UNPRINTED_CATEGORIES =
            List.of(FilingCategory.TOWNSHIP_LEADER, FilingCategory.MIDDLE_MANAGER, FilingCategory.OTHER);

    private final String label;
    private final Print print;
    private final List<Column> columns;

    StatisticsForm(String label, Print print, List<Column> columns) {
        this.label = label;
        this.print = print;
        this.columns = columns;
    }

    public Print print() {
        return print;
    }

    /** Keys the form counts without a printed column of their own (said in its {@link #notes}). */
    public List<String> unprintedKeys() {
        return this == GOVERNANCE ? UNPRINTED_CATEGORIES.stream().map(c -> "filed" + c.name()).toList() : List.of();
    }

    /**
     * What the form's notes must say beyond how it counts, from its totals: on seed 002's form, the filed people of the
     * categories it has no column for (they are in 小计 only).
     */
    public List<String> notes(Map<String, Long> totals) {
        if (this != GOVERNANCE) return List.of();
        List<String> parts = new ArrayList<>();
        for (FilingCategory c : UNPRINTED_CATEGORIES) {
            long n = totals.getOrDefault("filed" + c.name(), 0L);
            if (n > 0) parts.add(c.label() + " " + n + " 人");
        }
        return parts.isEmpty() ? List.of() : List.of("登记备案人员数“小计”含表样未列栏目的人员：" + String.join("，", parts) + "。");
    }

    @Override
    public String label() {
        return label;
    }

    /** The headings after 序号 and the unit's name. */
    public List<Column> columns() {
        return columns;
    }

    /**
     * The headings as printed for a report whose look-back begins on {@code since}: seed 001's column E counts the
     * unapproved trips "2016年1月1日以来", from a day of its own rather than the period's.
     */
    public List<Column> columns(LocalDate since) {
        return columns.stream().map(c -> relabel(c, "unapprovedTravellers",
                since.getYear() + "年" + since.getMonthValue() + "月" + since.getDayOfMonth() + "日以来未经审批出国（境）人数")).toList();
    }

    private static Column relabel(Column c, String key, String label) {
        if (c.leaf()) return key.equals(c.key()) ? new Column(c.key(), label, List.of()) : c;
        return new Column(c.key(), c.label(), c.children().stream().map(x -> relabel(x, key, label)).toList());
    }

    public List<Column> leaves() {
        List<Column> all = new ArrayList<>();
        columns.forEach(c -> all.addAll(c.leaves()));
        return all;
    }

    public int headingRows() {
        return columns.stream().mapToInt(Column::depth).max().orElse(1);
    }

    private static Column leaf(String key, String label) {
        return new Column(key, label, List.of());
    }

    private static Column group(String label, Column... children) {
        return new Column(null, label, List.of(children));
    }

    /** One column per problem class, in ProblemClass's order (the seeds' order), under the form's own words. */
    private static Column[] problemColumns(String... labels) {
        ProblemClass[] classes = java.util.Arrays.stream(ProblemClass.values()).filter(c -> !c.police()).toArray(ProblemClass[]::new);
        Column[] cs = new Column[classes.length];
        for (int i = 0; i < classes.length; i++) cs[i] = leaf("problem" + classes[i].name(), labels[i]);
        return cs;
    }

    /** One column per handling method (codes of HandlingMethod), in the forms' order. */
    private static Column[] methodColumns(String... labels) {
        // a local list: the enum's constants are built before its static fields
        List<String> methods = List.of("CRITICISM", "ADMONISHMENT", "REASSIGNMENT", "ORDERED_RESIGNATION", "DISMISSAL",
                "DEMOTION", "REFERRAL");
        Column[] cs = new Column[methods.size()];
        for (int i = 0; i < cs.length; i++) cs[i] = leaf("method" + methods.get(i), labels[i]);
        return cs;
    }
}
