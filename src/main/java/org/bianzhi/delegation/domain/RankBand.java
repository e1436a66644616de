package org.bianzhi.delegation.domain;

import java.util.List;
import org.bianzhi.establishment.domain.AdministrativeLevel;
import org.bianzhi.establishment.domain.LeadershipCategory;
import org.bianzhi.roster.domain.CadreRank;
import org.bianzhi.roster.domain.LeadingRole;
import org.bianzhi.shared.domain.Labeled;

/**
 * 职级 as seed 000's review statistics count people: 局级, 处级, 科级, 其他人员 — from the person's recorded 职务层次
 * ({@link #of(CadreRank)}); without one, derived from the leadership appointments in force on the departure day, by the level of the unit: the
 * leaders (正副职) of a province's units are 局级 and their department heads 处级; of a city's units 处级 and 科级; of a
 * county's units and townships 科级 — except the county's own principal leaders (县委书记, 县长: 地方主要领导 at county
 * level) who are 处级, and a city's who are 局级. Everyone else, and anyone without an appointment, is 其他人员. The
 * highest band of a person's posts counts.
 */
public enum RankBand implements Labeled {
    BUREAU("局级"),
    DIVISION("处级"),
    SECTION("科级"),
    OTHER("其他人员");

    private final String label;

    RankBand(String label) {
        this.label = label;
    }

    /** A post as the band needs it: the unit's level on the day, the category, the 主要领导身份 (null: none). */
    public record PostLevel(AdministrativeLevel level, LeadershipCategory category, LeadingRole role) {}

    /** The band of a recorded 职务层次: 省部级 and 厅局级 count as 局级. */
    public static RankBand of(CadreRank rank) {
        return switch (rank) {
            case PROVINCIAL, BUREAU -> BUREAU;
            case COUNTY -> DIVISION;
            case TOWNSHIP -> SECTION;
            case OTHER -> OTHER;
        };
    }

    public static RankBand of(List<PostLevel> posts) {
        RankBand best = OTHER;
        for (PostLevel p : posts) {
            RankBand b = of(p);
            if (b.ordinal() < best.ordinal()) best = b;
        }
        return best;
    }

    private static RankBand of(PostLevel p) {
        if (p.level() == null) return OTHER;
        boolean head = p.category() == LeadershipCategory.UNIT_PRINCIPAL || p.category() == LeadershipCategory.UNIT_DEPUTY;
        boolean local = p.role() != null && p.role().local();
        return switch (p.level()) {
            case PROVINCE -> head ? BUREAU : DIVISION;
            case CITY -> local ? BUREAU : head ? DIVISION : SECTION;
            case COUNTY -> local ? DIVISION : head ? SECTION : OTHER;
            case TOWNSHIP -> head ? SECTION : OTHER;
        };
    }

    @Override
    public String label() {
        return label;
    }
}
