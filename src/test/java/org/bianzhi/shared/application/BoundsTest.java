package org.bianzhi.shared.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.bianzhi.complaint.application.ComplaintCommands.ComplaintCommand;
import org.bianzhi.establishment.application.ApprovalCommand;
import org.bianzhi.establishment.application.UnitCommand;
import org.bianzhi.roster.application.PersonCommand;
import org.bianzhi.roster.application.WorkflowCommands.NoticeCommand;
import org.bianzhi.roster.application.WorkflowCommands.PlanCommand;
import org.bianzhi.shared.domain.Check;
import org.bianzhi.shared.domain.Violation;
import org.junit.jupiter.api.Test;

class BoundsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

    private static List<Violation> check(Object command) {
        return Bounds.check(command, TODAY, new Check()).violations();
    }

    private static UnitCommand unit(String name, List<String> aliases, LocalDate validFrom) {
        return new UnitCommand("12330381MB1234567X", name, null, aliases, "ORGAN", null, null, "330381", "COUNTY", "FULL",
                validFrom, "瑞编〔2024〕1号", null);
    }

    @Test
    void aTextLongerThanItsFieldIsRefusedNamingTheFieldAndBothLengths() {
        var v = check(new PlanCommand("X", "ADMINISTRATIVE", 1, "理".repeat(10 * 1024 * 1024)));
        assertEquals(1, v.size(), v::toString);
        assertEquals("reason", v.get(0).field());
        assertEquals("reason 不能超过 500 个字符（现有 10485760 个）", v.get(0).reason());
        assertTrue(check(new PlanCommand("X", "ADMINISTRATIVE", 1, "理".repeat(500))).isEmpty(), "500 characters fit the column");
    }

    @Test
    void anUndeclaredTextHasTheDefaultMaximum() {
        var v = check(new ApprovalCommand("ADMINISTRATIVE", null, 1, TODAY, "文".repeat(5000)));
        assertEquals("basisDocument", v.get(0).field(), v::toString);
        assertTrue(v.get(0).reason().contains("不能超过 " + Bounds.CHARS + " 个字符"), v::toString);
        assertTrue(check(new ApprovalCommand("ADMINISTRATIVE", null, 1, TODAY, "文".repeat(Bounds.CHARS))).isEmpty());
    }

    @Test
    void aListHasAMostItemsAndEachItemAMaximumNamedByItsIndex() {
        var many = check(unit("瑞安市水利局", Collections.nCopies(100_000, "水利"), TODAY));
        assertEquals(1, many.size(), "one refusal for the list, not one per item");
        assertEquals("aliases", many.get(0).field());
        assertTrue(many.get(0).reason().contains("（现有 100000 项）"), many::toString);
        var long3 = check(unit("瑞安市水利局", List.of("a", "b", "c", "水".repeat(101)), TODAY));
        assertEquals("aliases[3]", long3.get(0).field(), long3::toString);
    }

    @Test
    void nestedFieldsAreNamedByTheirPath() {
        var v = check(new NoticeCommand("INCREASE", "X", "ADMINISTRATIVE", TODAY, "EXAM", null,
                new PersonCommand("330381198501051234", "张".repeat(51), null, null, "CIVIL_SERVANT", null, null, null, null, null), null, null, null, null, null));
        assertEquals("person.name", v.get(0).field(), v::toString);
    }

    @Test
    void datesOutsideTheDefaultWindowAreRefused() {
        for (LocalDate absurd : List.of(LocalDate.of(0, 1, 1), LocalDate.of(-1, 1, 1), LocalDate.of(1800, 1, 1),
                LocalDate.of(10000, 1, 1), LocalDate.of(9999, 12, 31))) {
            var v = check(unit("瑞安市水利局", null, absurd));
            assertEquals("validFrom", v.get(0).field(), () -> absurd + ": " + v);
        }
        assertTrue(check(unit("瑞安市水利局", null, LocalDate.of(1949, 10, 1))).isEmpty(), "units without a date start on 1949-10-01");
        assertTrue(check(unit("瑞安市水利局", null, TODAY.plusYears(10))).isEmpty());
        assertEquals(1, check(unit("瑞安市水利局", null, TODAY.plusYears(10).plusDays(1))).size());
    }

    @Test
    void aComplaintIsReceivedSince2000() {
        assertEquals("receivedOn", check(complaint(LocalDate.of(0, 1, 1))).get(0).field());
        var before = check(complaint(LocalDate.of(1999, 12, 31)));
        assertEquals("receivedOn 的日期 1999-12-31 超出允许范围（2000-01-01 至 2126-06-30）", before.get(0).reason());
        assertTrue(check(complaint(TODAY)).isEmpty());
    }

    @Test
    void aBirthDateIsNotAfterToday() {
        var v = check(new PersonCommand("x", "张三", null, LocalDate.of(2099, 1, 1), "CIVIL_SERVANT", null, null, null, null, null));
        assertEquals("birthDate", v.get(0).field(), v::toString);
    }

    private static ComplaintCommand complaint(LocalDate receivedOn) {
        return new ComplaintCommand("PHONE", receivedOn, null, "反映某单位超编", List.of(), List.of(), List.of(), List.of(), null, null,
                true, null, null, null, null);
    }
}
