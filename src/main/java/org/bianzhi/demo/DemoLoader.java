package org.bianzhi.demo;

import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.logging.Logger;
import org.bianzhi.establishment.domain.UnitRepository;
import org.bianzhi.imports.application.ImportService;
import org.bianzhi.imports.domain.ImportKind;
import org.bianzhi.imports.domain.ImportReport;
import org.bianzhi.shared.infrastructure.SchemaMigration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * With {@code bianzhi.demo=true} (env {@code BIANZHI_DEMO}), loads the demo county into an empty database at
 * start-up, through the same import a clerk uses. A database that holds any unit is left alone.
 */
@ApplicationScoped
public class DemoLoader {

    private static final Logger LOG = Logger.getLogger(DemoLoader.class.getName());
    @Inject
    @ConfigProperty(name = "bianzhi.demo", defaultValue = "false")
    boolean demo;

    @Inject
    UnitRepository units;

    @Inject
    ImportService imports;

    @Inject
    SchemaMigration migration;

    /** Runs once the application has started (a CDI bean: the import's transactions need CDI, not EJB, context). */
    @ActivateRequestContext
    void load(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (!demo || !migration.migrated()) return;
        if (units.count(null, null, true) > 0) {
            LOG.info("Demo county not loaded: the database already holds units");
            return;
        }
        long start = System.nanoTime();
        DemoCounty county = DemoCounty.demo();
        String basis = "演示数据";
        ImportReport u = imports.run(ImportKind.UNITS, bytes(county.unitsCsv()), ImportService.Mode.ALL_OR_NOTHING, basis);
        ImportReport q = imports.run(ImportKind.QUOTAS, bytes(county.quotasCsv()), ImportService.Mode.ALL_OR_NOTHING, basis);
        ImportReport l = imports.run(ImportKind.LEADERSHIP, bytes(county.leadershipCsv()), ImportService.Mode.ALL_OR_NOTHING, basis);
        ImportReport r = imports.run(ImportKind.ROSTER, bytes(county.rosterCsv()), ImportService.Mode.ALL_OR_NOTHING, basis);
        LOG.info(String.format(Locale.ROOT, "Demo county loaded in %.1f s: %d units, %d quota approvals, %d leadership approvals, %d roster rows",
                (System.nanoTime() - start) / 1e9, u.created(), q.created(), l.created(), r.created()));
    }

    private static byte[] bytes(String csv) {
        return csv.getBytes(StandardCharsets.UTF_8);
    }
}
