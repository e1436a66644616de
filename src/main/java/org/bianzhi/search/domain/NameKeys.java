package org.bianzhi.search.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * 姓名检索键: every form in which a clerk may type a name — whole, its beginning (the surname), any part of it (the
 * given name), full pinyin, pinyin initials, the surname in full with the given name's initials (zhangw) — each
 * kept apart so that the search can rank an exact name above a partial or pinyin one.
 */
public record NameKeys(String exact, Set<String> prefixes, Set<String> parts, Set<String> pinyin,
                       Set<String> pinyinPrefixes, Set<String> pinyinParts, Set<String> initials,
                       Set<String> initialPrefixes, Set<String> initialParts, Set<String> mixed) {

    /** Parts longer than this are not kept: no one types five characters of a name that are not its beginning. */
    private static final int LONGEST_PART = 4;

    public static NameKeys of(String name) {
        String n = ChineseText.normalized(name);
        NameKeys k = new NameKeys(n, new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>(),
                new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>(),
                new LinkedHashSet<>(), new LinkedHashSet<>());
        for (int i = 1; i < n.length(); i++) k.prefixes.add(n.substring(0, i));
        for (int len = 1; len <= Math.min(LONGEST_PART, n.length()); len++) {
            for (int i = 0; i + len <= n.length(); i++) k.parts.add(n.substring(i, i + len));
        }
        for (List<String> syllables : readings(n)) k.addReading(syllables, Math.min(Surnames.length(n), syllables.size()));
        return k;
    }

    private void addReading(List<String> syllables, int surname) {
        if (syllables.isEmpty()) return;
        String full = String.join("", syllables);
        pinyin.add(full);
        for (int i = 2; i < full.length(); i++) pinyinPrefixes.add(full.substring(0, i));
        StringBuilder ini = new StringBuilder();
        for (String s : syllables) ini.append(s.charAt(0));
        initials.add(ini.toString());
        for (int i = 2; i < ini.length(); i++) initialPrefixes.add(ini.substring(0, i));
        for (int i = surname; i < syllables.size(); i++) {
            pinyinParts.add(String.join("", syllables.subList(i, syllables.size())));
        }
        if (surname < syllables.size()) {
            String given = ini.substring(surname);
            if (given.length() > 1) initialParts.add(given);
            mixed.add(String.join("", syllables.subList(0, surname)) + given);
        }
    }

    /** The name's readings: the common reading of each character, and the surname's own reading where it differs. */
    static List<List<String>> readings(String n) {
        List<String> common = new ArrayList<>();
        for (int i = 0; i < n.length(); i++) {
            String p = ChineseText.pinyin(n.charAt(i));
            if (p != null) common.add(p);
        }
        List<List<String>> all = new ArrayList<>();
        all.add(common);
        int len = Surnames.length(n);
        String surnameReading = n.length() > len ? Surnames.READINGS.get(n.substring(0, len)) : null;
        if (surnameReading != null && common.size() >= len) {
            List<String> asSurname = new ArrayList<>(List.of(surnameReading.split(" ")));
            asSurname.addAll(common.subList(len, common.size()));
            if (!asSurname.equals(common)) all.add(asSurname);
        }
        return all;
    }
}
