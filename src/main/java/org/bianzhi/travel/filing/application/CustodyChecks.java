package org.bianzhi.travel.filing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.bianzhi.travel.filing.domain.CustodyFindings;
import org.bianzhi.travel.filing.domain.CustodyFindings.DocumentFact;
import org.bianzhi.travel.filing.domain.CustodyLedger;
import org.bianzhi.travel.filing.domain.FilingFact;
import org.bianzhi.travel.domain.TravelCheck;
import org.bianzhi.travel.domain.TravelFacts;
import org.bianzhi.travel.domain.TravelFinding;
import org.bianzhi.travel.domain.TravelRule;
import org.bianzhi.travel.application.TravelSettings;

/** 应交尽交: DOCUMENT_NOT_IN_CUSTODY, DOCUMENT_HANDED_IN_LATE and DOCUMENT_NOT_RETURNED on the custody ledger. */
@ApplicationScoped
public class CustodyChecks implements TravelCheck {

    @Inject
    TravelFacts facts;

    @Inject
    TravelSettings settings;

    @Override
    public List<TravelRule> rules() {
        return List.of(TravelRule.DOCUMENT_NOT_IN_CUSTODY, TravelRule.DOCUMENT_HANDED_IN_LATE, TravelRule.DOCUMENT_NOT_RETURNED);
    }

    @Override
    public List<TravelFinding> run(Context context) {
        List<DocumentFact> docs = facts.documents(context.horizon(), context.personId());
        if (docs.isEmpty()) return List.of();
        CustodyFindings.Facts known = known(context, docs);
        CustodyFindings rules = new CustodyFindings(settings.handInDays(), settings.returnDays());
        List<TravelFinding> found = new ArrayList<>(rules.notInCustody(context.asOf(), docs, known));
        found.addAll(rules.handedInLate(context.asOf(), docs, known));
        found.addAll(rules.notReturned(context.asOf(), docs, known));
        return found;
    }

    /** The filings, applications and entries the documents' checks need. */
    CustodyFindings.Facts known(Context context, List<DocumentFact> docs) {
        Set<Long> applications = new HashSet<>();
        for (DocumentFact d : docs) {
            for (CustodyLedger.Move m : d.ledger().moves()) if (m.applicationId() != null) applications.add(m.applicationId());
        }
        return new CustodyFindings.Facts(
                facts.filings(context.horizon(), context.personId()).stream().collect(Collectors.groupingBy(FilingFact::personId)),
                facts.returnsOn(applications), facts.entries(context.horizon(), context.personId()));
    }
}
