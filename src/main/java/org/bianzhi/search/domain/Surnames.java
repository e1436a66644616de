package org.bianzhi.search.domain;

import java.util.Map;
import java.util.Set;

/**
 * 姓氏: compound surnames, and the surnames whose reading as a surname differs from the character's common reading
 * (单 shan, not dan). A name is searched by both readings, since clerks type either.
 */
final class Surnames {

    private Surnames() {
    }

    static final Set<String> COMPOUND = Set.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙",
            "宇文", "司徒", "夏侯", "令狐", "轩辕", "端木", "南宫", "西门", "独孤", "万俟", "单于", "澹台", "呼延", "申屠",
            "太史", "闻人", "公冶", "百里", "东郭", "钟离", "鲜于", "赫连", "拓跋", "左丘", "谷梁", "司空", "乐正");

    /** The surname readings, syllables separated by spaces. */
    static final Map<String, String> READINGS = Map.ofEntries(
            Map.entry("单", "shan"), Map.entry("曾", "zeng"), Map.entry("解", "xie"), Map.entry("仇", "qiu"),
            Map.entry("区", "ou"), Map.entry("朴", "piao"), Map.entry("查", "zha"), Map.entry("乐", "yue"),
            Map.entry("翟", "zhai"), Map.entry("缪", "miao"), Map.entry("覃", "qin"), Map.entry("盖", "ge"),
            Map.entry("召", "shao"), Map.entry("折", "she"), Map.entry("种", "chong"), Map.entry("繁", "po"),
            Map.entry("员", "yun"), Map.entry("秘", "bi"), Map.entry("句", "gou"), Map.entry("能", "nai"),
            Map.entry("宓", "mi"), Map.entry("祭", "zhai"), Map.entry("黑", "he"), Map.entry("蕃", "pi"),
            Map.entry("贲", "ben"), Map.entry("莘", "shen"), Map.entry("冼", "xian"), Map.entry("燕", "yan"),
            Map.entry("尉", "wei"), Map.entry("阚", "kan"), Map.entry("柏", "bai"), Map.entry("薄", "bo"),
            Map.entry("沈", "shen"), Map.entry("任", "ren"), Map.entry("华", "hua"), Map.entry("纪", "ji"),
            Map.entry("长孙", "zhang sun"), Map.entry("尉迟", "yu chi"), Map.entry("万俟", "mo qi"),
            Map.entry("单于", "chan yu"), Map.entry("澹台", "tan tai"), Map.entry("乐正", "yue zheng"));

    /** How long the surname of this (normalised) name is: 2 for a compound surname, else 1. */
    static int length(String name) {
        return name.length() > 2 && COMPOUND.contains(name.substring(0, 2)) ? 2 : 1;
    }
}
