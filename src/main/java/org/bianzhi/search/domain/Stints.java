package org.bianzhi.search.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Cuts a person's effective-dated records into {@link PersonEntry.Stint}s: every date on which a record begins or
 * ends starts a new period; periods without any record are dropped and neighbours that hold the same seats and posts
 * are joined. So "who was where on date D" is one period per person.
 */
public final class Stints {

    /** A record with its period ({@code to} exclusive, null open). */
    public record Dated<T>(T what, LocalDate from, LocalDate to) {

        boolean covers(LocalDate start) {
            return !from.isAfter(start) && (to == null || to.isAfter(start));
        }
    }

    private Stints() {
    }

    public static List<PersonEntry.Stint> of(List<Dated<PersonEntry.Seat>> seats, List<Dated<PersonEntry.Post>> posts) {
        TreeSet<LocalDate> bounds = new TreeSet<>();
        for (Dated<?> d : seats) addBounds(bounds, d);
        for (Dated<?> d : posts) addBounds(bounds, d);
        List<PersonEntry.Stint> stints = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>(bounds);
        for (int i = 0; i < dates.size(); i++) {
            LocalDate from = dates.get(i);
            LocalDate to = i + 1 < dates.size() ? dates.get(i + 1) : null;
            Set<PersonEntry.Seat> s = held(seats, from);
            Set<PersonEntry.Post> p = held(posts, from);
            if (s.isEmpty() && p.isEmpty()) continue;
            PersonEntry.Stint last = stints.isEmpty() ? null : stints.get(stints.size() - 1);
            if (last != null && from.equals(last.to()) && last.seats().equals(s) && last.posts().equals(p)) {
                stints.set(stints.size() - 1, new PersonEntry.Stint(last.from(), to, s, p));
            } else {
                stints.add(new PersonEntry.Stint(from, to, s, p));
            }
        }
        return stints;
    }

    private static void addBounds(TreeSet<LocalDate> bounds, Dated<?> d) {
        if (d.to() != null && !d.to().isAfter(d.from())) return;
        bounds.add(d.from());
        if (d.to() != null) bounds.add(d.to());
    }

    private static <T> Set<T> held(List<Dated<T>> records, LocalDate start) {
        Set<T> held = new LinkedHashSet<>();
        for (Dated<T> d : records) if (d.covers(start)) held.add(d.what());
        return held;
    }
}
