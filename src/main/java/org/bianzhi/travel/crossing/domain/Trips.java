package org.bianzhi.travel.crossing.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns one person's crossings into trips: ordered by date (the exit first on one day), an exit and the next entry
 * are one trip. Gaps in the data are kept visible rather than guessed:
 * <ul>
 * <li>an entry with no exit before it (or two entries in a row) is a trip whose departure is unknown;</li>
 * <li>two exits in a row: the first trip's entry record is missing. It is a trip without return, ended by the next
 * exit ({@link Trip#nextExitOn()}): the person was back by then, so it is not "still abroad", and since the day of
 * return is unknown it is never reported as a late return.</li>
 * </ul>
 */
public final class Trips {

    private Trips() {
    }

    public static List<Trip> of(List<Crossing> crossings) {
        List<Crossing> sorted = new ArrayList<>(crossings);
        sorted.sort(Crossing.ORDER);
        List<Trip> trips = new ArrayList<>();
        Crossing exit = null;
        for (Crossing c : sorted) {
            if (c.direction() == CrossingDirection.EXIT) {
                if (exit != null) trips.add(trip(exit, null, c));
                exit = c;
            } else {
                trips.add(exit == null ? new Trip(null, c.on(), null, null, c.docType(), c.docNumber(), null, c.port())
                        : trip(exit, c, null));
                exit = null;
            }
        }
        if (exit != null) trips.add(trip(exit, null, null));
        return trips;
    }

    private static Trip trip(Crossing exit, Crossing entry, Crossing nextExit) {
        return new Trip(exit.on(), entry == null ? null : entry.on(), nextExit == null ? null : nextExit.on(),
                exit.destination(), exit.docType(), exit.docNumber(), exit.port(), entry == null ? null : entry.port());
    }
}
