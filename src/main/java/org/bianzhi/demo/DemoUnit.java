package org.bianzhi.demo;

import java.util.EnumMap;
import java.util.Map;
import org.bianzhi.establishment.domain.LeadershipCategory;
import org.bianzhi.establishment.domain.QuotaType;

/** A unit of the generated county: its template, 统一社会信用代码, parent, and the leadership positions approved. */
final class DemoUnit {

    final UnitTemplate template;
    final String code;
    final DemoUnit parent;
    /** Position in the units file; rows and approvals follow this order. */
    int order;
    final Map<LeadershipCategory, Integer> approvedLeaders = new EnumMap<>(LeadershipCategory.class);

    DemoUnit(UnitTemplate template, String code, DemoUnit parent) {
        this.template = template;
        this.code = code;
        this.parent = parent;
    }

    boolean organ() {
        return template.organ();
    }

    boolean institution() {
        return !template.organ();
    }

    Profile profile() {
        return template.profile();
    }

    QuotaType mainType() {
        return template.profile().mainType();
    }

    String shortName() {
        return template.shortName();
    }

    @Override
    public String toString() {
        return template.name() + " " + code;
    }
}
