package org.bianzhi.travel.filing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.bianzhi.establishment.domain.LeadershipCategory;
import org.bianzhi.travel.filing.domain.FilingRequirement.Stint;
import org.junit.jupiter.api.Test;
import org.bianzhi.travel.filing.domain.FilingRequirementTest;
import org.bianzhi.travel.domain.TravelFinding;
import org.bianzhi.travel.domain.TravelRule;

class FilingFindingsTest {

    private static final LocalDate D = LocalDate.of(2026, 6, 30);
    private static final Stint HEAD = FilingRequirementTest.stint(LeadershipCategory.UNIT_PRINCIPAL, "2026-01-10", null,
            FilingCategory.TOWNSHIP_LEADER);

    private static FilingFact filing(long id, String from, String to, FilingStatus status, String reported, Long changeOf,
                                     FilingCategory category) {
        return new FilingFact(id, 1L, category, status, reported == null ? null : LocalDate.parse(reported), changeOf,
                LocalDate.parse(from), to == null ? null : LocalDate.parse(to));
    }

    @Test
    void missingWhenRequiredAndNothingInForceDatedFromThePost() {
        List<TravelFinding> found = FilingFindings.missing(D, List.of(HEAD), List.of());
        assertEquals(1, found.size());
        assertEquals(TravelRule.FILING_MISSING, found.get(0).rule());
        assertEquals(LocalDate.of(2026, 1, 10), found.get(0).date());
        assertTrue(found.get(0).message().contains("瑞安市审计局单位正职") && found.get(0).message().contains("2026-01-10"),
                found.get(0).message());
    }

    @Test
    void notMissingWhenAnyFilingIsInForceNorWhenItEndedTheDayBefore() {
        FilingFact inForce = filing(5, "2026-02-01", null, FilingStatus.NOT_FILED, null, null, FilingCategory.OTHER);
        assertTrue(FilingFindings.missing(D, List.of(HEAD), List.of(inForce)).isEmpty());
        FilingFact ended = filing(5, "2026-02-01", "2026-06-30", FilingStatus.FILED, "2026-02-05", null, FilingCategory.OTHER);
        assertEquals(1, FilingFindings.missing(D, List.of(HEAD), List.of(ended)).size(), "ended on the day: not filed on it");
    }

    @Test
    void reportOverdueCountsFromTheDeadlineAndNamesNewOrChange() {
        FilingFact fresh = filing(5, "2026-05-30", null, FilingStatus.NOT_FILED, null, null, FilingCategory.TOWNSHIP_LEADER);
        assertTrue(FilingFindings.reportOverdue(LocalDate.of(2026, 6, 29), 30, List.of(fresh)).isEmpty(), "day 30: still in time");
        List<TravelFinding> late = FilingFindings.reportOverdue(D, 30, List.of(fresh));
        assertEquals(1, late.size());
        assertTrue(late.get(0).message().contains("新增") && late.get(0).message().contains("逾期 1 天"), late.get(0).message());
        FilingFact change = filing(6, "2026-04-01", null, FilingStatus.CHANGE_FILED, "2026-05-11", 5L, FilingCategory.TOWNSHIP_LEADER);
        List<TravelFinding> reportedLate = FilingFindings.reportOverdue(D, 30, List.of(change));
        assertTrue(reportedLate.get(0).message().contains("变更") && reportedLate.get(0).message().contains("逾期 10 天"),
                reportedLate.get(0).message());
        FilingFact inTime = filing(7, "2026-04-01", null, FilingStatus.FILED, "2026-05-01", null, FilingCategory.TOWNSHIP_LEADER);
        assertTrue(FilingFindings.reportOverdue(D, 30, List.of(inTime)).isEmpty(), "reported on day 30");
    }

    @Test
    void aReportNotYetMadeOnTheDayAskedCountsAsUnreported() {
        FilingFact f = filing(5, "2026-01-01", null, FilingStatus.FILED, "2026-06-01", null, FilingCategory.TOWNSHIP_LEADER);
        assertTrue(FilingFindings.reportOverdue(LocalDate.of(2026, 3, 1), 30, List.of(f)).get(0).message().contains("仍未报备"));
    }

    @Test
    void outdatedOnlyAfterTheDaysAndWithoutALaterVersion() {
        Stint ended = FilingRequirementTest.stint(LeadershipCategory.UNIT_PRINCIPAL, "2020-01-01", "2026-05-01",
                FilingCategory.TOWNSHIP_LEADER);
        FilingFact f = filing(5, "2020-01-01", null, FilingStatus.FILED, "2020-01-05", null, FilingCategory.TOWNSHIP_LEADER);
        assertTrue(FilingFindings.outdated(LocalDate.of(2026, 5, 31), 30, List.of(ended), List.of(f)).isEmpty(), "day 30");
        List<TravelFinding> found = FilingFindings.outdated(LocalDate.of(2026, 6, 1), 30, List.of(ended), List.of(f));
        assertEquals(1, found.size());
        assertEquals(LocalDate.of(2026, 5, 1), found.get(0).date());
        FilingFact changed = filing(6, "2026-05-01", null, FilingStatus.NOT_FILED, null, 5L, FilingCategory.OTHER);
        FilingFact closed = filing(5, "2020-01-01", "2026-05-01", FilingStatus.FILED, "2020-01-05", null, FilingCategory.TOWNSHIP_LEADER);
        assertTrue(FilingFindings.outdated(D, 30, List.of(ended), List.of(closed, changed)).isEmpty(), "changed on the day the post ended");
        FilingFact manual = filing(5, "2020-01-01", null, FilingStatus.FILED, "2020-01-05", null, FilingCategory.SENSITIVE_POST);
        assertTrue(FilingFindings.outdated(D, 30, List.of(ended), List.of(manual)).isEmpty(), "not a derived category");
    }
}
