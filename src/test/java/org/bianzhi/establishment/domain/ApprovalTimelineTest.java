package org.bianzhi.establishment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bianzhi.shared.domain.Recorded;
import org.junit.jupiter.api.Test;

class ApprovalTimelineTest {

    private static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1);
    private static final LocalDate APR_1 = LocalDate.of(2024, 4, 1);
    private static final LocalDate JUL_1 = LocalDate.of(2024, 7, 1);

    private static QuotaApproval approval(int count, LocalDate from, String document) {
        return new QuotaApproval(7L, QuotaType.ADMINISTRATIVE, count, from, new Recorded(document, "tester", Instant.now()));
    }

    @Test
    void laterApprovalEndsTheEarlierOneOnItsDate() {
        QuotaApproval first = approval(10, JAN_1, "X编〔2024〕1号");
        List<QuotaApproval> history = new ArrayList<>(List.of(first));
        QuotaApproval second = approval(12, JUL_1, "X编〔2024〕2号");

        ApprovalTimeline.insert(history, second);

        assertEquals(JUL_1, first.period().validTo());
        assertTrue(first.period().contains(JUL_1.minusDays(1)));
        assertFalse(first.period().contains(JUL_1));
        assertNull(second.period().validTo());
        assertTrue(second.period().contains(JUL_1));
    }

    @Test
    void approvalBetweenTwoEndsWhereTheNextBegins() {
        QuotaApproval first = approval(10, JAN_1, "X编〔2024〕1号");
        QuotaApproval third = approval(12, JUL_1, "X编〔2024〕3号");
        List<QuotaApproval> history = new ArrayList<>(List.of(first));
        ApprovalTimeline.insert(history, third);
        history.add(third);

        QuotaApproval between = approval(11, APR_1, "X编〔2024〕2号");
        ApprovalTimeline.insert(history, between);

        assertEquals(APR_1, first.period().validTo());
        assertEquals(APR_1, between.period().validFrom());
        assertEquals(JUL_1, between.period().validTo());
        assertNull(third.period().validTo());
        assertEquals(JUL_1, third.period().validFrom());
    }

    @Test
    void approvalBeforeAllOthersEndsWhereTheEarliestBegins() {
        QuotaApproval existing = approval(10, APR_1, "X编〔2024〕2号");
        List<QuotaApproval> history = new ArrayList<>(List.of(existing));
        QuotaApproval earlier = approval(8, JAN_1, "X编〔2024〕1号");

        ApprovalTimeline.insert(history, earlier);

        assertEquals(APR_1, earlier.period().validTo());
        assertEquals(APR_1, existing.period().validFrom());
        assertNull(existing.period().validTo());
    }

    @Test
    void approvalOnTheSameDayLeavesTheOldOneWithAnEmptyPeriod() {
        QuotaApproval old = approval(10, JAN_1, "X编〔2024〕1号");
        List<QuotaApproval> history = new ArrayList<>(List.of(old));
        QuotaApproval correction = approval(9, JAN_1, "X编〔2024〕2号");

        ApprovalTimeline.insert(history, correction);

        assertEquals(JAN_1, old.period().validFrom());
        assertEquals(JAN_1, old.period().validTo());
        assertFalse(old.period().contains(JAN_1));
        assertTrue(correction.period().contains(JAN_1));
        assertTrue(correction.period().isOpen());
    }

    @Test
    void sameAsFindsAReRecordedIdenticalApproval() {
        QuotaApproval recorded = approval(10, JAN_1, "X编〔2024〕1号");
        List<QuotaApproval> history = List.of(approval(8, JAN_1.minusYears(1), "X编〔2023〕5号"), recorded);

        Optional<QuotaApproval> found = ApprovalTimeline.sameAs(history, 10, JAN_1, "X编〔2024〕1号");

        assertTrue(found.isPresent());
        assertSame(recorded, found.get());
    }

    @Test
    void sameAsIgnoresADifferentCountDateOrDocument() {
        List<QuotaApproval> history = List.of(approval(10, JAN_1, "X编〔2024〕1号"));
        assertEquals(Optional.empty(), ApprovalTimeline.sameAs(history, 11, JAN_1, "X编〔2024〕1号"));
        assertEquals(Optional.empty(), ApprovalTimeline.sameAs(history, 10, APR_1, "X编〔2024〕1号"));
        assertEquals(Optional.empty(), ApprovalTimeline.sameAs(history, 10, JAN_1, "X编〔2024〕9号"));
    }

    @Test
    void sameAsDoesNotMatchAnApprovalSupersededOnItsOwnFirstDay() {
        QuotaApproval old = approval(10, JAN_1, "X编〔2024〕1号");
        List<QuotaApproval> history = new ArrayList<>(List.of(old));
        ApprovalTimeline.insert(history, approval(9, JAN_1, "X编〔2024〕2号"));

        assertEquals(Optional.empty(), ApprovalTimeline.sameAs(history, 10, JAN_1, "X编〔2024〕1号"));
    }
}
