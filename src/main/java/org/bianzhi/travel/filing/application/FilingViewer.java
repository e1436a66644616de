package org.bianzhi.travel.filing.application;

import org.bianzhi.travel.filing.domain.CustodyState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.bianzhi.shared.domain.Labeled;
import org.bianzhi.travel.filing.application.FilingViews.DocumentRef;
import org.bianzhi.travel.filing.application.FilingViews.FilingDetail;
import org.bianzhi.travel.filing.application.FilingViews.FilingView;
import org.bianzhi.travel.filing.application.FilingViews.PersonRef;
import org.bianzhi.travel.filing.domain.CustodyLedger;
import org.bianzhi.travel.filing.domain.CustodyMovement;
import org.bianzhi.travel.filing.domain.Filing;
import org.bianzhi.travel.filing.domain.FilingRepository;
import org.bianzhi.travel.filing.domain.FilingStatus;
import org.bianzhi.travel.domain.PersonUnits.UnitRef;
import org.bianzhi.travel.filing.domain.TravelDocument;
import org.bianzhi.travel.filing.domain.TravelDocumentRepository;
import org.bianzhi.travel.domain.TravelFacts;
import org.bianzhi.travel.application.TravelPeople;
import org.bianzhi.travel.application.TravelSettings;

/** Builds the views of filings: the person with their unit and post on the day, their documents and where they are. */
@ApplicationScoped
public class FilingViewer {

    @Inject
    FilingRepository filings;

    @Inject
    TravelDocumentRepository documents;

    @Inject
    TravelFacts facts;

    @Inject
    TravelPeople people;

    @Inject
    TravelSettings settings;

    public FilingDetail detail(Filing f, LocalDate date) {
        return new FilingDetail(view(f, date), history(f.personId(), date));
    }

    public List<FilingView> history(long personId, LocalDate date) {
        List<Filing> versions = filings.versionsOf(personId);
        if (versions.isEmpty()) return List.of();
        PersonRef person = people.ref(personId, date);
        String post = facts.postsOn(List.of(personId), date).get(personId);
        List<DocumentRef> docs = documentsOf(personId, date);
        return versions.stream().map(f -> view(f, person, post, docs)).toList();
    }

    public FilingView view(Filing f, LocalDate date) {
        return view(f, people.ref(f.personId(), date), facts.postsOn(List.of(f.personId()), date).get(f.personId()),
                documentsOf(f.personId(), date));
    }

    /** Views of many versions at once (a list page): units and posts read in one go. */
    public List<FilingView> views(List<Filing> page, Map<Long, UnitRef> units, LocalDate date) {
        Collection<Long> ids = page.stream().map(Filing::personId).distinct().toList();
        Map<Long, String> posts = facts.postsOn(ids, date);
        return page.stream().map(f -> view(f, people.ref(f.personId(), units.get(f.personId())), posts.get(f.personId()),
                documentsOf(f.personId(), date))).toList();
    }

    FilingView view(Filing f, PersonRef person, String post, List<DocumentRef> docs) {
        LocalDate due = f.status() == FilingStatus.NOT_FILED ? f.validFrom().plusDays(settings.filingReportDays()) : null;
        return new FilingView(f.id(), person, Labeled.codeOf(f.category()), Labeled.labelOf(f.category()), f.department(), Labeled.codeOf(f.status()), Labeled.labelOf(f.status()), f.reportedOn(), due,
                f.changeOf(), f.validFrom(), f.validTo(), f.endReason(), f.basisDocument(), f.recordedBy(), f.recordedAt(),
                f.version(), post, docs);
    }

    /** The person's documents with their custody state on the date (cancelled ones too, marked). */
    public List<DocumentRef> documentsOf(long personId, LocalDate date) {
        List<TravelDocument> own = documents.ofPerson(personId);
        if (own.isEmpty()) return List.of();
        Map<Long, List<CustodyMovement>> moves = documents.movementsOf(own.stream().map(TravelDocument::id).toList());
        return own.stream().filter(d -> !d.declaredOn().isAfter(date)).map(d -> {
            CustodyState custody = ledger(moves.get(d.id())).stateOn(date);
            return new DocumentRef(d.id(), Labeled.codeOf(d.type()), Labeled.labelOf(d.type()), d.number(), d.expiresOn(),
                    d.cancelledOn(), Labeled.codeOf(custody), Labeled.labelOf(custody));
        }).toList();
    }

    static CustodyLedger ledger(List<CustodyMovement> moves) {
        return new CustodyLedger(moves == null ? List.of() : moves.stream().map(CustodyMovement::move).toList());
    }
}
