package org.bianzhi.travel.filing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.bianzhi.shared.application.ChangeLog;
import org.bianzhi.shared.domain.Labeled;
import org.bianzhi.shared.application.RegistryClock;
import org.bianzhi.travel.filing.application.FilingViews.DocumentDetail;
import org.bianzhi.travel.filing.application.FilingViews.DocumentState;
import org.bianzhi.travel.filing.application.FilingViews.DocumentView;
import org.bianzhi.travel.filing.application.FilingViews.MovementView;
import org.bianzhi.travel.filing.domain.CustodyMovement;
import org.bianzhi.travel.filing.domain.CustodyState;
import org.bianzhi.travel.domain.PersonUnits.UnitRef;
import org.bianzhi.travel.filing.domain.TravelDocument;
import org.bianzhi.travel.filing.domain.TravelDocumentRepository;
import org.bianzhi.travel.application.TravelPeople;

/** Builds the views of documents and their ledgers, and writes their change-log lines. */
@ApplicationScoped
public class DocumentViewer {

    @Inject
    TravelDocumentRepository documents;

    @Inject
    TravelPeople people;

    @Inject
    ChangeLog changeLog;

    @Inject
    RegistryClock clock;

    public DocumentDetail detail(TravelDocument doc) {
        List<CustodyMovement> moves = documents.movementsOf(doc.id());
        CustodyState state = FilingViewer.ledger(moves).stateOn(clock.today());
        UnitRef unit = people.unitsOf(List.of(doc.personId()), clock.today()).get(doc.personId());
        return new DocumentDetail(view(doc, unit, state), moves.stream().map(DocumentViewer::movement).toList());
    }

    public DocumentView view(TravelDocument d, UnitRef unit, CustodyState state) {
        return new DocumentView(d.id(), people.ref(d.personId(), unit), Labeled.codeOf(d.type()), Labeled.labelOf(d.type()), d.number(), d.issuedOn(), d.expiresOn(),
                d.declaredOn(), d.cancelledOn(), d.cancelReason(), d.basisDocument(), Labeled.codeOf(state), Labeled.labelOf(state), d.recordedBy(),
                d.recordedAt(), d.version());
    }

    public static MovementView movement(CustodyMovement m) {
        return new MovementView(m.id(), Labeled.codeOf(m.kind()), Labeled.labelOf(m.kind()), m.movedOn(), m.applicationId(), m.note(), m.basisDocument(),
                m.recordedBy(), m.recordedAt());
    }

    public DocumentState state(TravelDocument d) {
        CustodyState state = d.id() == null ? CustodyState.NOT_HANDED_IN : FilingViewer.ledger(documents.movementsOf(d.id())).current();
        return new DocumentState(d.id() == null ? 0 : d.id(), d.personId(), d.type().name(), d.number(), d.issuedOn(), d.expiresOn(),
                d.declaredOn(), d.cancelledOn(), d.cancelReason(), state.name(), d.version());
    }

    public void log(TravelDocument d, String action, DocumentState before, String basis) {
        changeLog.record(new ChangeLog.Change("travel_document", d.id(), d.personId(), null, action,
                basis == null || basis.isBlank() ? d.basisDocument() : basis.strip()), before, state(d));
    }
}
