package org.bianzhi.imports.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.bianzhi.imports.domain.ImportJobRepository;
import org.bianzhi.imports.infrastructure.ImportFiles;
import org.bianzhi.shared.application.RegistryClock;
import org.bianzhi.shared.infrastructure.SchemaMigration;

/**
 * At start-up, jobs that were running when the service stopped are marked interrupted and their staged rows
 * dropped. Their data need no repair: an all-or-nothing job's one transaction was never committed, and a
 * valid-rows job reported as stored only what it had committed. Old upload files are removed.
 * (One service instance per database is assumed: a second instance would interrupt the first one's jobs.)
 */
@ApplicationScoped
public class ImportJobRecovery {

    private static final Logger LOG = Logger.getLogger(ImportJobRecovery.class.getName());

    @Inject
    ImportJobRepository jobs;

    @Inject
    ImportFiles files;

    @Inject
    RegistryClock clock;

    @Inject
    SchemaMigration migration;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (!migration.migrated()) return;
        List<Long> interrupted = jobs.interruptUnfinished("服务在导入过程中停止，作业未完成：全部或全不的导入未存储任何数据；"
                + "只导入正确的行的导入保留了已报告入库的行。请重新提交文件", clock.now());
        if (!interrupted.isEmpty()) LOG.warning("Import jobs interrupted by the last stop: " + interrupted);
        // file times are the machine's, not the registry's (whose "today" tests and demonstrations may move)
        files.cleanUp(Instant.now());
    }
}
