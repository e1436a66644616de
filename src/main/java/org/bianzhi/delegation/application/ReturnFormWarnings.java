package org.bianzhi.delegation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bianzhi.delegation.application.DelegationRecordViews.DueItem;
import org.bianzhi.delegation.application.DelegationRecordViews.ReturnRecord;
import org.bianzhi.delegation.domain.Delegation;
import org.bianzhi.delegation.domain.DelegationRepository;
import org.bianzhi.travel.crossing.domain.TravelWarning;
import org.bianzhi.travel.crossing.domain.WarningKind;
import org.bianzhi.travel.crossing.domain.WarningSource;

/**
 * 预警 after an official trip: a member's 出国人员鉴定表 and the delegation's financial audit not yet on record and due in
 * the window ({@link ReturnService#due}); past their day they are on {@code GET /delegation/reports/return-due}.
 */
@ApplicationScoped
public class ReturnFormWarnings implements WarningSource {

    @Inject
    ReturnService returns;

    @Inject
    DelegationRepository delegations;

    @Override
    public List<TravelWarning> dueBetween(LocalDate today, LocalDate until) {
        List<TravelWarning> due = new ArrayList<>();
        for (ReturnRecord r : returns.due(today).delegations()) {
            for (DueItem m : r.missing()) {
                if (m.daysOverdue() > 0 || m.due().isBefore(today) || m.due().isAfter(until)) continue;
                boolean evaluation = "EVALUATION".equals(m.what());
                Long person = m.personId();
                if (person == null) {
                    var leader = delegations.find(r.delegationId()).map(Delegation::leader).orElse(null);
                    if (leader == null) continue;
                    person = leader.personId();
                }
                due.add(new TravelWarning(evaluation ? WarningKind.RETURN_EVALUATION : WarningKind.RETURN_AUDIT, person,
                        r.number() + ":" + m.what() + (evaluation ? ":" + person : ""), m.due(), "团组 " + r.number() + "（" + r.name()
                                + "）" + r.returnedOn() + " 回国，" + m.label() + (evaluation ? "（" + m.personName() + "）" : "")
                                + "应于 " + m.due() + " 前完成"));
            }
        }
        return due;
    }
}
