package org.bianzhi.travel.filing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bianzhi.shared.application.Page;
import org.bianzhi.shared.domain.Labeled;
import org.bianzhi.shared.application.RegistryClock;
import org.bianzhi.travel.filing.application.FilingViews.CustodyLine;
import org.bianzhi.travel.filing.application.FilingViews.CustodySummary;
import org.bianzhi.travel.filing.application.FilingViews.LedgerEntry;
import org.bianzhi.travel.filing.domain.CustodyFindings.DocumentFact;
import org.bianzhi.travel.filing.domain.CustodyMovement;
import org.bianzhi.travel.filing.domain.CustodyState;
import org.bianzhi.travel.filing.domain.DocumentType;
import org.bianzhi.travel.filing.domain.FilingFact;
import org.bianzhi.travel.domain.PersonUnits.UnitRef;
import org.bianzhi.travel.filing.domain.TravelDocument;
import org.bianzhi.travel.filing.domain.TravelDocumentRepository;
import org.bianzhi.travel.domain.TravelFacts;
import org.bianzhi.travel.application.TravelPeople;

/**
 * 集中保管台账汇总 on a date: per document type, the valid documents of people filed on the date (应收数) and how many
 * of them are held (实收数) or out on an approved trip; and the ledger's moves up to the date, newest first.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CustodySummaryService {

    @Inject
    TravelFacts facts;

    @Inject
    TravelDocumentRepository documents;

    @Inject
    TravelPeople people;

    @Inject
    RegistryClock clock;

    public CustodySummary summary(LocalDate asOf, String unit, int offset, int limit) {
        LocalDate on = asOf == null ? clock.today() : asOf;
        String unitPath = people.unitPath(unit);
        Set<Long> filed = facts.filings(on, null).stream().filter(f -> f.inForceOn(on)).map(FilingFact::personId)
                .collect(Collectors.toSet());
        List<DocumentFact> docs = facts.documents(on, null);
        Set<Long> holders = docs.stream().map(DocumentFact::personId).collect(Collectors.toSet());
        Map<Long, UnitRef> units = people.unitsOf(holders, on);
        Map<DocumentType, long[]> counts = new EnumMap<>(DocumentType.class);
        for (DocumentType t : DocumentType.values()) counts.put(t, new long[3]);
        Set<Long> visibleDocs = new HashSet<>();
        for (DocumentFact d : docs) {
            if (!people.shown(units.get(d.personId()), unitPath)) continue;
            visibleDocs.add(d.id());
            boolean valid = (d.cancelledOn() == null || d.cancelledOn().isAfter(on)) && (d.expiresOn() == null || !d.expiresOn().isBefore(on));
            if (!valid || !filed.contains(d.personId())) continue;
            long[] c = counts.get(d.type());
            c[0]++;
            CustodyState s = d.ledger().stateOn(on);
            if (s == CustodyState.HELD) c[1]++;
            if (s == CustodyState.CHECKED_OUT) c[2]++;
        }
        List<CustodyLine> lines = new ArrayList<>();
        counts.forEach((t, c) -> lines.add(new CustodyLine(Labeled.codeOf(t), Labeled.labelOf(t), c[0], c[1], c[2])));
        List<CustodyMovement> moves = documents.movementsBetween(LocalDate.of(1900, 1, 1), on).stream()
                .filter(m -> visibleDocs.contains(m.documentId())).toList();
        List<LedgerEntry> page = new ArrayList<>();
        for (CustodyMovement m : moves.stream().skip(offset).limit(limit).toList()) {
            TravelDocument d = documents.find(m.documentId()).orElseThrow();
            page.add(new LedgerEntry(DocumentViewer.movement(m), d.id(), Labeled.codeOf(d.type()), Labeled.labelOf(d.type()), d.number(),
                    people.ref(d.personId(), units.get(d.personId()))));
        }
        return new CustodySummary(on, lines, new Page<>(page, moves.size(), offset, limit));
    }
}
