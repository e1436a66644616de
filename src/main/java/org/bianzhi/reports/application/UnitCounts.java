package org.bianzhi.reports.application;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bianzhi.reports.infrastructure.ReportQueries.PerUnit;

/** The answers of several grouped queries side by side: per unit and key, one number per query (0 where it had no row). */
final class UnitCounts {

    private UnitCounts() {
    }

    @SafeVarargs
    static <K extends Enum<K>> Map<Long, Map<K, int[]>> of(Class<K> type, List<PerUnit>... columns) {
        Map<Long, Map<K, int[]>> counts = new HashMap<>();
        for (int c = 0; c < columns.length; c++) {
            for (PerUnit r : columns[c]) {
                counts.computeIfAbsent(r.unitId(), k -> new EnumMap<>(type))
                        .computeIfAbsent(Enum.valueOf(type, r.key()), k -> new int[columns.length])[c] += r.value();
            }
        }
        return counts;
    }
}
