package org.bianzhi.audit.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Brings the stored findings of what an evaluation covered in line with what it found: new violations become
 * findings, known ones are refreshed (and reopened if they were resolved), and findings no longer found are
 * cleared. Only the findings that changed are returned, to be stored.
 */
public final class FindingLedger {

    private FindingLedger() {
    }

    public static List<Finding> reconcile(Collection<Finding> stored, Collection<Breach> found, LocalDate today, Instant now) {
        Map<String, Finding> byKey = new HashMap<>();
        for (Finding f : stored) byKey.put(f.key(), f);
        Map<String, Breach> foundByKey = new LinkedHashMap<>();
        for (Breach b : found) foundByKey.put(b.key(), b);
        List<Finding> toStore = new ArrayList<>();
        foundByKey.forEach((key, b) -> {
            Finding f = byKey.get(key);
            if (f == null) {
                toStore.add(Finding.detected(b, today, now));
            } else {
                f.observed(b, today, now);
                if (f.needsStoring()) toStore.add(f);
            }
        });
        for (Finding f : stored) {
            if (foundByKey.containsKey(f.key())) continue;
            f.cleared(today, now);
            if (f.needsStoring()) toStore.add(f);
        }
        return toStore;
    }
}
