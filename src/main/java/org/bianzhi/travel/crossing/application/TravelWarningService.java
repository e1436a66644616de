package org.bianzhi.travel.crossing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bianzhi.roster.application.IdNumberDisclosure;
import org.bianzhi.shared.application.Page;
import org.bianzhi.shared.application.RegistryClock;
import org.bianzhi.shared.domain.Check;
import org.bianzhi.travel.domain.PersonUnits.UnitRef;
import org.bianzhi.travel.crossing.domain.TravelWarning;
import org.bianzhi.travel.crossing.domain.WarningKind;
import org.bianzhi.travel.crossing.domain.WarningSource;
import org.bianzhi.travel.application.TravelPeople;
import org.bianzhi.travel.application.TravelSettings;

/**
 * 预警收件箱 (seed 002 part 5): what falls due from today to {@code within} days ahead and is not a finding yet, from every
 * {@link WarningSource}, for the people the caller may see (a unit clerk: people whose unit today lies in their
 * subtree), most urgent first, paged. ID numbers go out through {@link TravelPeople} (masked by IdNumberDisclosure), as everywhere.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TravelWarningService {

    /** The furthest a caller may look ahead. */
    public static final int MAX_WITHIN = 366;

    @Inject
    Instance<WarningSource> sources;

    /** Places people, scopes and masks them, as every travel list does. */
    @Inject
    TravelPeople travelPeople;

    @Inject
    TravelSettings settings;

    @Inject
    RegistryClock clock;

    public record WarningView(String kind, String kindLabel, long personId, String personName, String idNumber, String unitCode,
                              String unitName, String subject, String what, LocalDate dueOn, long daysLeft, String becomes,
                              String becomesLabel) {}

    public Page<WarningView> page(Integer within, String kind, String unitCode, int offset, int limit) {
        Check check = new Check();
        int days = within == null ? settings.warningDays() : within;
        check.require(days >= 0 && days <= MAX_WITHIN, "within", "预警天数应为 0 至 " + MAX_WITHIN + " 天（默认 " + settings.warningDays() + " 天）");
        WarningKind k = check.choice(WarningKind.class, kind, "kind", "预警类别");
        check.orThrow();
        String path = travelPeople.unitPath(unitCode);
        LocalDate today = clock.today();
        List<TravelWarning> due = new ArrayList<>();
        for (WarningSource s : sources) {
            s.dueBetween(today, today.plusDays(days)).stream().filter(w -> k == null || w.kind() == k).forEach(due::add);
        }
        Map<Long, UnitRef> unitOf = travelPeople.unitsOf(due.stream().map(TravelWarning::personId).collect(Collectors.toSet()), today);
        List<TravelWarning> visible = due.stream().filter(w -> travelPeople.shown(unitOf.get(w.personId()), path)).sorted(Comparator.comparing(TravelWarning::dueOn).thenComparing(TravelWarning::kind).thenComparing(TravelWarning::personId)
                .thenComparing(TravelWarning::subject)).toList();
        return Page.of(visible, offset, limit).map(w -> view(w, unitOf.get(w.personId()), today));
    }

    private WarningView view(TravelWarning w, UnitRef unit, LocalDate today) {
        var p = travelPeople.ref(w.personId(), unit);
        var becomes = w.kind().becomes();
        return new WarningView(w.kind().name(), w.kind().label(), p.id(), p.name(), p.idNumber(), p.unitCode(), p.unitName(),
                w.subject(), w.what(), w.dueOn(), w.daysLeft(today),
                becomes == null ? null : becomes.name(), becomes == null ? null : becomes.label());
    }
}
