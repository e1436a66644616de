package org.bianzhi.demo;

/**
 * How many of each planted case a county of a given size gets. The numbers are those of the 3,000-person demo,
 * scaled with the size (at least one each) so a larger roster keeps the same small share of problems.
 */
record Plan(int overQuotaUnits, int overLeadershipUnits, int mixedInstitution, int secondments,
            int overdueSecondments, int nonCivilServants, int noQuota, int duplicates, int withoutNotice, int overage,
            int nearOverage, int temporaryAssignments, int externalStaff) {

    static Plan forPeople(int people, int units) {
        double s = people / 3000.0;
        return new Plan(
                Math.min(scaled(3, s), units / 10),
                Math.min(scaled(1, s), units / 20),
                scaled(10, s), scaled(3, s), scaled(3, s), scaled(3, s), scaled(5, s), scaled(2, s), scaled(3, s),
                scaled(2, s), scaled(3, s), scaled(2, s),
                (int) Math.round(people * 0.015));
    }

    /** The people created for planted cases and near misses (the rest of the roster is regular staff). */
    int newPeople() {
        return mixedInstitution + secondments + overdueSecondments + nonCivilServants + noQuota + duplicates + overage
                + nearOverage + temporaryAssignments + externalStaff;
    }

    private static int scaled(int base, double s) {
        return Math.max(1, (int) Math.round(base * s));
    }
}
