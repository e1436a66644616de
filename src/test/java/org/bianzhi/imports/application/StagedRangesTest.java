package org.bianzhi.imports.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class StagedRangesTest {

    @Test
    void aRangeIsHandedOverOnlyOnceARowBeyondItIsRead() throws Exception {
        StagedRanges ranges = new StagedRanges(10);
        assertFalse(ranges.beyond(11));
        assertTrue(ranges.beyond(12));
        CompletableFuture<StagedRanges.Range> taken = CompletableFuture.supplyAsync(() -> next(ranges));
        Thread.sleep(100);
        assertFalse(taken.isDone(), "rows 2-11 are not all staged yet");
        ranges.stagedBefore(12);
        assertEquals(new StagedRanges.Range(2, 11), taken.get(5, TimeUnit.SECONDS));
    }

    @Test
    void theRangesAreTheSameFixedSpansAsWhenTheWholeFileWasStagedFirst() throws Exception {
        StagedRanges ranges = new StagedRanges(10);
        ranges.stagedBefore(35); // blank lines skipped rows 12-34: two empty ranges in between, as before
        ranges.ended(37);
        List<StagedRanges.Range> all = new ArrayList<>();
        for (StagedRanges.Range r = ranges.next(); r != null; r = ranges.next()) all.add(r);
        assertEquals(List.of(new StagedRanges.Range(2, 11), new StagedRanges.Range(12, 21), new StagedRanges.Range(22, 31),
                new StagedRanges.Range(32, 37)), all);
    }

    @Test
    void aFileWithoutStagedRowsHasNoRange() throws Exception {
        StagedRanges ranges = new StagedRanges(10);
        ranges.ended(0);
        assertNull(ranges.next());
    }

    @Test
    void aFailedReadingReachesTheStoringSideInsteadOfTheRangesLeft() throws Exception {
        StagedRanges ranges = new StagedRanges(10);
        ranges.stagedBefore(12);
        IllegalStateException broken = new IllegalStateException("broken file");
        ranges.failed(broken);
        assertSame(broken, assertThrows(IllegalStateException.class, ranges::next));
    }

    @Test
    void aWholeFileLoadGetsOneRangeAtTheEnd() throws Exception {
        StagedRanges ranges = new StagedRanges(Integer.MAX_VALUE / 2);
        assertFalse(ranges.beyond(5_000_000));
        ranges.ended(5_000_000);
        assertEquals(new StagedRanges.Range(2, 5_000_000), ranges.next());
        assertNull(ranges.next());
    }

    private static StagedRanges.Range next(StagedRanges ranges) {
        try {
            return ranges.next();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
