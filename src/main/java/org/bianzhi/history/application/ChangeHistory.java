package org.bianzhi.history.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import org.bianzhi.establishment.application.UnitService;
import org.bianzhi.history.domain.RecentChanges;
import org.bianzhi.shared.application.Page;
import org.bianzhi.shared.application.RegistryClock;
import org.bianzhi.shared.application.Scope;

/** 最近变更: the registry's change log, newest first, as the caller may see it. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ChangeHistory {

    @Inject
    RecentChanges changes;

    @Inject
    UnitService units;

    @Inject
    Scope scope;

    /**
     * Lines of {@code unitCode}'s subtree (null: all the caller sees), of one person, between two calendar days
     * (inclusive). Account changes are for administrators; complaint cases for the roles that read them;
     * disciplinary reviews for the office and cadre supervision.
     */
    public Page<RecentChanges.Line> list(String unitCode, Long personId, LocalDate from, LocalDate to, int offset, int limit) {
        RecentChanges.Filter f = new RecentChanges.Filter(units.subtree(unitCode), personId, start(from),
                to == null ? null : start(to.plusDays(1)), scope.seesAccountChanges(), scope.seesComplaints(),
                scope.seesDisciplineReviews());
        return new Page<>(changes.list(f, offset, limit), changes.count(f), offset, limit);
    }

    private static Instant start(LocalDate day) {
        return day == null ? null : day.atStartOfDay(RegistryClock.ZONE).toInstant();
    }
}
