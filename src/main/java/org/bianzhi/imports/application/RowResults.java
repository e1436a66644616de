package org.bianzhi.imports.application;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bianzhi.imports.domain.ImportTable.Row;
import org.bianzhi.shared.domain.BianzhiException;
import org.bianzhi.shared.domain.Violation;

/** What one pass over a file did, row by row: counts, rejected rows with their column, and notes. */
final class RowResults {

    /** What a row (or one step of it) did to the registry. */
    enum Effect { CREATED, UPDATED, UNCHANGED }

    /** One step of a row; it names its fields as the application services do. */
    interface Step {
        Effect apply();
    }

    int created;
    int updated;
    int unchanged;
    final List<Violation> rejected = new ArrayList<>();
    final Set<Integer> rejectedRows = new LinkedHashSet<>();
    final List<String> notes = new ArrayList<>();

    /** Runs a row's steps in order; the first refusal rejects the row, its fields named by {@code columns}. */
    void row(Row row, List<Map<String, String>> columns, List<Step> steps) {
        Effect effect = Effect.UNCHANGED;
        for (int i = 0; i < steps.size(); i++) {
            try {
                Effect e = steps.get(i).apply();
                if (e == Effect.CREATED || e == Effect.UPDATED && effect == Effect.UNCHANGED) effect = e;
            } catch (BianzhiException e) {
                reject(row, columns.get(Math.min(i, columns.size() - 1)), e);
                return;
            }
        }
        switch (effect) {
            case CREATED -> created++;
            case UPDATED -> updated++;
            default -> unchanged++;
        }
    }

    void reject(Row row, Map<String, String> columns, BianzhiException e) {
        rejectedRows.add(row.number());
        if (e.violations().isEmpty()) {
            rejected.add(Violation.ofRow(row.number(), null, e.getMessage()));
            return;
        }
        for (Violation v : e.violations()) {
            String field = v.field() == null ? null : v.field().replaceFirst("^person\\.", "");
            rejected.add(Violation.ofRow(row.number(), field == null ? null : columns.getOrDefault(field, field), v.reason()));
        }
    }

    void rejectRow(Row row, String column, String reason) {
        rejectedRows.add(row.number());
        rejected.add(Violation.ofRow(row.number(), column, reason));
    }
}
