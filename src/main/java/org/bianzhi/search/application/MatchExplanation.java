package org.bianzhi.search.application;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bianzhi.search.domain.NameKeys;
import org.bianzhi.search.domain.PersonHits;
import org.bianzhi.search.domain.PersonQuery;
import org.bianzhi.search.domain.UnitCatalogue;
import org.bianzhi.search.domain.UnitFacts;

/**
 * 匹配说明: for each word of the query, the best way a hit matched it (姓名, 姓名开头, 全拼, 身份证号后4位, 单位：…),
 * worked out again from the hit itself, so that the clerk sees why a person is in the list.
 */
final class MatchExplanation {

    private MatchExplanation() {
    }

    static List<String> of(PersonHits.Hit hit, List<PersonQuery.QueryToken> tokens, UnitCatalogue units) {
        List<String> matched = new ArrayList<>();
        NameKeys keys = null;
        for (PersonQuery.QueryToken t : tokens) {
            String x = t.text();
            String how = null;
            switch (t.kind()) {
                case HAN -> {
                    keys = keys == null ? NameKeys.of(hit.name()) : keys;
                    if (keys.exact().equals(x)) how = "姓名：" + x;
                    else if (keys.prefixes().contains(x)) how = "姓名开头：" + x;
                    else if (keys.parts().contains(x)) how = "姓名包含：" + x;
                }
                case LATIN -> {
                    keys = keys == null ? NameKeys.of(hit.name()) : keys;
                    if (keys.pinyin().contains(x)) how = "姓名全拼：" + x;
                    else if (keys.initials().contains(x)) how = "姓名拼音首字母：" + x;
                    else if (keys.mixed().contains(x)) how = "姓全拼加名首字母：" + x;
                    else if (keys.pinyinParts().contains(x)) how = "名字拼音：" + x;
                    else if (keys.pinyinPrefixes().contains(x)) how = "拼音开头：" + x;
                    else if (keys.initialPrefixes().contains(x) || keys.initialParts().contains(x)) how = "拼音首字母：" + x;
                }
                case ID_NUMBER -> how = "身份证号";
                case ID_DIGITS -> how = "身份证号后" + x.length() + "位：" + x;
            }
            if (how == null) how = unit(hit, t, units);
            if (how == null) how = label(hit, t);
            if (how != null) matched.add(how);
        }
        return matched;
    }

    private static String unit(PersonHits.Hit hit, PersonQuery.QueryToken t, UnitCatalogue units) {
        if (t.units().isEmpty()) return null;
        Set<Long> held = new LinkedHashSet<>();
        hit.seats().forEach(s -> held.add(s.unitId()));
        hit.posts().forEach(p -> held.add(p.unitId()));
        for (Long id : held) {
            UnitFacts u = units.get(id);
            if (u == null) continue;
            for (Long line : u.lineage()) {
                if (t.units().contains(line)) return "单位：" + units.get(line).name();
            }
        }
        return "曾在单位：" + t.text();
    }

    private static String label(PersonHits.Hit hit, PersonQuery.QueryToken t) {
        for (PersonQuery.QueryToken.Label l : t.labels()) {
            boolean holds = switch (l.dimension()) {
                case "quotaType" -> hit.seats().stream().anyMatch(s -> s.quotaType().equals(l.code()));
                case "postType" -> hit.posts().stream().anyMatch(p -> p.postType().equals(l.code()));
                case "identity" -> l.code().equals(hit.identity());
                default -> true;
            };
            if (holds) return l.label();
        }
        return t.labels().isEmpty() ? null : t.labels().get(0).label();
    }
}
