package org.bianzhi.travel.filing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.bianzhi.shared.application.ChangeLog;
import org.bianzhi.shared.application.RegistryClock;
import org.bianzhi.shared.domain.BianzhiException;
import org.bianzhi.shared.domain.Check;
import org.bianzhi.shared.domain.PlainText;
import org.bianzhi.travel.filing.application.FilingCommands.MoveCommand;
import org.bianzhi.travel.filing.application.FilingViews.DocumentDetail;
import org.bianzhi.travel.filing.domain.CustodyLedger;
import org.bianzhi.travel.filing.domain.CustodyMovement;
import org.bianzhi.travel.filing.domain.CustodyMovementKind;
import org.bianzhi.travel.domain.LateEntry;
import org.bianzhi.travel.filing.domain.TravelDocument;
import org.bianzhi.travel.filing.domain.TravelDocumentRepository;
import org.bianzhi.travel.domain.TravelFacts;
import org.bianzhi.travel.application.TravelSettings;

/**
 * 证件集中保管台账: hand-in, check-out for an approved application, return, release. Each move locks the document's
 * row first, so two clerks moving one document queue: the second sees the first's move and is refused if it no
 * longer fits.
 */
@ApplicationScoped
@Transactional
public class CustodyService {

    static final String APPROVED = "APPROVED";

    @Inject
    TravelDocumentRepository documents;

    @Inject
    DocumentService documentService;

    @Inject
    DocumentViewer viewer;

    @Inject
    TravelFacts facts;

    @Inject
    ChangeLog changeLog;

    @Inject
    RegistryClock clock;

    @Inject
    TravelSettings settings;

    public DocumentDetail move(Long id, CustodyMovementKind kind, MoveCommand c) {
        TravelDocument doc = documentService.lock(id);
        Check check = new Check();
        check.notNull(c.date(), "date", kind.label() + "日期");
        if (c.date() != null) {
            check.require(!c.date().isAfter(clock.today()), "date", kind.label() + "日期 " + c.date() + " 晚于今天（" + clock.today() + "）");
        }
        if (kind == CustodyMovementKind.CHECK_OUT) check.notNull(c.applicationId(), "applicationId", "因私出国（境）审批");
        if (kind == CustodyMovementKind.RELEASE) check.notNull(c.reason(), "reason", "退还原因");
        String note = kind == CustodyMovementKind.RELEASE ? c.reason() : c.note();
        check.require(note == null || note.strip().length() <= 500, kind == CustodyMovementKind.RELEASE ? "reason" : "note", "说明不能超过500字");
        String late = LateEntry.reason(check, "证件" + kind.label(), kind.label() + "日期", c.date(), clock.today(),
                settings.lateEntryDays(), c.lateReason());
        check.orThrow();
        CustodyLedger ledger = FilingViewer.ledger(documents.movementsOf(doc.id()));
        ledger.requireAllowed(kind, c.date(), doc.cancelledOn() != null, doc.label());
        if (kind == CustodyMovementKind.CHECK_OUT) requireApproved(doc, c);
        var before = viewer.state(doc);
        documents.add(new CustodyMovement(doc.id(), kind, c.date(), kind == CustodyMovementKind.CHECK_OUT ? c.applicationId() : null,
                PlainText.blankToNull(note), PlainText.blankToNull(c.basisDocument()),
                changeLog.actorName(), clock.now(), late));
        viewer.log(doc, kind.label(), before, c.basisDocument());
        return viewer.detail(doc);
    }

    /** A check-out is for an approved application of the same person, made by its approved return date. */
    private void requireApproved(TravelDocument doc, MoveCommand c) {
        TravelFacts.Application a = facts.application(c.applicationId()).orElseThrow(() ->
                BianzhiException.invalid("applicationId", "因私出国（境）审批 " + c.applicationId() + " 不存在"));
        Check check = new Check();
        check.require(a.personId() == doc.personId(), "applicationId", "审批 " + a.number() + " 不是该证件持有人的申请");
        check.require(APPROVED.equals(a.status()), "applicationId", "审批 " + a.number() + " 尚未批准，不能领用证件");
        check.require(!c.date().isAfter(a.returnsOn()), "date", "领用日期 " + c.date() + " 晚于审批的返回日期 " + a.returnsOn());
        check.orThrow();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
