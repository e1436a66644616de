package org.bianzhi.travel.filing.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bianzhi.travel.filing.domain.CustodyLedger.Move;
import org.bianzhi.travel.domain.TravelFinding;
import org.bianzhi.travel.domain.TravelRule;

/**
 * The checks of 应交尽交 on plain facts: a valid document of a filed person not in custody once the days to hand it
 * in have passed (DOCUMENT_NOT_IN_CUSTODY), handed in later than that (DOCUMENT_HANDED_IN_LATE), and checked out but
 * not returned within the days allowed after the trip (DOCUMENT_NOT_RETURNED).
 */
public final class CustodyFindings {

    /** A document with its ledger, as the checks read it. */
    public record DocumentFact(long id, long personId, DocumentType type, String number, LocalDate declaredOn,
                               LocalDate expiresOn, LocalDate cancelledOn, CustodyLedger ledger) {

        public String subject() {
            return type.name() + ":" + number;
        }

        public String label() {
            return type.label() + number;
        }

        public boolean validOn(LocalDate d) {
            return !declaredOn.isAfter(d) && (cancelledOn == null || cancelledOn.isAfter(d)) && (expiresOn == null || !expiresOn.isBefore(d));
        }
    }

    /**
     * What the checks know besides the documents: each person's filing versions, each application's approved return
     * date ({@code returns_on}), the ENTRY crossings of each document (by subject) known on the day.
     */
    public record Facts(Map<Long, List<FilingFact>> filings, Map<Long, LocalDate> returnsOn, Map<String, List<LocalDate>> entries) {}

    private final int handInDays;
    private final int returnDays;

    public CustodyFindings(int handInDays, int returnDays) {
        this.handInDays = handInDays;
        this.returnDays = returnDays;
    }

    /** The day a filed person's document is due in custody: after the later of filing and declaring it; null: not filed. */
    public LocalDate handInDeadline(DocumentFact d, LocalDate asOf, Facts facts) {
        return FilingFact.filedSince(asOf, facts.filings().getOrDefault(d.personId(), List.of()))
                .map(since -> later(since, d.declaredOn()).plusDays(handInDays)).orElse(null);
    }

    public List<TravelFinding> notInCustody(LocalDate asOf, List<DocumentFact> docs, Facts facts) {
        List<TravelFinding> found = new ArrayList<>();
        for (DocumentFact d : docs) {
            if (!d.validOn(asOf)) continue;
            LocalDate deadline = handInDeadline(d, asOf, facts);
            if (deadline == null || !deadline.isBefore(asOf)) continue;
            CustodyState state = d.ledger().stateOn(asOf);
            if (state == CustodyState.HELD) continue;
            if (state == CustodyState.CHECKED_OUT) {
                Move out = d.ledger().lastOn(asOf).orElseThrow();
                LocalDate due = returnDeadline(d, out, asOf, facts);
                if (due == null || !due.isBefore(asOf)) continue;
            }
            found.add(new TravelFinding(TravelRule.DOCUMENT_NOT_IN_CUSTODY, d.personId(), d.subject(), deadline, d.label()
                    + "未交由组织集中保管：应于 " + deadline + " 前上交，" + asOf + " 时" + state.label()));
        }
        return found;
    }

    /** The first hand-in of each filing period that came later than the days allowed after the period (or declaration) began. */
    public List<TravelFinding> handedInLate(LocalDate asOf, List<DocumentFact> docs, Facts facts) {
        List<TravelFinding> found = new ArrayList<>();
        for (DocumentFact d : docs) {
            TravelFinding last = null;
            List<FilingFact> own = facts.filings().getOrDefault(d.personId(), List.of());
            for (Move m : d.ledger().moves()) {
                if (m.kind() != CustodyMovementKind.HAND_IN || m.on().isAfter(asOf)) continue;
                LocalDate filedSince = FilingFact.filedSince(m.on(), own).orElse(null);
                if (filedSince == null) continue;
                LocalDate start = later(filedSince, d.declaredOn());
                // held (or out on a trip) when the obligation began: this hand-in is a later round, not the first
                if (start.isBefore(m.on()) && heldOn(d.ledger(), start)) continue;
                if (firstHandInSince(d.ledger(), start) != m) continue;
                LocalDate deadline = start.plusDays(handInDays);
                if (!m.on().isAfter(deadline)) continue;
                last = new TravelFinding(TravelRule.DOCUMENT_HANDED_IN_LATE, d.personId(), d.subject(), m.on(), d.label()
                        + "应于 " + deadline + " 前上交，" + m.on() + " 才上交，逾期 " + ChronoUnit.DAYS.between(deadline, m.on()) + " 天");
            }
            if (last != null) found.add(last);
        }
        return found;
    }

    /** A check-out not followed by a return (or release) within the days allowed after the trip's return. */
    public List<TravelFinding> notReturned(LocalDate asOf, List<DocumentFact> docs, Facts facts) {
        List<TravelFinding> found = new ArrayList<>();
        for (DocumentFact d : docs) {
            TravelFinding last = null;
            List<Move> moves = d.ledger().moves();
            for (int i = 0; i < moves.size(); i++) {
                Move out = moves.get(i);
                if (out.kind() != CustodyMovementKind.CHECK_OUT || out.on().isAfter(asOf)) continue;
                LocalDate due = returnDeadline(d, out, asOf, facts);
                if (due == null) continue;
                LocalDate back = i + 1 < moves.size() && !moves.get(i + 1).on().isAfter(asOf) ? moves.get(i + 1).on() : null;
                String message;
                if (back != null) {
                    if (!back.isAfter(due)) continue;
                    message = d.label() + "领用后应于 " + due + " 前交回，" + back + " 才交回，逾期 " + ChronoUnit.DAYS.between(due, back) + " 天";
                } else {
                    if (!due.isBefore(asOf)) continue;
                    message = d.label() + "于 " + out.on() + " 领用，应于 " + due + " 前交回，至 " + asOf + " 未交回，逾期 "
                            + ChronoUnit.DAYS.between(due, asOf) + " 天";
                }
                last = new TravelFinding(TravelRule.DOCUMENT_NOT_RETURNED, d.personId(), d.subject(), due, message);
            }
            if (last != null) found.add(last);
        }
        return found;
    }

    /**
     * The day a checked-out document must be back by: {@code returnDays} after the later of the approved return date
     * and the first entry with the document after the check-out (null: the application is unknown).
     */
    public LocalDate returnDeadline(DocumentFact d, Move out, LocalDate asOf, Facts facts) {
        LocalDate returnsOn = out.applicationId() == null ? null : facts.returnsOn().get(out.applicationId());
        if (returnsOn == null) return null;
        Optional<LocalDate> entry = facts.entries().getOrDefault(d.subject(), List.of()).stream()
                .filter(e -> !e.isBefore(out.on()) && !e.isAfter(asOf)).min(LocalDate::compareTo);
        return later(returnsOn, entry.orElse(returnsOn)).plusDays(returnDays);
    }

    private static boolean heldOn(CustodyLedger ledger, LocalDate d) {
        CustodyState s = ledger.stateOn(d);
        return s == CustodyState.HELD || s == CustodyState.CHECKED_OUT;
    }

    private static Move firstHandInSince(CustodyLedger ledger, LocalDate start) {
        return ledger.moves().stream().filter(m -> m.kind() == CustodyMovementKind.HAND_IN && !m.on().isBefore(start))
                .findFirst().orElse(null);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
