package org.bianzhi.establishment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bianzhi.establishment.domain.ApprovalRepository;
import org.bianzhi.establishment.domain.LeadershipApproval;
import org.bianzhi.establishment.domain.LeadershipCategory;
import org.bianzhi.establishment.domain.LeadershipLine;
import org.bianzhi.establishment.domain.QuotaApproval;
import org.bianzhi.establishment.domain.QuotaLine;
import org.bianzhi.establishment.domain.QuotaType;
import org.bianzhi.establishment.domain.StaffingCounts;
import org.bianzhi.establishment.domain.Unit;
import org.bianzhi.shared.application.RegistryClock;

/** 编制情况: what a unit has approved, filled, reserved, vacant and over, on any date. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EstablishmentService {

    @Inject
    UnitService units;

    @Inject
    ApprovalRepository approvals;

    @Inject
    StaffingCounts counts;

    @Inject
    RegistryClock clock;

    public EstablishmentView asOf(String unitCode, LocalDate asOf) {
        Unit unit = units.require(unitCode);
        LocalDate date = asOf == null ? clock.today() : asOf;
        String name = units.stateOn(unit, date).name();
        List<EstablishmentView.Quota> quotas = quotaLines(unit.id(), date).stream()
                .map(l -> new EstablishmentView.Quota(l.quotaType().name(), l.approved(), l.occupied(), l.reserved(),
                        l.vacant(), l.over()))
                .toList();
        List<EstablishmentView.Leadership> leadership = leadershipLines(unit.id(), date).stream()
                .map(l -> new EstablishmentView.Leadership(l.category().name(), l.approved(), l.holders(), l.vacant(), l.over()))
                .toList();
        return new EstablishmentView(unit.codeText(), name, date, quotas, leadership);
    }

    /** One line per quota type that is approved, occupied or reserved on {@code date}. */
    public List<QuotaLine> quotaLines(Long unitId, LocalDate date) {
        Map<QuotaType, Integer> approved = new EnumMap<>(QuotaType.class);
        for (QuotaApproval a : approvals.quotasAsOf(unitId, date)) approved.merge(a.quotaType(), a.approvedCount(), Integer::sum);
        Map<QuotaType, Integer> occupied = counts.occupied(unitId, date);
        Map<QuotaType, Integer> reserved = counts.reserved(unitId, date);
        Set<QuotaType> types = EnumSet.noneOf(QuotaType.class);
        types.addAll(approved.keySet());
        types.addAll(occupied.keySet());
        types.addAll(reserved.keySet());
        return types.stream().map(t -> new QuotaLine(t, approved.getOrDefault(t, 0), occupied.getOrDefault(t, 0),
                reserved.getOrDefault(t, 0))).toList();
    }

    /** The line of one quota type (zeros when nothing is approved). */
    public QuotaLine quotaLine(Long unitId, QuotaType type, LocalDate date) {
        return quotaLines(unitId, date).stream().filter(l -> l.quotaType() == type).findFirst()
                .orElse(new QuotaLine(type, 0, 0, 0));
    }

    public List<LeadershipLine> leadershipLines(Long unitId, LocalDate date) {
        Map<LeadershipCategory, Integer> approved = new EnumMap<>(LeadershipCategory.class);
        for (LeadershipApproval a : approvals.leadershipAsOf(unitId, date)) approved.merge(a.category(), a.approvedCount(), Integer::sum);
        Map<LeadershipCategory, Integer> holders = counts.holders(unitId, date);
        Set<LeadershipCategory> categories = EnumSet.noneOf(LeadershipCategory.class);
        categories.addAll(approved.keySet());
        categories.addAll(holders.keySet());
        return categories.stream().map(c -> new LeadershipLine(c, approved.getOrDefault(c, 0), holders.getOrDefault(c, 0))).toList();
    }
}
