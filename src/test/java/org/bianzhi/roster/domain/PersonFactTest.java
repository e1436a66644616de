package org.bianzhi.roster.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bianzhi.shared.domain.BianzhiException;
import org.bianzhi.shared.domain.Recorded;
import org.junit.jupiter.api.Test;

/** 职务层次 and 户口所在地 over time: appended, never overwritten. */
class PersonFactTest {

    private static final Recorded BY = new Recorded("青组〔2026〕3号", "clerk", Instant.parse("2026-06-30T02:00:00Z"));

    private static void add(List<PersonFact> history, PersonFactKind kind, String value, String from) {
        PersonFact.succeed(history, 1L, kind, value, LocalDate.parse(from), BY).ifPresent(history::add);
    }

    @Test
    void aChangeClosesTheVersionInForceAndTheOldValueStaysAskableAsOfItsDays() {
        List<PersonFact> h = new ArrayList<>();
        add(h, PersonFactKind.RANK, "TOWNSHIP", "2018-01-01");
        add(h, PersonFactKind.HOUSEHOLD, "浙江省青田县鹤城街道", "2018-01-01");
        add(h, PersonFactKind.RANK, "COUNTY", "2024-05-01");
        assertEquals(3, h.size());
        assertEquals(LocalDate.of(2024, 5, 1), h.get(0).validTo());
        assertEquals(Optional.of("TOWNSHIP"), PersonFact.valueOn(h, PersonFactKind.RANK, LocalDate.of(2024, 4, 30)));
        assertEquals(Optional.of("COUNTY"), PersonFact.valueOn(h, PersonFactKind.RANK, LocalDate.of(2024, 5, 1)));
        assertEquals(Optional.empty(), PersonFact.valueOn(h, PersonFactKind.RANK, LocalDate.of(2017, 12, 31)));
        assertEquals(Optional.of("浙江省青田县鹤城街道"), PersonFact.valueOn(h, PersonFactKind.HOUSEHOLD, LocalDate.of(2026, 6, 30)),
                "the household is untouched by the rank's change");
        assertEquals("青组〔2026〕3号", h.get(2).recorded().basisDocument());
    }

    @Test
    void theSameValueAgainChangesNothingAndADayNotAfterTheLatestIsRefused() {
        List<PersonFact> h = new ArrayList<>();
        add(h, PersonFactKind.RANK, "COUNTY", "2024-05-01");
        assertTrue(PersonFact.succeed(h, 1L, PersonFactKind.RANK, "COUNTY", LocalDate.of(2026, 1, 1), BY).isEmpty());
        BianzhiException e = assertThrows(BianzhiException.class,
                () -> PersonFact.succeed(h, 1L, PersonFactKind.RANK, "BUREAU", LocalDate.of(2024, 5, 1), BY));
        assertTrue(e.getMessage().contains("2024-05-01"), e.getMessage());
        assertEquals(null, h.get(0).validTo(), "a refused change leaves the version in force open");
    }
}
