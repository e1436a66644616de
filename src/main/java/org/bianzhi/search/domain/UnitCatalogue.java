package org.bianzhi.search.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * 单位名录: every unit with every name it is known by, held in memory (20,000 units are a few megabytes) and replaced
 * whole when a unit changes. It answers which units a word of the query box names and the unit search.
 */
public final class UnitCatalogue {

    /** A word is looked up in at most this many units' names; "局" alone names thousands and says little. */
    static final int MAX_NAMED = 5_000;
    private static final int MAX_CACHED = 10_000;

    private final Map<Long, UnitFacts> byId;
    private final Map<String, UnitFacts> byCode = new HashMap<>();
    private final UnitFacts[] units;
    private final String[][] names;
    private final Map<String, Set<Long>> named = new ConcurrentHashMap<>();
    /** For each pair of adjacent characters, the units (positions in {@link #units}) one of whose names holds it. */
    private final Map<String, int[]> byPair;

    public UnitCatalogue(Collection<UnitFacts> all) {
        byId = new HashMap<>(all.size() * 2);
        units = all.toArray(new UnitFacts[0]);
        names = new String[units.length][];
        for (int i = 0; i < units.length; i++) {
            byId.put(units[i].id(), units[i]);
            byCode.put(units[i].code(), units[i]);
            names[i] = units[i].names().toArray(new String[0]);
        }
        Map<String, List<Integer>> pairs = new HashMap<>();
        for (int i = 0; i < units.length; i++) {
            Set<String> seen = new java.util.HashSet<>();
            for (String n : names[i]) {
                for (int k = 0; k + 2 <= n.length(); k++) {
                    String pair = n.substring(k, k + 2);
                    if (seen.add(pair)) pairs.computeIfAbsent(pair, x -> new ArrayList<>()).add(i);
                }
            }
        }
        byPair = new HashMap<>(pairs.size() * 2);
        pairs.forEach((pair, list) -> byPair.put(pair, list.stream().mapToInt(Integer::intValue).toArray()));
    }

    public UnitFacts get(long id) {
        return byId.get(id);
    }

    public UnitFacts byCode(String code) {
        return byCode.get(code);
    }

    public int size() {
        return units.length;
    }

    /** The ids of the units one of whose names holds the (normalised) word; empty for a single character. */
    public Set<Long> naming(String word) {
        if (word.length() < 2) return Set.of();
        Set<Long> cached = named.get(word);
        if (cached != null) return cached;
        // Only the units holding the word's rarest pair of characters can hold the word: check those.
        int[] candidates = null;
        for (int k = 0; k + 2 <= word.length(); k++) {
            int[] c = byPair.getOrDefault(word.substring(k, k + 2), new int[0]);
            if (candidates == null || c.length < candidates.length) candidates = c;
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (int c = 0; c < candidates.length && ids.size() < MAX_NAMED; c++) {
            int i = candidates[c];
            for (String n : names[i]) {
                if (n.contains(word)) {
                    ids.add(units[i].id());
                    break;
                }
            }
        }
        Set<Long> result = Set.copyOf(ids);
        if (named.size() < MAX_CACHED) named.put(word, result);
        return result;
    }

    /** A unit found by the unit search, with the name that matched and how well. */
    public record UnitMatch(UnitFacts unit, String matchedName, int score) {}

    /**
     * The unit search: every word must occur in one of the unit's names (or be its code); the current name exact
     * ranks first, then a short name or alias exact, the beginning of a name, any part, and former names last.
     */
    public List<UnitMatch> find(List<String> words, Predicate<String> sees, int limit) {
        List<UnitMatch> found = new ArrayList<>();
        for (int i = 0; i < units.length; i++) {
            UnitFacts u = units[i];
            if (!sees.test(u.path())) continue;
            int total = 0;
            String matched = null;
            for (String w : words) {
                int best = 0;
                String bestName = null;
                if (u.code().equalsIgnoreCase(w)) {
                    best = 100;
                    bestName = u.name();
                }
                int formerFrom = names[i].length - u.formerNames().size();
                for (int n = 0; n < names[i].length; n++) {
                    int s = score(names[i][n], w, n == 0, n >= formerFrom);
                    if (s > best) {
                        best = s;
                        bestName = n == 0 ? u.name() : names[i][n];
                    }
                }
                if (best == 0) {
                    total = 0;
                    break;
                }
                total += best;
                if (matched == null) matched = bestName;
            }
            if (total > 0) found.add(new UnitMatch(u, matched, total - (u.abolished() ? 5 : 0)));
        }
        found.sort(Comparator.comparingInt(UnitMatch::score).reversed().thenComparing(m -> m.unit().name().length())
                .thenComparing(m -> m.unit().code()));
        return found.size() > limit ? found.subList(0, limit) : found;
    }

    private static int score(String name, String word, boolean current, boolean former) {
        int s;
        if (name.equals(word)) s = current ? 100 : 90;
        else if (name.startsWith(word)) s = 60;
        else if (name.contains(word)) s = 40;
        else return 0;
        return former ? s / 3 : s;
    }
}
