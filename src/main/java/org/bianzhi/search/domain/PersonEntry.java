package org.bianzhi.search.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * 检索条目: what the search knows of one person — identity and the periods of their registry history (see
 * {@link Stint}) — read from the registry when the person changes. {@code scopeUnits} are the ids of every unit any
 * of their records ever named, with those units' superiors: a unit clerk finds the person when their unit is among
 * them, as {@code Scope} decides for the registry itself.
 */
public record PersonEntry(long personId, String name, String idNumber, String gender, String identity,
                          List<Stint> stints, Set<Long> scopeUnits) {

    /** A quota held: the unit and the quota type (占编). */
    public record Seat(UnitFacts unit, String quotaType) {}

    /** A post held: the working unit, post type and arrangement (在岗/借调/挂职). */
    public record Post(UnitFacts unit, String postType, String arrangement) {}

    /**
     * A period in which the person's seats and posts stayed the same: {@code from} inclusive, {@code to} exclusive,
     * null when still open.
     */
    public record Stint(LocalDate from, LocalDate to, Set<Seat> seats, Set<Post> posts) {

        public boolean covers(LocalDate date) {
            return !from.isAfter(date) && (to == null || to.isAfter(date));
        }
    }

    /** The last period, or null when the person has no records. */
    public Stint latest() {
        return stints.isEmpty() ? null : stints.get(stints.size() - 1);
    }
}
