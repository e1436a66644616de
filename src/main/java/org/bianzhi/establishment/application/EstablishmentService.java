package org.bianzhi.establishment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;
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
                .map(l -> new EstablishmentView.Quota(l.quotaType().name(), l.quotaType().label(), l.approved(), l.occupied(), l.reserved(),
                        l.vacant(), l.over()))
                .toList();
        List<EstablishmentView.Leadership> leadership = leadershipLines(unit.id(), date).stream()
                .map(l -> new EstablishmentView.Leadership(l.category().name(), l.category().label(),
                        l.approved(), l.holders(), l.vacant(), l.over()))
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

    /** A quota line and the date it holds on. */
    public record DatedQuotaLine(LocalDate date, QuotaLine line) {
    }

    /**
     * The first date from {@code from} to {@code until} (null: for good) on which the unit has no room for {@code slots}
     * more people of the type, with that date's line; empty when there is room on every one of them. A slot taken from a
     * date is taken on every later date too, so a back-dated entry must fit under later entries, later quota cuts and
     * plans, not only on its own date.
     */
    public Optional<DatedQuotaLine> firstWithoutRoom(Long unitId, QuotaType type, LocalDate from, LocalDate until, int slots) {
        return firstDateWhere(unitId, type, from, until, line -> !line.hasRoomFor(slots));
    }

    /** 超编 from a date: the first date on or after it with more people than approved, and who is beyond the quota then. */
    public record OverQuota(LocalDate from, int approved, int occupied, List<StaffingCounts.Holder> beyond) {
    }

    /**
     * Whether the unit's slots of the type will be over quota on some date from {@code from} on (a quota lowered by a
     * reform, say): the first such date, its figures and the latest entrants beyond the quota, as the audit will name them.
     */
    public Optional<OverQuota> firstOverQuota(Long unitId, QuotaType type, LocalDate from) {
        return firstDateWhere(unitId, type, from, null, line -> line.over() > 0).map(d -> new OverQuota(d.date(),
                d.line().approved(), d.line().occupied(), counts.latestEntrants(unitId, type, d.date(), d.line().over())));
    }

    private Optional<DatedQuotaLine> firstDateWhere(Long unitId, QuotaType type, LocalDate from, LocalDate until,
                                                    Predicate<QuotaLine> breaks) {
        SortedSet<LocalDate> dates = new TreeSet<>(counts.changesAfter(unitId, type, from));
        for (QuotaApproval a : approvals.quotaHistory(unitId, type)) {
            for (LocalDate d : new LocalDate[] {a.period().validFrom(), a.period().validTo()}) if (d != null && d.isAfter(from)) dates.add(d);
        }
        dates.add(from);
        for (LocalDate d : until == null ? dates : dates.headSet(until.plusDays(1))) {
            QuotaLine line = quotaLine(unitId, type, d);
            if (breaks.test(line)) return Optional.of(new DatedQuotaLine(d, line));
        }
        return Optional.empty();
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
