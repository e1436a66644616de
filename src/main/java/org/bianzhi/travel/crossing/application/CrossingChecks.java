package org.bianzhi.travel.crossing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.bianzhi.travel.filing.domain.DocumentRules;
import org.bianzhi.travel.domain.PersonTravel;
import org.bianzhi.travel.domain.TravelCheck;
import org.bianzhi.travel.crossing.domain.CrossingFacts;
import org.bianzhi.travel.domain.TravelFinding;
import org.bianzhi.travel.domain.TravelRule;
import org.bianzhi.travel.crossing.domain.TripRules;

/**
 * 出入境比对: the border crossings from public security against the documents people declared, their approvals and
 * the trips they reported (seed 002's 瞒报持有证件, 未经批准擅自出国（境）, 未按审批要求出国（境）,
 * 瞒报出国（境）情况), and against the custody ledger (a crossing on a document the ledger shows in the safe). The
 * rules are {@link DocumentRules} and {@link TripRules}; 违规办理证件 is {@link PublicSecurityChecks}' (it reads the issuance
 * records too).
 */
@ApplicationScoped
public class CrossingChecks implements TravelCheck {

    @Inject
    CrossingFacts facts;

    @Override
    public List<TravelRule> rules() {
        return List.of(TravelRule.DOCUMENT_UNDECLARED, TravelRule.TRIP_WITHOUT_APPROVAL,
                TravelRule.TRIP_LATE_RETURN, TravelRule.TRIP_OTHER_DESTINATION, TravelRule.TRIP_UNDECLARED,
                TravelRule.CROSSING_WHILE_IN_CUSTODY);
    }

    @Override
    public List<TravelFinding> run(Context context) {
        List<TravelFinding> found = new ArrayList<>();
        for (PersonTravel read : facts.filedPeople(context.horizon(), context.personId())) {
            PersonTravel p = read.recordedBy(context.horizon());
            found.addAll(DocumentRules.undeclared(p));
            found.addAll(TripRules.withoutApproval(p));
            found.addAll(TripRules.lateReturn(p, context.asOf()));
            found.addAll(TripRules.otherDestination(p));
            found.addAll(TripRules.undeclared(p, context.asOf()));
            found.addAll(DocumentRules.crossingWhileInCustody(p));
        }
        return found;
    }
}
