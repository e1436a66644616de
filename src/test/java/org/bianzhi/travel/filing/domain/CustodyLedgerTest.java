package org.bianzhi.travel.filing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.bianzhi.shared.domain.BianzhiException;
import org.junit.jupiter.api.Test;

public class CustodyLedgerTest {

    public static CustodyLedger.Move move(CustodyMovementKind k, String on, Long app) {
        return new CustodyLedger.Move(k, LocalDate.parse(on), app);
    }

    @Test
    void stateFollowsTheMovesUpToTheDate() {
        CustodyLedger l = new CustodyLedger(List.of(move(CustodyMovementKind.HAND_IN, "2026-01-05", null),
                move(CustodyMovementKind.CHECK_OUT, "2026-03-01", 9L), move(CustodyMovementKind.RETURN, "2026-03-20", null)));
        assertEquals(CustodyState.NOT_HANDED_IN, l.stateOn(LocalDate.of(2026, 1, 4)));
        assertEquals(CustodyState.HELD, l.stateOn(LocalDate.of(2026, 1, 5)));
        assertEquals(CustodyState.CHECKED_OUT, l.stateOn(LocalDate.of(2026, 3, 19)));
        assertEquals(CustodyState.HELD, l.current());
    }

    @Test
    void movesOutOfOrderAreConflictsNamingTheState() {
        CustodyLedger empty = new CustodyLedger(List.of());
        var e = assertThrows(BianzhiException.class, () -> empty.requireAllowed(CustodyMovementKind.CHECK_OUT,
                LocalDate.of(2026, 1, 1), false, "因私护照E12345678"));
        assertEquals(BianzhiException.Kind.CONFLICT, e.kind());
        assertEquals(true, e.getMessage().contains("未上交"), e.getMessage());
        CustodyLedger held = new CustodyLedger(List.of(move(CustodyMovementKind.HAND_IN, "2026-01-05", null)));
        assertThrows(BianzhiException.class, () -> held.requireAllowed(CustodyMovementKind.HAND_IN, LocalDate.of(2026, 2, 1), false, "x"));
        assertThrows(BianzhiException.class, () -> held.requireAllowed(CustodyMovementKind.RETURN, LocalDate.of(2026, 2, 1), false, "x"));
        assertThrows(BianzhiException.class, () -> held.requireAllowed(CustodyMovementKind.CHECK_OUT, LocalDate.of(2026, 2, 1), true, "x"),
                "a cancelled document is only released");
        held.requireAllowed(CustodyMovementKind.RELEASE, LocalDate.of(2026, 2, 1), true, "x");
        var early = assertThrows(BianzhiException.class, () -> held.requireAllowed(CustodyMovementKind.CHECK_OUT,
                LocalDate.of(2026, 1, 4), false, "x"));
        assertEquals(BianzhiException.Kind.INVALID, early.kind(), "dated before the last move");
    }

    @Test
    void passportAndPermitNumbersHaveTheirShapes() {
        assertEquals(null, DocumentType.PASSPORT.numberProblem("E12345678"));
        assertEquals(null, DocumentType.PASSPORT.numberProblem("EA1234567"));
        assertEquals(true, DocumentType.PASSPORT.numberProblem("E1234567") != null);
        assertEquals(null, DocumentType.HK_MACAO_PERMIT.numberProblem("C12345678"));
        assertEquals(true, DocumentType.HK_MACAO_PERMIT.numberProblem("12345678") != null);
        assertEquals(null, DocumentType.TAIWAN_PERMIT.numberProblem("L12345678"));
        assertEquals(null, DocumentType.TAIWAN_PERMIT.numberProblem("12345678"));
        assertEquals(true, DocumentType.TAIWAN_PERMIT.numberProblem("T12345678") != null);
        assertEquals("E12345678", DocumentType.normalise(" e1234 5678 "));
    }
}
