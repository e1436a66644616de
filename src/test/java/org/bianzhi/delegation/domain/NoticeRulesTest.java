package org.bianzhi.delegation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.bianzhi.delegation.domain.NoticeRules.ObjectionFact;
import org.bianzhi.shared.domain.Check;
import org.bianzhi.shared.domain.Violation;
import org.junit.jupiter.api.Test;

/** 公示 (seed 000): a week, objections re-examined before the approval, an upheld one stops it. */
class NoticeRulesTest {

    private static final LocalDate FROM = LocalDate.of(2026, 9, 1);
    private static final LocalDate TO = LocalDate.of(2026, 9, 7);
    private static final List<Long> MEMBERS = List.of(1L, 2L);

    private static List<Violation> approval(List<ObjectionFact> objections, LocalDate day) {
        Check check = new Check();
        NoticeRules.checkApproval(check, FROM, TO, MEMBERS, objections, day);
        return check.violations();
    }

    private static ObjectionFact about(Long person, ObjectionOutcome outcome) {
        return new ObjectionFact(9, FROM.plusDays(2), person, person == null ? null : "成员" + person, "反映其存在公款旅游倾向", outcome);
    }

    @Test
    void theApprovalWaitsUntilTheNoticeHasEnded() {
        List<Violation> onLastDay = approval(List.of(), TO);
        assertEquals(1, onLastDay.size());
        assertEquals("notice", onLastDay.get(0).field());
        assertTrue(onLastDay.get(0).reason().contains("2026-09-08"), onLastDay::toString);
        assertEquals(List.of(), approval(List.of(), TO.plusDays(1)));
        Check none = new Check();
        NoticeRules.checkApproval(none, null, null, MEMBERS, List.of(), FROM);
        assertTrue(none.ok(), "no notice, nothing to wait for (whether one is needed is DelegationRules')");
    }

    @Test
    void anUnresolvedObjectionBlocksADismissedOneDoesNotAnUpheldOneDoes() {
        LocalDate after = TO.plusDays(1);
        List<Violation> open = approval(List.of(about(2L, null)), after);
        assertEquals(1, open.size());
        assertTrue(open.get(0).reason().contains("成员2") && open.get(0).reason().contains("尚未复核"), open::toString);
        assertEquals(List.of(), approval(List.of(about(2L, ObjectionOutcome.DISMISSED)), after));
        List<Violation> upheld = approval(List.of(about(2L, ObjectionOutcome.UPHELD)), after);
        assertTrue(upheld.get(0).reason().contains("经复核成立") && upheld.get(0).reason().contains("移出该成员"), upheld::toString);
        assertEquals(1, approval(List.of(about(null, ObjectionOutcome.UPHELD)), after).size(), "upheld against the delegation");
        assertEquals(List.of(), approval(List.of(about(3L, ObjectionOutcome.UPHELD)), after), "the member concerned is no longer in it");
    }

    @Test
    void anObjectionIsReceivedDuringTheNoticeOnly() {
        LocalDate today = LocalDate.of(2026, 9, 5);
        for (LocalDate ok : List.of(FROM, today)) {
            Check check = new Check();
            NoticeRules.checkReceived(check, FROM, TO, ok, today);
            assertTrue(check.ok(), ok::toString);
        }
        for (LocalDate wrong : List.of(FROM.minusDays(1), today.plusDays(1))) {
            Check check = new Check();
            NoticeRules.checkReceived(check, FROM, TO, wrong, today);
            assertEquals("receivedOn", check.violations().get(0).field(), wrong::toString);
        }
        Check noNotice = new Check();
        NoticeRules.checkReceived(noNotice, null, null, today, today);
        assertTrue(noNotice.violations().get(0).reason().contains("没有公示"));
    }

    /** Any day from the notice's first to its last refuses the approval; any day after allows it (no objections). */
    @Property(tries = 100)
    void theDayDecides(@ForAll @IntRange(min = -3, max = 20) int offset) {
        LocalDate day = FROM.plusDays(offset);
        assertEquals(day.isAfter(TO), approval(List.of(), day).isEmpty(), day::toString);
    }
}
