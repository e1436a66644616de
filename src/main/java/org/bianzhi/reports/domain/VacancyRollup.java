package org.bianzhi.reports.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.bianzhi.establishment.domain.QuotaType;
import org.bianzhi.shared.domain.BianzhiException;
import org.bianzhi.shared.domain.Labeled;

/**
 * 汇总: the lines of the vacancy report grouped by parent unit, by 行政区划 or by 机构类型. Every group adds up its
 * lines' numbers, vacant and over included (see {@link Tally}): a group shows how many slots stand empty and how
 * many people sit beyond a quota, not the balance of the two.
 */
public final class VacancyRollup {

    /** How the lines are grouped. */
    public enum By implements Labeled {
        PARENT("按上级单位"), REGION("按行政区划"), KIND("按机构类型");

        private final String label;

        By(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }

        /** None for no roll-up; refuses what is not {@code parent}, {@code region} or {@code kind}. */
        public static Optional<By> parse(String text) {
            if (text == null || text.isBlank()) return Optional.empty();
            for (By b : values()) if (b.name().equalsIgnoreCase(text.strip())) return Optional.of(b);
            throw BianzhiException.invalid("rollup", "汇总方式“" + text + "”无法识别，应为 parent（按上级单位）、"
                    + "region（按行政区划）或 kind（按机构类型）");
        }
    }

    private VacancyRollup() {
    }

    public static List<Subtotal> of(By by, List<VacancyLine> lines, Map<Long, UnitOnDate> units) {
        return switch (by) {
            case PARENT -> byParent(lines, units);
            case REGION -> grouped(lines, UnitOnDate::regionCode, UnitOnDate::regionCode, UnitOnDate::regionCode);
            case KIND -> grouped(lines, u -> String.valueOf(u.kind().ordinal()), u -> u.kind().name(), u -> u.kind().label());
        };
    }

    public static Tallies<QuotaType> total(List<VacancyLine> lines) {
        Tallies<QuotaType> t = new Tallies<>(QuotaType.class);
        lines.forEach(l -> t.add(l.quota().quotaType(), l.tally()));
        return t;
    }

    /**
     * One row per unit of {@code units} that has subordinates with lines: the unit and its whole subtree
     * ("X（含下属单位）"), in tree order. Units above those given (outside the caller's view) get no row.
     */
    static List<Subtotal> byParent(List<VacancyLine> lines, Map<Long, UnitOnDate> units) {
        Map<Long, Tallies<QuotaType>> subtree = new LinkedHashMap<>();
        Set<Long> parents = new HashSet<>();
        for (VacancyLine l : lines) {
            List<Long> chain = l.unit().chain();
            for (int i = 0; i < chain.size(); i++) {
                Long id = chain.get(i);
                if (!units.containsKey(id)) continue;
                subtree.computeIfAbsent(id, k -> new Tallies<>(QuotaType.class)).add(l.quota().quotaType(), l.tally());
                if (i < chain.size() - 1) parents.add(id);
            }
        }
        List<Subtotal> rows = new ArrayList<>();
        parents.stream().map(units::get).sorted(Comparator.comparing(UnitOnDate::path))
                .forEach(u -> rows.add(new Subtotal(u.code(), u.name() + "（含下属单位）", subtree.get(u.id()))));
        return rows;
    }

    /** Groups in the order of {@code order} (region codes; kinds as declared). */
    private static List<Subtotal> grouped(List<VacancyLine> lines, Function<UnitOnDate, String> order,
                                          Function<UnitOnDate, String> key, Function<UnitOnDate, String> label) {
        Map<String, Subtotal> groups = new TreeMap<>();
        for (VacancyLine l : lines) {
            UnitOnDate u = l.unit();
            groups.computeIfAbsent(order.apply(u), k -> new Subtotal(key.apply(u), label.apply(u), new Tallies<>(QuotaType.class)))
                    .tallies().add(l.quota().quotaType(), l.tally());
        }
        return List.copyOf(groups.values());
    }
}
