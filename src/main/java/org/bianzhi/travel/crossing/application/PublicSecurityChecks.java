package org.bianzhi.travel.crossing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bianzhi.travel.crossing.domain.CrossingFacts;
import org.bianzhi.travel.domain.PersonTravel;
import org.bianzhi.travel.crossing.domain.PoliceFacts;
import org.bianzhi.travel.crossing.domain.PoliceRecords;
import org.bianzhi.travel.crossing.domain.PublicSecurityRules;
import org.bianzhi.travel.domain.TravelCheck;
import org.bianzhi.travel.domain.TravelFinding;
import org.bianzhi.travel.domain.TravelRule;

/**
 * 公安机关核查: filed people's facts against public security's issuance records and certificates (seed 002's three
 * classes for the police: 违规办理证件, 未按干部管理权限出具证明, 伪造证件). The rules are {@link PublicSecurityRules}.
 */
@ApplicationScoped
public class PublicSecurityChecks implements TravelCheck {

    @Inject
    CrossingFacts facts;

    @Inject
    PoliceFacts police;

    @Override
    public List<TravelRule> rules() {
        return List.of(TravelRule.DOCUMENT_OBTAINED_WITHOUT_APPROVAL, TravelRule.CERTIFICATE_OUTSIDE_AUTHORITY, TravelRule.DOCUMENT_FORGED);
    }

    @Override
    public List<TravelFinding> run(Context context) {
        List<PersonTravel> people = facts.filedPeople(context.horizon(), context.personId());
        Map<Long, PoliceRecords> records = police.of(people.stream().map(PersonTravel::personId).toList(), context.horizon());
        List<TravelFinding> found = new ArrayList<>();
        for (PersonTravel p : people) {
            PoliceRecords r = records.getOrDefault(p.personId(), PoliceRecords.NONE);
            found.addAll(PublicSecurityRules.obtainedWithoutApproval(p, r));
            found.addAll(PublicSecurityRules.certificateOutsideAuthority(p, r));
            found.addAll(PublicSecurityRules.forged(p, r));
        }
        return found;
    }
}
