package org.bianzhi.search.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * 人员检索条件, the port's own query type: the typed text cut into tokens, the filters, the date and the page. Unit
 * filters are already resolved to unit ids: {@code underUnit} (a unit and its subordinates), {@code scopeUnit} (the
 * clerk's unit, inside which everything is searched; null for roles that see every unit).
 */
public record PersonQuery(List<QueryToken> tokens, String quotaType, String postType, String identity,
                          String unitKind, String region, Long underUnit, Long scopeUnit, PresenceStatus status,
                          LocalDate asOf, int offset, int limit) {

    /**
     * One word of the query box and what it may mean: a name or part of one, pinyin, ID digits, units whose names
     * hold it (ids of those units), or the labelled values it names (e.g. 行政岗位 as post type).
     */
    public record QueryToken(String text, Kind kind, Set<Long> units, List<Label> labels) {

        public enum Kind { HAN, LATIN, ID_NUMBER, ID_DIGITS }

        /** A filter value named by its Chinese label: dimension (quotaType, postType, identity, unitKind) and code. */
        public record Label(String dimension, String code, String label) {}
    }
}
