package org.bianzhi.delegation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.bianzhi.delegation.application.DelegationCommands.EndReviewCommand;
import org.bianzhi.delegation.application.DelegationCommands.ReviewCommand;
import org.bianzhi.delegation.application.DelegationViews.ReviewView;
import org.bianzhi.delegation.domain.DisciplineReview;
import org.bianzhi.delegation.domain.DisciplineReviewRepository;
import org.bianzhi.roster.domain.Person;
import org.bianzhi.roster.domain.PersonRepository;
import org.bianzhi.shared.application.ChangeLog;
import org.bianzhi.shared.application.Page;
import org.bianzhi.shared.application.RegistryClock;
import org.bianzhi.shared.application.Scope;
import org.bianzhi.shared.domain.BianzhiException;
import org.bianzhi.shared.domain.Check;

/**
 * 纪律审查期间: records that a person is under disciplinary review and when it ended. Sensitive: only roles that see every
 * unit (the office, cadre supervision) read or write them; their change-log lines name no person, so a person's dossier
 * and the change list do not disclose them to other readers.
 */
@ApplicationScoped
@Transactional
public class DisciplineReviewService {

    static final String ENTITY = "discipline_review";

    @Inject
    DisciplineReviewRepository reviews;

    @Inject
    PersonRepository people;

    @Inject
    ChangeLog changeLog;

    @Inject
    RegistryClock clock;

    @Inject
    Scope scope;

    public ReviewView start(ReviewCommand c) {
        scope.requireAllUnits("登记纪律审查");
        Check check = new Check();
        check.notNull(c.personId(), "personId", "人员");
        check.require(c.personId() == null || people.findById(c.personId()).isPresent(), "personId", "人员编号 " + c.personId() + " 未登记");
        check.notNull(c.from(), "from", "审查开始日期");
        if (c.personId() != null) {
            people.findById(c.personId()).ifPresent(p -> Person.checkBornBy(check, p.birthDate(), c.from(), "from", "审查开始日期"));
        }
        check.require(c.from() == null || !c.from().isAfter(clock.today()), "from", "审查开始日期 " + c.from() + " 晚于今天（" + clock.today() + "）");
        check.notNull(c.basisDocument(), "basisDocument", "依据文件");
        check.require(c.basisDocument() == null || c.basisDocument().strip().length() <= 200, "basisDocument", "依据文件不能超过200字");
        check.orThrow();
        DisciplineReview review = new DisciplineReview(c.personId(), c.from(), c.basisDocument().strip(), changeLog.actorName(), clock.now());
        reviews.store(review);
        ReviewView after = view(review);
        log(review, "登记纪律审查", review.basisDocument(), null, after);
        return after;
    }

    public ReviewView end(Long id, EndReviewCommand c) {
        scope.requireAllUnits("结束纪律审查");
        DisciplineReview review = reviews.lock(id).orElseThrow(() -> BianzhiException.notFound("纪律审查记录", String.valueOf(id)));
        Check check = new Check();
        check.notNull(c.date(), "date", "审查结束日期");
        check.require(c.date() == null || !c.date().isAfter(clock.today()), "date", "审查结束日期 " + c.date() + " 晚于今天（" + clock.today() + "）");
        check.notNull(c.basisDocument(), "basisDocument", "依据文件");
        check.orThrow();
        ReviewView before = view(review);
        review.end(c.date(), c.basisDocument().strip(), changeLog.actorName(), clock.now());
        reviews.store(review);
        ReviewView after = view(review);
        log(review, "结束纪律审查", review.endBasisDocument(), before, after);
        return after;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ReviewView> list(Long personId, int offset, int limit) {
        scope.requireAllUnits("查阅纪律审查记录");
        return new Page<>(reviews.list(personId, offset, limit).stream().map(this::view).toList(), reviews.count(personId), offset, limit);
    }

    private void log(DisciplineReview review, String action, String basis, ReviewView before, ReviewView after) {
        changeLog.record(new ChangeLog.Change(ENTITY, review.id(), null, null, action, basis), before, after);
    }

    private ReviewView view(DisciplineReview r) {
        String name = people.findById(r.personId()).map(p -> p.name()).orElse(null);
        return new ReviewView(r.id(), r.personId(), name, r.validFrom(), r.validTo(), r.validTo() == null, r.basisDocument(),
                r.endBasisDocument(), r.recordedBy(), r.recordedAt(), r.endedBy(), r.endedAt());
    }
}
