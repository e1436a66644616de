package org.bianzhi.delegation.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.bianzhi.establishment.domain.AdministrativeLevel;
import org.bianzhi.establishment.domain.LeadershipCategory;
import org.bianzhi.roster.domain.LeadingRole;

/** What the review statistics read: approved trips of a period, and the people's filings, appointments and unit levels. */
public interface ReviewFacts {

    /** A person on an approved trip: the delegation's or application's number, the departure, the purpose (a code of either enum). */
    record Trip(String caseKey, long personId, LocalDate departsOn, String purpose) {}

    /** Members of delegations approved in [from, to] (still approved, returned or reported), organised within {@code scopePath}. */
    List<Trip> officialTrips(LocalDate from, LocalDate to, String scopePath);

    /** Applicants of private applications approved in [from, to]. */
    List<Trip> privateTrips(LocalDate from, LocalDate to);

    /** A period of a record: {@code to} exclusive, null open. */
    record Span(long personId, LocalDate from, LocalDate to) {
        public boolean contains(LocalDate day) {
            return !from.isAfter(day) && (to == null || to.isAfter(day));
        }
    }

    /** The people's filings (登记备案), any status. */
    List<Span> filings(Collection<Long> personIds);

    /** An appointment with its unit's level on the appointment's days (the unit's versions joined in). */
    record PostSpan(Span span, long unitId, LeadershipCategory category, LeadingRole role) {}

    List<PostSpan> appointments(Collection<Long> personIds);

    /** The unit's level on {@code day}, null when it did not exist. */
    AdministrativeLevel levelOn(long unitId, LocalDate day);
}
