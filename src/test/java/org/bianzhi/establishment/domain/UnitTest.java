package org.bianzhi.establishment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bianzhi.shared.domain.BianzhiException;
import org.bianzhi.shared.domain.Recorded;
import org.junit.jupiter.api.Test;

class UnitTest {

    private static final UnitCode CODE = new UnitCode("11330381MB0000000" + UnitCode.checkCharacter("11330381MB0000000"));
    private static final LocalDate ESTABLISHED = LocalDate.of(2019, 3, 1);
    private static final LocalDate RENAMED = LocalDate.of(2022, 1, 1);

    private static UnitAttributes named(String name) {
        return new UnitAttributes(name, null, List.of(), UnitKind.ORGAN, null, "330381", AdministrativeLevel.COUNTY,
                Funding.FULL);
    }

    private static Recorded recorded() {
        return new Recorded("瑞编〔2019〕1号", "tester", Instant.now());
    }

    private static Unit established() {
        return Unit.establish(CODE, named("瑞安市机构编制委员会办公室"), null, ESTABLISHED, recorded());
    }

    @Test
    void establishedUnitIsInForceFromItsFirstDay() {
        Unit unit = established();
        assertEquals(CODE.value(), unit.codeText());
        assertEquals(ESTABLISHED, unit.establishedOn());
        assertFalse(unit.isActiveOn(ESTABLISHED.minusDays(1)));
        assertEquals("瑞安市机构编制委员会办公室", unit.asOf(ESTABLISHED).orElseThrow().name());
    }

    @Test
    void asOfReturnsTheStateInForceOnEachDate() {
        Unit unit = established();
        unit.change(named("瑞安市委编办"), null, RENAMED, recorded());

        assertEquals("瑞安市机构编制委员会办公室", unit.asOf(RENAMED.minusDays(1)).orElseThrow().name());
        assertEquals("瑞安市委编办", unit.asOf(RENAMED).orElseThrow().name());
        assertEquals("瑞安市委编办", unit.latest().name());
        assertEquals(RENAMED, unit.versions().get(0).period().validTo());
        assertEquals(2, unit.versions().size());
    }

    @Test
    void refusesAChangeDatedBeforeTheCurrentStateBegan() {
        Unit unit = established();
        unit.change(named("瑞安市委编办"), null, RENAMED, recorded());

        BianzhiException e = assertThrows(BianzhiException.class,
                () -> unit.change(named("改名"), null, RENAMED.minusDays(1), recorded()));

        assertEquals(BianzhiException.Kind.INVALID, e.kind());
        assertEquals("validFrom", e.violations().get(0).field());
        assertTrue(e.getMessage().contains("2021-12-31 早于") && e.getMessage().contains("2022-01-01"), e.getMessage());
        assertEquals(2, unit.versions().size());
        assertEquals("瑞安市委编办", unit.latest().name());
    }

    @Test
    void abolishedUnitKeepsItsHistoryAndIsNoLongerInForce() {
        Unit unit = established();
        LocalDate abolished = LocalDate.of(2024, 6, 30);
        unit.abolish(abolished);

        assertEquals(abolished, unit.abolishedOn());
        assertTrue(unit.isActiveOn(abolished.minusDays(1)));
        assertFalse(unit.isActiveOn(abolished));
        assertEquals(Optional.empty(), unit.asOf(abolished));
        assertEquals("瑞安市机构编制委员会办公室", unit.asOf(ESTABLISHED).orElseThrow().name());
    }

    @Test
    void refusesToChangeAnAbolishedUnitAsAConflict() {
        Unit unit = established();
        unit.abolish(LocalDate.of(2024, 6, 30));

        BianzhiException e = assertThrows(BianzhiException.class,
                () -> unit.change(named("新名称"), null, LocalDate.of(2024, 7, 1), recorded()));

        assertEquals(BianzhiException.Kind.CONFLICT, e.kind());
        assertEquals("unit-abolished", e.code());
        assertTrue(e.getMessage().contains("已于 2024-06-30 撤销，不能再变更"), e.getMessage());
    }

    @Test
    void refusesToAbolishTwice() {
        Unit unit = established();
        unit.abolish(LocalDate.of(2024, 6, 30));

        BianzhiException e = assertThrows(BianzhiException.class, () -> unit.abolish(LocalDate.of(2024, 7, 1)));
        assertEquals(BianzhiException.Kind.CONFLICT, e.kind());
        assertTrue(e.getMessage().contains("不能再撤销"), e.getMessage());
    }

    @Test
    void refusesAnAbolitionDatedBeforeTheCurrentStateBegan() {
        Unit unit = established();
        BianzhiException e = assertThrows(BianzhiException.class, () -> unit.abolish(ESTABLISHED.minusDays(1)));
        assertEquals("abolishedOn", e.violations().get(0).field());
        assertEquals(null, unit.abolishedOn());
    }
}
