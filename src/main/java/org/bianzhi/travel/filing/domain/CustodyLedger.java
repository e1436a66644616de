package org.bianzhi.travel.filing.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.bianzhi.shared.domain.BianzhiException;

/**
 * 证件保管台账 of one document: its moves in order, the state they leave it in on a date, and which move may come
 * next. HAND_IN from not handed in (or released); CHECK_OUT and RELEASE from custody; RETURN (or RELEASE) of a
 * checked-out document. A cancelled document may only be released.
 */
public final class CustodyLedger {

    /** One move as the ledger reads it; {@code applicationId} for a check-out. */
    public record Move(CustodyMovementKind kind, LocalDate on, Long applicationId) {}

    private final List<Move> moves;

    /** {@code moves} in the order they were recorded. */
    public CustodyLedger(List<Move> moves) {
        this.moves = moves.stream().sorted(Comparator.comparing(Move::on)).toList();
    }

    public List<Move> moves() {
        return moves;
    }

    /** A value: two ledgers with the same moves are equal (facts read twice compare equal). */
    @Override
    public boolean equals(Object o) {
        return o instanceof CustodyLedger l && l.moves.equals(moves);
    }

    @Override
    public int hashCode() {
        return moves.hashCode();
    }

    @Override
    public String toString() {
        return "CustodyLedger" + moves;
    }

    /** The state after every move made on or before {@code date}. */
    public CustodyState stateOn(LocalDate date) {
        CustodyState s = CustodyState.NOT_HANDED_IN;
        for (Move m : moves) {
            if (m.on().isAfter(date)) break;
            s = after(m.kind());
        }
        return s;
    }

    /**
     * In the safe the whole of {@code date}: held at the end of the day before and not moved that day. A move on the day
     * itself (a check-out in the morning, a return after the entry) leaves the hour unknown, so the day is not claimed.
     */
    public boolean heldThroughout(LocalDate date) {
        return stateOn(date.minusDays(1)) == CustodyState.HELD && moves.stream().noneMatch(m -> m.on().equals(date));
    }

    /** The last move made on or before {@code date}. */
    public Optional<Move> lastOn(LocalDate date) {
        Move last = null;
        for (Move m : moves) if (!m.on().isAfter(date)) last = m;
        return Optional.ofNullable(last);
    }

    /** The state after all moves recorded. */
    public CustodyState current() {
        return moves.isEmpty() ? CustodyState.NOT_HANDED_IN : after(moves.get(moves.size() - 1).kind());
    }

    private static CustodyState after(CustodyMovementKind k) {
        return switch (k) {
            case HAND_IN, RETURN -> CustodyState.HELD;
            case CHECK_OUT -> CustodyState.CHECKED_OUT;
            case RELEASE -> CustodyState.RELEASED;
        };
    }

    /**
     * Refuses a move out of order (409 naming the current state) or dated before the last move (422 on {@code date}).
     * {@code cancelled}: the document is cancelled, so only its release is allowed.
     */
    public void requireAllowed(CustodyMovementKind kind, LocalDate on, boolean cancelled, String document) {
        CustodyState now = current();
        if (cancelled && kind != CustodyMovementKind.RELEASE) {
            throw conflict(document + "已注销，只能登记退还本人，不能" + kind.label());
        }
        boolean ok = switch (kind) {
            case HAND_IN -> now == CustodyState.NOT_HANDED_IN || now == CustodyState.RELEASED;
            case CHECK_OUT -> now == CustodyState.HELD;
            case RETURN -> now == CustodyState.CHECKED_OUT;
            case RELEASE -> now == CustodyState.HELD || now == CustodyState.CHECKED_OUT;
        };
        if (!ok) {
            throw conflict(document + "当前状态为“" + now.label() + "”，不能登记" + kind.label() + hint(kind));
        }
        if (!moves.isEmpty() && on.isBefore(moves.get(moves.size() - 1).on())) {
            Move last = moves.get(moves.size() - 1);
            throw BianzhiException.invalid("date", kind.label() + "日期 " + on + " 早于台账上一笔登记（" + last.kind().label()
                    + "，" + last.on() + "）");
        }
    }

    private static String hint(CustodyMovementKind kind) {
        return switch (kind) {
            case HAND_IN -> "（证件已在组织保管或已领用）";
            case CHECK_OUT -> "（只有集中保管中的证件可以领用）";
            case RETURN -> "（只有已领用的证件可以归还）";
            case RELEASE -> "（证件不在组织保管中）";
        };
    }

    private static BianzhiException conflict(String message) {
        return BianzhiException.conflict("custody-state", "state", message);
    }
}
