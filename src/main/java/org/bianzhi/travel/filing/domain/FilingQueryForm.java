package org.bianzhi.travel.filing.domain;

import java.time.LocalDate;
import java.util.List;
import org.bianzhi.roster.domain.CadreRank;

/**
 * 登记备案人员因私出国（境）信息查询表 (seed 002 附件1) as the seed prints it: the title, the header line (填表单位（章）,
 * 填表时间), the 14 columns in their order, the footer (填表人、联系电话、审核人) and the notes 1–5 under it; the order of
 * its rows (省管干部, 处级干部, 其他干部, note 1) and the words of its 登记备案人员类型 column (note 3).
 */
public final class FilingQueryForm {

    private FilingQueryForm() {
    }

    public static final String TITLE = "登记备案人员因私出国（境）信息查询表";

    public static final List<String> COLUMNS = List.of("序号", "姓", "名", "性别", "身份证号", "出生日期（8位）", "现任职务（职级）",
            "户口所在地", "登记备案人员类型", "人事主管部门", "是否持有因私出国（境）证件", "因私出国（境）证件号", "证件是否交由组织集中保管",
            "登记备案状态");

    public static final String UNIT_LINE = "填表单位（章）：";

    public static final String SIGNER = "填表人：              （联系电话：              ）";

    public static final String REVIEWER = "审核人：";

    public static final List<String> NOTES = List.of(
            "注：1.请按照省管干部、处级干部、其他干部的顺序填写；",
            "2.本表由各级组织人事部门同时送省委组织部干部监督处及所在地公安机关出入境管理部门；",
            "3.“登记备案人员类型”填写“县（区）管乡科级党政领导干部”、“市直属单位的中层负责人”、“县处级以上在职干部”、“厅局级以上离退休人员”、"
                    + "“企业法人或领导人员”、“安全、涉密等重要岗位人员”或者“‘裸官’配偶或子女”等；",
            "4.登记备案人员如无因私出国（境）证件，则在“因私出国（境）证件号”栏填写“无”；",
            "5.“登记备案状态”填写“已备案”、“未备案”或者“变更备案”等。");

    /** 填表时间：2026年6月30日. */
    public static String dateLine(LocalDate d) {
        return "填表时间：" + d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /**
     * Note 1's groups by rank: 0 省管干部 (省部级, 厅局级: managed by the province or above), 1 处级干部 (县处级),
     * 2 其他干部 (乡科级, below, or no rank recorded).
     */
    public static int group(CadreRank rank) {
        if (rank == null) return 2;
        return switch (rank) {
            case PROVINCIAL, BUREAU -> 0;
            case COUNTY -> 1;
            default -> 2;
        };
    }

    /** The category in note 3's words (县（区）… with full-width brackets, 市直属单位的中层负责人). */
    public static String categoryWords(FilingCategory c) {
        return switch (c) {
            case TOWNSHIP_LEADER -> "县（区）管乡科级党政领导干部";
            case MIDDLE_MANAGER -> "市直属单位的中层负责人";
            default -> c.label();
        };
    }

    /** 现任职务（职级）: the posts held, then the rank in brackets; the rank alone without a post. */
    public static String postAndRank(String posts, CadreRank rank) {
        String p = posts == null ? "" : posts;
        return rank == null ? p : p + "（" + rank.label() + "）";
    }

    /**
     * One filed person as the form needs them. {@code documents}: the valid documents as 类型+号码; {@code allInCustody}:
     * whether each of them is held by the organisation (null without documents).
     */
    public record Entry(long personId, String name, String gender, String idNumber, LocalDate birthDate, String posts,
                        CadreRank rank, String household, FilingCategory category, String department, List<String> documents,
                        Boolean allInCustody, String status) {}

    /** The form's rows: in note 1's order (group, then name in pinyin order, then person), numbered from 1. */
    public static List<List<Object>> rows(List<Entry> entries) {
        java.text.Collator byName = java.text.Collator.getInstance(java.util.Locale.CHINA);
        List<Entry> sorted = new java.util.ArrayList<>(entries);
        sorted.sort(java.util.Comparator.<Entry>comparingInt(e -> group(e.rank())).thenComparing(Entry::name, byName)
                .thenComparingLong(Entry::personId));
        List<List<Object>> rows = new java.util.ArrayList<>();
        int n = 0;
        for (Entry e : sorted) {
            org.bianzhi.roster.domain.PersonName.Parts name = org.bianzhi.roster.domain.PersonName.split(e.name());
            boolean held = !e.documents().isEmpty();
            rows.add(java.util.Arrays.asList(++n, name.surname(), name.given(), e.gender(), e.idNumber(),
                    e.birthDate() == null ? null : e.birthDate().format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE),
                    postAndRank(e.posts(), e.rank()), e.household(), categoryWords(e.category()), e.department(),
                    held ? "是" : "否", held ? String.join("、", e.documents()) : "无",
                    !held ? "" : Boolean.TRUE.equals(e.allInCustody()) ? "是" : "否", e.status()));
        }
        return rows;
    }
}
