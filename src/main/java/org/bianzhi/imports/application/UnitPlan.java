package org.bianzhi.imports.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bianzhi.establishment.application.UnitCommand;
import org.bianzhi.establishment.application.UnitService;
import org.bianzhi.establishment.domain.UnitAttributes;
import org.bianzhi.establishment.domain.UnitCode;
import org.bianzhi.imports.application.RowResults.Effect;
import org.bianzhi.imports.domain.UnitNode;
import org.bianzhi.shared.domain.Check;

/**
 * {@link UnitService#establish} played in memory against the registry's units, for a set-wise units import: the
 * same checks and refusals, in the same order, and the units it would establish ({@link #planned}). A row that would
 * record a change of a unit (different attributes or parent) is not planned: the import then goes row by row.
 */
final class UnitPlan {

    /** A row would change a unit: beyond the plan, which only establishes units. */
    static final class ChangesAUnit extends RuntimeException {
        ChangesAUnit() {
            super(null, null, false, false);
        }
    }

    /** The units on record by code, and the name keys taken. */
    record Registry(Map<String, UnitNode> byCode, Set<String> nameKeys) {}

    private final Map<String, UnitNode> byCode;
    private final Set<String> nameKeys;
    private final List<UnitNode> planned = new ArrayList<>();

    UnitPlan(Registry registry) {
        this.byCode = new HashMap<>(registry.byCode());
        this.nameKeys = new HashSet<>(registry.nameKeys());
    }

    /** The row {@code row}'s command, as {@link UnitService#establish} would record it. */
    Effect establish(int row, UnitCommand c) {
        Check check = new Check();
        UnitAttributes attributes = UnitService.establishing(c, check);
        UnitNode parent = parentOf(c.parentCode(), c.validFrom(), check);
        check.orThrow();
        String code = UnitCode.normalise(c.code());
        UnitNode existing = byCode.get(code);
        if (existing != null) {
            if (existing.attributes().equals(attributes) && existing.parent() == parent) return Effect.UNCHANGED;
            if (existing.abolishedOn() != null) {
                throw UnitService.abolished(existing.code(), existing.attributes().name(), existing.abolishedOn());
            }
            throw new ChangesAUnit();
        }
        if (nameKeys.contains(UnitNode.nameKey(attributes))) throw UnitService.nameTaken(attributes);
        UnitNode u = UnitNode.planned(row, code, attributes, parent, c.validFrom());
        byCode.put(code, u);
        nameKeys.add(u.nameKey());
        planned.add(u);
        return Effect.CREATED;
    }

    private UnitNode parentOf(String parentCode, LocalDate on, Check check) {
        if (parentCode == null || parentCode.isBlank()) return null;
        UnitNode parent = byCode.get(UnitCode.normalise(parentCode));
        if (parent == null) {
            check.add(UnitService.parentNotRegistered(parentCode));
            return null;
        }
        if (on != null && !parent.activeOn(on)) check.add(UnitService.parentInactive(parent.attributes().name(), on));
        return parent;
    }

    /** The units to establish, parents before their subordinates, in the order the service would have. */
    List<UnitNode> planned() {
        return planned;
    }
}
