package org.bianzhi.imports.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.bianzhi.establishment.domain.UnitCode;
import org.bianzhi.imports.domain.ImportMode;
import org.bianzhi.imports.domain.ImportTable;
import org.bianzhi.imports.domain.UnitNode;
import org.bianzhi.shared.application.RegistryClock;

/**
 * The units a file establishes do not depend on the order of its rows: parents are registered first wherever they
 * stand, a cycle and a parent nowhere are refused the same way, and each unit is planned after its parent.
 */
class UnitPlanOrderTest {

    private static final String[] COLUMNS = {"单位代码", "单位名称", "机构类型", "上级单位代码", "行政区划代码", "层级", "经费形式", "设立日期"};

    @Property(tries = 200)
    void anyOrderOfRowsPlansTheSameUnitsWithTheSameRefusals(@ForAll @IntRange(min = 1, max = 25) int size, @ForAll long seed) {
        Random random = new Random(seed);
        List<String[]> units = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String parent = i == 0 || random.nextInt(4) == 0 ? "" : code(random.nextInt(i));
            units.add(new String[] {code(i), "单位" + i, parent});
        }
        units.add(new String[] {code(900), "循环甲", code(901)});
        units.add(new String[] {code(901), "循环乙", code(900)});
        units.add(new String[] {code(902), "无上级", code(999)});
        units.add(new String[] {code(903), "无上级之下", code(902)});
        Outcome inFileOrder = plan(units);
        List<String[]> shuffled = new ArrayList<>(units);
        Collections.shuffle(shuffled, random);
        Outcome shuffledOutcome = plan(shuffled);
        assertEquals(inFileOrder.parents, shuffledOutcome.parents);
        assertEquals(inFileOrder.refusals, shuffledOutcome.refusals);
        assertEquals(size, inFileOrder.parents.size());
        assertEquals(List.of(code(900), code(901), code(902), code(903)), new ArrayList<>(inFileOrder.refusals.keySet()));
    }

    /** Each planned unit's parent code, and each refused code's messages. */
    private record Outcome(Map<String, String> parents, TreeMap<String, List<String>> refusals) {}

    private static Outcome plan(List<String[]> units) {
        List<ImportTable.Row> rows = new ArrayList<>();
        for (String[] u : units) {
            Map<String, String> values = new HashMap<>();
            String[] cells = {u[0], u[1], "机关", u[2], "330381", "县", "全额拨款", "2020-01-01"};
            for (int i = 0; i < COLUMNS.length; i++) values.put(COLUMNS[i], cells[i]);
            rows.add(new ImportTable.Row(rows.size() + 2, values));
        }
        ImportPass pass = new ImportPass();
        pass.clock = new RegistryClock() {
            @Override
            public LocalDate today() {
                return LocalDate.of(2026, 6, 30);
            }
        };
        var planned = pass.planUnits(new ImportTable("UTF-8", List.of(COLUMNS), rows, List.of()), "瑞编〔2026〕1号",
                ImportMode.VALID_ROWS, new UnitPlan.Registry(Map.of(), new HashSet<>()));
        Map<String, String> parents = new HashMap<>();
        List<UnitNode> order = planned.units();
        for (UnitNode u : order) {
            parents.put(u.code(), u.parent() == null ? "" : u.parent().code());
            if (u.parent() != null) assertTrue(order.indexOf(u.parent()) < order.indexOf(u), "parents first");
        }
        TreeMap<String, List<String>> refusals = new TreeMap<>();
        planned.results().rejected.forEach(v -> refusals.computeIfAbsent(units.get(v.row() - 2)[0], k -> new ArrayList<>())
                .add(v.column() + ":" + v.reason()));
        return new Outcome(parents, refusals);
    }

    private static String code(int n) {
        String first17 = "11330381" + String.format("%09d", n);
        return first17 + UnitCode.checkCharacter(first17);
    }
}
