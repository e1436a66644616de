package org.bianzhi.search.application;

import java.time.LocalDate;
import java.util.List;

/** 检索结果 as the API shows it: the list envelope of every list, with the facets beside it. {@code tookMs}: time in the index (query, facets, page), in milliseconds. */
public record SearchAnswer(List<PersonHitView> items, long total, int offset, int limit, double tookMs, LocalDate asOf,
                           String status, Facets facets) {

    /** A person found: who, where their quota is, where they work, what is open against them and what matched. */
    public record PersonHitView(long personId, String name, String idNumber, String gender, String genderLabel,
                                String identity, String identityLabel, String status, String statusLabel,
                                LocalDate from, LocalDate to, List<SeatView> quotas, List<PostView> posts,
                                List<String> openFindings, List<String> matched) {}

    public record SeatView(String unitCode, String unitName, String quotaType, String quotaTypeLabel) {}

    public record PostView(String unitCode, String unitName, String postType, String postTypeLabel, String arrangement,
                           String arrangementLabel) {}

    /** Counts over every match, biggest first. */
    public record Facets(List<Count> quotaType, List<Count> postType, List<Count> unitKind, List<Count> region) {}

    public record Count(String value, String label, long count) {}

    /** A unit found by the unit search. */
    public record UnitHit(String code, String name, String shortName, List<String> aliases, String kind,
                          String kindLabel, String regionCode, boolean abolished, String matchedName) {}
}
