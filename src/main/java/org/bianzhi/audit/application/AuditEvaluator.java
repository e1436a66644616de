package org.bianzhi.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.bianzhi.audit.domain.AuditScope;
import org.bianzhi.audit.domain.Breach;
import org.bianzhi.audit.domain.Finding;
import org.bianzhi.audit.domain.FindingLedger;
import org.bianzhi.audit.domain.FindingRepository;
import org.bianzhi.audit.domain.FindingRepository.QueuedChange;
import org.bianzhi.audit.domain.Rule;
import org.bianzhi.audit.domain.RuleEngine;
import org.bianzhi.shared.application.RegistryClock;

/**
 * Keeps today's findings in line with the registry. Each call runs in the caller's transaction (see
 * {@link AuditScheduler}) under the evaluation lock: it re-evaluates the people and units queued changes
 * touched, or everything — after a bulk import, when too many changes wait, after a start-up, or on the first
 * evaluation of a day (OVERAGE and SECONDMENT_OVERDUE change with the calendar alone).
 */
@ApplicationScoped
public class AuditEvaluator {

    private static final Logger LOG = Logger.getLogger(AuditEvaluator.class.getName());
    /** Beyond this many changed people and units one full evaluation is cheaper than a targeted one. */
    static final int TARGETED_MAX = 2_000;
    static final Set<Rule> ALL_RULES = EnumSet.allOf(Rule.class);

    @Inject
    FindingRepository findings;

    @Inject
    RuleEngine engine;

    @Inject
    RegistryClock clock;

    /** What one evaluation did. */
    public record Outcome(boolean full, int peopleAndUnits, int violations, int stored, long millis) {}

    /** The first round after start-up evaluates everything: changes may have been made while the service was down. */
    private volatile boolean restarted = true;

    /** The latest evaluations, for the status an operator (or the benchmark) reads. */
    private volatile Outcome lastTargeted;
    private volatile Outcome lastFull;

    public Outcome lastTargeted() {
        return lastTargeted;
    }

    public Outcome lastFull() {
        return lastFull;
    }

    /** Re-evaluates what the queue holds; null when there was nothing to do. */
    public Outcome evaluateQueued() {
        LocalDate today = clock.today();
        LocalDate lastFull = findings.lockEvaluations();
        if (restarted || !today.equals(lastFull)) {
            Outcome o = full(today);
            restarted = false;
            return o;
        }
        List<QueuedChange> queued = findings.queued(TARGETED_MAX + 1);
        if (queued.isEmpty()) return null;
        Set<Long> people = new HashSet<>();
        Set<Long> units = new HashSet<>();
        Set<Long> unitsThemselves = new HashSet<>();
        for (QueuedChange q : queued) {
            if (q.everything()) return full(today);
            if (q.personId() != null) people.add(q.personId());
            if (q.unitId() != null) units.add(q.unitId());
            if (q.personId() == null && q.unitId() != null) unitsThemselves.add(q.unitId());
        }
        if (queued.size() > TARGETED_MAX) return full(today);
        long start = System.nanoTime();
        // a change of a person's record bears on that person and the unit-wide rules of its unit; a change of the
        // unit itself (its kind, say) or its approvals may bear on everyone there and everyone a finding names there
        people.addAll(engine.peopleAt(unitsThemselves, today));
        people.addAll(findings.peopleNamedAt(unitsThemselves));
        List<Breach> found = engine.breaches(today, AuditScope.touched(people, units), ALL_RULES);
        List<Finding> changed = FindingLedger.reconcile(findings.touching(people, units), found, today, clock.now());
        findings.store(changed);
        findings.dequeue(queued.stream().map(QueuedChange::id).toList());
        lastTargeted = new Outcome(false, people.size() + units.size(), found.size(), changed.size(),
                (System.nanoTime() - start) / 1_000_000);
        return lastTargeted;
    }

    /** Evaluates every rule for the whole registry now. */
    public Outcome evaluateAll() {
        findings.lockEvaluations();
        return full(clock.today());
    }

    private Outcome full(LocalDate today) {
        long start = System.nanoTime();
        // changes queued before this point are covered; later ones stay queued for the next round
        List<Long> covered = findings.queued(Integer.MAX_VALUE).stream().map(QueuedChange::id).toList();
        List<Breach> found = engine.breaches(today, AuditScope.all(), ALL_RULES);
        List<Finding> changed = FindingLedger.reconcile(findings.all(), found, today, clock.now());
        findings.store(changed);
        findings.dequeue(covered);
        long millis = (System.nanoTime() - start) / 1_000_000;
        findings.fullEvaluationDone(today, millis);
        LOG.info("Full audit evaluation as of " + today + ": " + found.size() + " violations, " + changed.size()
                + " findings stored, " + millis + " ms");
        lastFull = new Outcome(true, -1, found.size(), changed.size(), millis);
        return lastFull;
    }
}
