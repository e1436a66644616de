package org.bianzhi.search.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * 单位检索信息: what the search knows of a unit today — code, place in the tree, every name it is known by (name,
 * short name, aliases, former names), kind and region.
 */
public record UnitFacts(long id, String code, String path, String name, String shortName, List<String> aliases,
                        List<String> formerNames, String kind, String region, boolean abolished) {

    /** The unit's id and its superiors' ids, from its materialized path (/12/345/). */
    public List<Long> lineage() {
        List<Long> ids = new ArrayList<>();
        for (String part : path.split("/")) if (!part.isEmpty()) ids.add(Long.parseLong(part));
        return ids;
    }

    /** Every name, normalised for comparison, the current name first. */
    public List<String> names() {
        List<String> all = new ArrayList<>();
        all.add(ChineseText.normalized(name));
        if (shortName != null) all.add(ChineseText.normalized(shortName));
        for (String a : aliases) all.add(ChineseText.normalized(a));
        for (String f : formerNames) all.add(ChineseText.normalized(f));
        return all;
    }
}
