package org.bianzhi.travel.filing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.bianzhi.roster.application.PersonService;
import org.bianzhi.roster.domain.Person;
import org.bianzhi.shared.application.ChangeLog;
import org.bianzhi.shared.application.Page;
import org.bianzhi.shared.application.RegistryClock;
import org.bianzhi.shared.domain.BianzhiException;
import org.bianzhi.shared.domain.Check;
import org.bianzhi.shared.domain.PlainText;
import org.bianzhi.travel.filing.application.FilingCommands.CancelCommand;
import org.bianzhi.travel.filing.application.FilingCommands.DocumentCommand;
import org.bianzhi.travel.filing.application.FilingViews.DocumentDetail;
import org.bianzhi.travel.filing.application.FilingViews.DocumentView;
import org.bianzhi.travel.filing.domain.CustodyMovement;
import org.bianzhi.travel.filing.domain.CustodyState;
import org.bianzhi.travel.filing.domain.DocumentType;
import org.bianzhi.travel.domain.LateEntry;
import org.bianzhi.travel.domain.PersonUnits.UnitRef;
import org.bianzhi.travel.filing.domain.TravelDocument;
import org.bianzhi.travel.filing.domain.TravelDocumentRepository;
import org.bianzhi.shared.application.ExpectedVersion;
import org.bianzhi.travel.application.TravelPeople;
import org.bianzhi.travel.application.TravelSettings;

/** 因私出入境证件: registers the documents people declare, corrects and cancels them, lists them with where they are. */
@ApplicationScoped
@Transactional
public class DocumentService {

    @Inject
    ExpectedVersion versions;

    @Inject
    TravelDocumentRepository documents;

    @Inject
    PersonService people;

    @Inject
    TravelPeople travelPeople;

    @Inject
    DocumentViewer viewer;

    @Inject
    ChangeLog changeLog;

    @Inject
    RegistryClock clock;

    @Inject
    TravelSettings settings;

    public DocumentDetail register(DocumentCommand c) {
        Check check = new Check();
        check.notNull(c.personId(), "personId", "人员");
        TravelDocument.Details d = details(check, c);
        String late = LateEntry.reason(check, "证件登记", "报告持有日期", c.declaredOn(), clock.today(), settings.lateEntryDays(),
                c.lateReason());
        check.orThrow();
        Person person = people.require(c.personId());
        person.requireBornBy(d.issuedOn(), "issuedOn", "签发日期");
        long personId = person.id();
        requireUnique(d, null);
        TravelDocument doc = TravelDocument.declared(personId, d, PlainText.blankToNull(c.basisDocument()), changeLog.actorName(), clock.now(), late);
        documents.add(doc);
        viewer.log(doc, "登记证件", null, c.basisDocument());
        return viewer.detail(doc);
    }

    /** Corrects the details as entered. */
    public DocumentDetail correct(Long id, DocumentCommand c) {
        TravelDocument doc = lock(id);
        versions.check("证件信息", c.version(), doc.version());
        Check check = new Check();
        DocumentCommand merged = new DocumentCommand(doc.personId(), c.docType() == null ? doc.type().name() : c.docType(),
                c.docNumber() == null ? doc.number() : c.docNumber(), c.issuedOn() == null ? doc.issuedOn() : c.issuedOn(),
                c.expiresOn() == null ? doc.expiresOn() : c.expiresOn(), c.declaredOn() == null ? doc.declaredOn() : c.declaredOn(),
                c.basisDocument(), c.version(), c.lateReason());
        TravelDocument.Details d = details(check, merged);
        check.orThrow();
        requireUnique(d, doc.id());
        var before = viewer.state(doc);
        doc.correct(d, c.basisDocument());
        viewer.log(doc, "更正证件信息", before, c.basisDocument());
        return viewer.detail(doc);
    }

    /** 注销/吊销/遗失. */
    public DocumentDetail cancel(Long id, CancelCommand c) {
        TravelDocument doc = lock(id);
        Check check = new Check();
        check.notNull(c.date(), "date", "注销日期");
        if (c.date() != null) check.require(!c.date().isAfter(clock.today()), "date", "注销日期 " + c.date() + " 晚于今天");
        check.notNull(c.reason(), "reason", "注销原因（注销/吊销/遗失）");
        check.require(c.reason() == null || c.reason().strip().length() <= 500, "reason", "注销原因不能超过500字");
        String late = LateEntry.reason(check, "证件注销", "注销日期", c.date(), clock.today(), settings.lateEntryDays(), c.lateReason());
        check.orThrow();
        var before = viewer.state(doc);
        doc.cancel(c.date(), c.reason(), changeLog.actorName(), clock.now(), late);
        viewer.log(doc, "注销证件", before, c.basisDocument());
        return viewer.detail(doc);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DocumentDetail get(Long id) {
        TravelDocument doc = documents.find(id).orElseThrow(() -> notFound(id));
        people.require(doc.personId());
        return viewer.detail(doc);
    }

    /** Documents of the caller's scope (unit with subordinates), by type, custody state today, person and text. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<DocumentView> list(String unit, String type, String custody, Long personId, String text, int offset, int limit) {
        Check check = new Check();
        DocumentType t = check.choice(DocumentType.class, type, "type", "证件类别");
        CustodyState s = check.choice(CustodyState.class, custody, "custody", "保管状态");
        check.orThrow();
        if (personId != null) people.require(personId);
        LocalDate today = clock.today();
        String unitPath = travelPeople.unitPath(unit);
        List<TravelDocument> all = documents.list(new TravelDocumentRepository.Filter(t, personId,
                PlainText.blankToNull(text)));
        Map<Long, UnitRef> units = travelPeople.unitsOf(all.stream().map(TravelDocument::personId).distinct().toList(), today);
        Map<Long, List<CustodyMovement>> moves = documents.movementsOf(all.stream().map(TravelDocument::id).toList());
        List<TravelDocument> selected = all.stream().filter(d -> travelPeople.shown(units.get(d.personId()), unitPath))
                .filter(d -> s == null || FilingViewer.ledger(moves.get(d.id())).stateOn(today) == s).toList();
        return Page.of(selected, offset, limit)
                .map(d -> viewer.view(d, units.get(d.personId()), FilingViewer.ledger(moves.get(d.id())).stateOn(today)));
    }

    private TravelDocument.Details details(Check check, DocumentCommand c) {
        check.notNull(c.docType(), "docType", "证件类别");
        DocumentType type = check.choice(DocumentType.class, c.docType(), "docType", "证件类别");
        String number = DocumentType.normalise(c.docNumber());
        if (type == null) check.notNull(number, "docNumber", "证件号码");
        TravelDocument.Details d = new TravelDocument.Details(type, number, c.issuedOn(), c.expiresOn(), c.declaredOn());
        TravelDocument.checkDetails(check, d, clock.today());
        return d;
    }

    private void requireUnique(TravelDocument.Details d, Long self) {
        documents.findByNumber(d.type(), d.number()).filter(o -> !o.id().equals(self)).ifPresent(o -> {
            throw BianzhiException.conflict("document-exists", "docNumber", d.type().label() + "号码 " + d.number()
                    + " 已登记（证件编号 " + o.id() + "），同一证件不能重复登记");
        });
    }

    TravelDocument lock(Long id) {
        TravelDocument doc = documents.lock(id).orElseThrow(() -> notFound(id));
        people.require(doc.personId());
        return doc;
    }

    static BianzhiException notFound(Long id) {
        return BianzhiException.notFound("证件", String.valueOf(id));
    }
}
