package org.bianzhi.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.bianzhi.establishment.domain.QuotaType;
import org.bianzhi.shared.domain.BianzhiException;
import org.junit.jupiter.api.Test;

class FindingTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 30);
    private static final Instant NOW = Instant.parse("2026-06-30T02:00:00Z");
    private final Breach over = Breaches.overQuota(7, QuotaType.ADMINISTRATIVE, 12, 14, List.of(3L, 4L));

    @Test
    void aNewViolationIsOpenAndSaysItsNumbers() {
        Finding f = Finding.detected(over, DAY, NOW);
        assertEquals(FindingStatus.OPEN, f.status());
        assertEquals("核定行政编制 12 名，实有 14 名，超编 2 名（超出人员按入编时间最晚计）", f.message());
        assertEquals(List.of(FindingEvent.Action.DETECTED), f.newEvents().stream().map(FindingEvent::action).toList());
    }

    @Test
    void acknowledgeThenResolveWithANote() {
        Finding f = stored(FindingStatus.OPEN);
        f.acknowledge("bianban", "认领", NOW);
        assertEquals(FindingStatus.ACKNOWLEDGED, f.status());
        assertThrows(BianzhiException.class, () -> f.acknowledge("bianban", null, NOW), "only an open finding is acknowledged");
        var missing = assertThrows(BianzhiException.class, () -> f.resolve("bianban", "  ", NOW));
        assertTrue(missing.getMessage().contains("整改情况"));
        f.resolve("bianban", "已调出一人", NOW);
        assertEquals(List.of(FindingStatus.RESOLVED, "bianban", "已调出一人"), List.of(f.status(), f.statusChangedBy(), f.statusNote()));
        assertThrows(BianzhiException.class, () -> f.resolve("bianban", "再次", NOW));
    }

    @Test
    void aResolvedFindingStillPresentIsReopenedSayingWhoResolvedIt() {
        Finding f = stored(FindingStatus.RESOLVED);
        f.observed(over, DAY.plusDays(1), NOW);
        assertEquals(FindingStatus.OPEN, f.status());
        assertEquals(1, f.reopened());
        assertTrue(f.statusNote().contains("由bianban标记为已整改，复查时问题仍然存在"), f.statusNote());
        assertEquals(DAY.plusDays(1), f.lastSeen());
    }

    @Test
    void aViolationThatGoesAwayIsResolvedByTheSystemAndComesBackAsReopened() {
        Finding f = stored(FindingStatus.ACKNOWLEDGED);
        f.cleared(DAY, NOW);
        assertFalse(f.present());
        assertEquals(List.of(FindingStatus.RESOLVED, Finding.SYSTEM), List.of(f.status(), f.statusChangedBy()));
        f.observed(over, DAY.plusDays(3), NOW);
        assertEquals(FindingStatus.OPEN, f.status());
        assertEquals("违规情形再次出现，重新打开", f.statusNote());
    }

    @Test
    void seeingTheSameViolationAgainOnTheSameDayStoresNothing() {
        Finding f = stored(FindingStatus.OPEN);
        f.observed(over, DAY, NOW);
        assertFalse(f.needsStoring());
        f.observed(Breaches.overQuota(7, QuotaType.ADMINISTRATIVE, 12, 15, List.of(3L, 4L, 5L)), DAY, NOW);
        assertTrue(f.needsStoring(), "the numbers changed");
        assertEquals("核定行政编制 12 名，实有 15 名，超编 3 名（超出人员按入编时间最晚计）", f.message());
    }

    @Test
    void aUnitThousandsOverQuotaNamesItsFirstTwoHundredAndCountsThemAll() {
        List<Long> beyond = java.util.stream.LongStream.rangeClosed(1_000_000_000_000_000L, 1_000_000_000_000_000L + 29_989)
                .boxed().toList();
        Breach huge = Breaches.overQuota(7, QuotaType.ADMINISTRATIVE, 10, 30_000, beyond);
        Finding f = Finding.detected(huge, DAY, NOW);
        assertEquals(beyond.subList(0, Finding.MAX_PERSONS), f.personIds(), "the latest entrants first");
        assertTrue(f.message().contains("超编 29990 名"), f.message());
        assertTrue(String.join(",", f.personIds().stream().map(String::valueOf).toList()).length() <= 4000, "fits the stored column");

        Finding again = new Finding(1L, f.key(), f.rule(), 7, null, f.subject(), f.personIds(), f.message(), true,
                FindingStatus.OPEN, DAY, DAY, 0, NOW, Finding.SYSTEM, null, 0);
        again.observed(huge, DAY, NOW);
        assertFalse(again.needsStoring(), "the same violation seen again the same day is not rewritten");
    }

    @Test
    void theLedgerAddsRefreshesAndClears() {
        Finding kept = stored(FindingStatus.OPEN);
        Breach gone = Breaches.entryWithoutNotice(9, 11, QuotaType.ADMINISTRATIVE, LocalDate.of(2020, 1, 1));
        Finding old = new Finding(2L, gone.key(), gone.rule(), 9, 11L, gone.subject(), gone.personIds(), gone.message(), true,
                FindingStatus.OPEN, DAY, DAY, 0, NOW, Finding.SYSTEM, null, 0);
        Breach added = Breaches.entryWithoutNotice(9, 12, QuotaType.ADMINISTRATIVE, LocalDate.of(2021, 1, 1));
        List<Finding> toStore = FindingLedger.reconcile(List.of(kept, old), List.of(over, added), DAY, NOW);
        assertEquals(2, toStore.size(), "the unchanged finding is not stored again");
        assertTrue(toStore.contains(old) && !old.present());
        assertTrue(toStore.stream().anyMatch(f -> f.id() == null && f.key().equals(added.key())));
    }

    private Finding stored(FindingStatus status) {
        return new Finding(1L, over.key(), over.rule(), 7, null, over.subject(), over.personIds(), over.message(), true, status,
                DAY.minusDays(10), DAY, 0, NOW.minusSeconds(3600), status == FindingStatus.OPEN ? Finding.SYSTEM : "bianban",
                null, 3);
    }
}
