package org.bianzhi.search.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * 检索结果 as the port answers it: the total, the page of hits best first, facet counts over all matches (dimension →
 * value → count), and how long the index took, in milliseconds with fractions.
 */
public record PersonHits(long total, double tookMs, List<Hit> hits, Map<String, Map<String, Long>> facets) {

    /**
     * A person found, with the period that matched: for CURRENT the one covering the date, else their last one
     * ({@code from} null when the person has no records).
     */
    public record Hit(long personId, String name, String idNumber, String gender, String identity, LocalDate from,
                      LocalDate to, List<SeatRef> seats, List<PostRef> posts) {}

    public record SeatRef(long unitId, String quotaType) {}

    public record PostRef(long unitId, String postType, String arrangement) {}
}
