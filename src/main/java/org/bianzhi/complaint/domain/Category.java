package org.bianzhi.complaint.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.bianzhi.shared.domain.Check;
import org.bianzhi.shared.domain.Labeled;

/** 举报类别: what a complaint alleges (DOMAIN.md section 9). */
public enum Category implements Labeled {
    OVER_QUOTA_HIRING("超编进人"),
    MIXED_POSTS("混编混岗"),
    GHOST_PAYROLL("吃空饷"),
    OVER_LEADERSHIP("超职数配备"),
    UNAUTHORISED_BODY("违规设置机构"),
    OTHER("其他");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The categories named by {@code texts} (codes or labels): at least one; each unreadable one is a violation. */
    public static Set<Category> parse(Check check, List<String> texts) {
        Set<Category> result = EnumSet.noneOf(Category.class);
        if (texts == null || texts.stream().allMatch(t -> t == null || t.isBlank())) {
            check.require(false, "categories", "请至少选择一个举报类别（" + Labeled.choices(Category.class) + "）");
            return result;
        }
        for (String t : texts) {
            Category c = check.choice(Category.class, t, "categories", "举报类别");
            if (c != null) result.add(c);
        }
        return result;
    }
}
