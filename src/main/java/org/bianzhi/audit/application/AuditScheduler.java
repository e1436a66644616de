package org.bianzhi.audit.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bianzhi.shared.application.NewTransaction;
import org.bianzhi.shared.infrastructure.SchemaMigration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Drains the change queue a few times a second, each round in a transaction of its own, so today's findings
 * follow a commit within a second. The first round evaluates everything (a new day, or changes made while the
 * service was down). A round that fails (say, a clerk acknowledged a finding it was updating) changes nothing
 * and leaves the queue for the next one.
 */
@ApplicationScoped
public class AuditScheduler {

    private static final Logger LOG = Logger.getLogger(AuditScheduler.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    NewTransaction transaction;

    @Inject
    AuditEvaluator evaluator;

    @Inject
    SchemaMigration migration;

    @Inject
    @ConfigProperty(name = "bianzhi.audit.poll-millis", defaultValue = "200")
    long pollMillis;

    private ScheduledFuture<?> rounds;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (!migration.migrated()) return;
        rounds = executor.scheduleWithFixedDelay(this::round, 1_000, pollMillis, TimeUnit.MILLISECONDS);
    }

    private void round() {
        try {
            AuditEvaluator.Outcome o = transaction.run(evaluator::evaluateQueued);
            if (o != null && !o.full() && LOG.isLoggable(Level.FINE)) {
                LOG.fine("Re-evaluated " + o.peopleAndUnits() + " people and units in " + o.millis() + " ms");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Audit evaluation round failed; the queue is kept for the next round", e);
        }
    }

    @PreDestroy
    void stop() {
        if (rounds != null) rounds.cancel(false);
    }
}
