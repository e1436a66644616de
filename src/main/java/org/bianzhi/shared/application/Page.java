package org.bianzhi.shared.application;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a longer list, with the total so a screen can page through it: the one envelope of every list
 * ({@code items}, {@code total}, {@code offset}, {@code limit}). Lists that say more (a search's facets, the
 * findings' counts by rule) carry these four under the same names beside it.
 */
public record Page<T>(List<T> items, long total, int offset, int limit) {

    /** The page of a list held whole in memory (a short one, or one selected by rules that run in Java). */
    public static <T> Page<T> of(List<T> all, int offset, int limit) {
        int from = Math.min(offset, all.size());
        return new Page<>(List.copyOf(all.subList(from, Math.min(all.size(), from + limit))), all.size(), offset, limit);
    }

    /** The same page of views: only the rows on the page are turned into views. */
    public <R> Page<R> map(Function<? super T, ? extends R> view) {
        return new Page<>(items.stream().<R>map(view).toList(), total, offset, limit);
    }
}
