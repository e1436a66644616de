package org.bianzhi.travel.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bianzhi.travel.approval.domain.Approval;
import org.bianzhi.travel.crossing.domain.Crossing;
import org.bianzhi.travel.crossing.domain.CrossingDirection;
import org.bianzhi.travel.filing.domain.CustodyLedger;
import org.bianzhi.travel.filing.domain.CustodyMovementKind;
import org.bianzhi.travel.filing.domain.DocumentType;

/** Builds one person's facts for the rule tests: filed from 2024-01-01 unless told otherwise. */
public final class Facts {

    final List<PersonTravel.Period> filings = new ArrayList<>(List.of(new PersonTravel.Period(d("2024-01-01"), null)));
    final List<PersonTravel.Document> documents = new ArrayList<>();
    public final List<Crossing> crossings = new ArrayList<>();
    final List<Approval> approvals = new ArrayList<>();
    final List<PersonTravel.Declaration> declarations = new ArrayList<>();
    final Map<String, List<CustodyLedger.Move>> custody = new HashMap<>();

    public static LocalDate d(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    public Facts filed(String from, String to) {
        filings.clear();
        filings.add(new PersonTravel.Period(d(from), d(to)));
        return this;
    }

    public Facts document(String number, String issued, String declared) {
        documents.add(new PersonTravel.Document(DocumentType.PASSPORT, number, d(issued), d(declared)));
        return this;
    }

    /** A move on the custody ledger of the passport {@code number}. */
    public Facts custody(String number, CustodyMovementKind kind, String on) {
        custody.computeIfAbsent(number, k -> new ArrayList<>()).add(new CustodyLedger.Move(kind, d(on), null));
        return this;
    }

    public Facts trip(String number, String out, String back, String destination) {
        crossings.add(new Crossing(DocumentType.PASSPORT, number, CrossingDirection.EXIT, d(out), "上海浦东", destination));
        if (back != null) crossings.add(new Crossing(DocumentType.PASSPORT, number, CrossingDirection.ENTRY, d(back), "上海浦东", null));
        return this;
    }

    public Facts approval(String number, String decided, String from, String to, String... destinations) {
        approvals.add(new Approval(number, d(decided), d(from), d(to), Set.of(destinations)));
        return this;
    }

    public Facts declaration(String from, String to, String declared) {
        declarations.add(new PersonTravel.Declaration(d(from), d(to), d(declared)));
        return this;
    }

    public PersonTravel person() {
        List<PersonTravel.Document> docs = documents.stream().map(x -> new PersonTravel.Document(x.type(), x.number(), x.issuedOn(),
                x.declaredOn(), new CustodyLedger(custody.getOrDefault(x.number(), List.of())))).toList();
        return new PersonTravel(7, filings, docs, crossings, approvals, declarations);
    }
}
