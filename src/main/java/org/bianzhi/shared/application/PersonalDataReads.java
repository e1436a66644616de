package org.bianzhi.shared.application;

import jakarta.enterprise.context.RequestScoped;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The personal data this request disclosed — full ID numbers and whole records, per person — collected
 * while views are built and written to the access log once the answer is ready.
 */
@RequestScoped
public class PersonalDataReads {

    /** What was read about a person. */
    public enum What { FULL_ID_NUMBER, FULL_RECORD }

    private final Map<Long, What> reads = new LinkedHashMap<>();

    public void read(Long personId, What what) {
        reads.merge(personId, what, (a, b) -> a == What.FULL_RECORD || b == What.FULL_RECORD ? What.FULL_RECORD : a);
    }

    /** The reads so far, and forgets them (each is logged once). */
    public Map<Long, What> drain() {
        Map<Long, What> copy = new LinkedHashMap<>(reads);
        reads.clear();
        return copy;
    }
}
