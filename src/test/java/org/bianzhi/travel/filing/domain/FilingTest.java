package org.bianzhi.travel.filing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A filing's period and who recorded it on which document (the shared EffectivePeriod and Recorded). */
class FilingTest {

    private static final LocalDate SINCE = LocalDate.of(2024, 3, 1);
    private static final Instant AT = Instant.parse("2024-03-02T01:00:00Z");

    private static Filing filing() {
        return Filing.open(7, FilingCategory.values()[0], "县委组织部", SINCE, null, "瑞组〔2024〕1号", "clerk", AT);
    }

    @Test
    void aChangeEndsThePreviousVersionTheDayTheNewOneBegins() {
        Filing first = filing();
        Filing next = first.changeTo(FilingCategory.values()[0], "县委组织部干部监督科", SINCE.plusMonths(6), null, "clerk", AT);
        assertEquals(List.of(true, true, false), List.of(first.inForceOn(SINCE), first.inForceOn(SINCE.plusMonths(6).minusDays(1)),
                first.inForceOn(SINCE.plusMonths(6))));
        assertFalse(next.inForceOn(SINCE.plusMonths(6).minusDays(1)));
        assertTrue(next.inForceOn(SINCE.plusYears(5)));
    }

    @Test
    void aReportKeepsTheDocumentUnlessItNamesItsOwn() {
        Filing kept = filing();
        kept.report(SINCE.plusDays(3), "  ", AT);
        assertEquals(List.of("瑞组〔2024〕1号", "clerk", AT), List.of(kept.basisDocument(), kept.recordedBy(), kept.recordedAt()));
        Filing renamed = filing();
        renamed.report(SINCE.plusDays(3), " 瑞组〔2024〕9号 ", AT.plusSeconds(60));
        assertEquals(List.of("瑞组〔2024〕9号", "clerk", AT), List.of(renamed.basisDocument(), renamed.recordedBy(), renamed.recordedAt()));
    }
}
