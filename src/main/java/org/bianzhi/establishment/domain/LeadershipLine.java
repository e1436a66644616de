package org.bianzhi.establishment.domain;

/** Approved leadership positions of one category against the people holding them on one date. */
public record LeadershipLine(LeadershipCategory category, int approved, int holders) {

    public int vacant() {
        return Math.max(approved - holders, 0);
    }

    public int over() {
        return Math.max(holders - approved, 0);
    }
}
