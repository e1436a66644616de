package org.bianzhi.shared.application;

import jakarta.enterprise.context.RequestScoped;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The personal data this request disclosed — full ID numbers and whole records, per person, and the reporters
 * of complaint cases — collected while views are built and written to the access log once the answer is ready.
 */
@RequestScoped
public class PersonalDataReads {

    /** What was read about a person. */
    public enum What { FULL_ID_NUMBER, FULL_RECORD, REPORTER_IDENTITY }

    private final Map<Long, What> reads = new LinkedHashMap<>();
    private final Set<Long> reporters = new LinkedHashSet<>();

    public void read(Long personId, What what) {
        reads.merge(personId, what, (a, b) -> a == What.FULL_RECORD || b == What.FULL_RECORD ? What.FULL_RECORD : a);
    }

    /** The reporter (name and contact) of complaint case {@code complaintId} was shown. */
    public void readReporter(Long complaintId) {
        reporters.add(complaintId);
    }

    /** The reads so far, and forgets them (each is logged once). */
    public Map<Long, What> drain() {
        Map<Long, What> copy = new LinkedHashMap<>(reads);
        reads.clear();
        return copy;
    }

    /** The complaint cases whose reporter was shown so far, and forgets them. */
    public Set<Long> drainReporters() {
        Set<Long> copy = new LinkedHashSet<>(reporters);
        reporters.clear();
        return copy;
    }

    /** Forgets every read (an answer that failed or a change's answer disclosed nothing to log). */
    public void forget() {
        reads.clear();
        reporters.clear();
    }
}
