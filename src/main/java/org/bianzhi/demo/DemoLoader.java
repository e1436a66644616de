package org.bianzhi.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.bianzhi.complaint.application.ComplaintCommands.ComplaintCommand;
import org.bianzhi.complaint.application.ComplaintService;
import org.bianzhi.establishment.domain.UnitRepository;
import org.bianzhi.imports.application.ImportJobs;
import org.bianzhi.imports.domain.ImportKind;
import org.bianzhi.imports.domain.ImportMode;
import org.bianzhi.imports.domain.ImportReport;
import org.bianzhi.security.application.AccountService;
import org.bianzhi.security.domain.Role;
import org.bianzhi.shared.application.NewTransaction;
import org.bianzhi.shared.application.RegistryClock;
import org.bianzhi.shared.infrastructure.SchemaMigration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * With {@code bianzhi.demo=true} (env {@code BIANZHI_DEMO}), loads the demo county into an empty database at
 * start-up, through the same import a clerk uses, creates one demo account per role and three anonymous 12310
 * complaint cases. A database that holds any unit is left alone.
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
    ImportJobs imports;

    @Inject
    SchemaMigration migration;

    @Inject
    AccountService accounts;

    @Inject
    ComplaintService complaintService;

    @Inject
    RegistryClock clock;

    @Inject
    TravelDemo travel;

    @Inject
    NewTransaction transaction;

    @Inject
    PrincipalsDemo principals;

    /**
     * One demo account per role; the clerk is bound to 青田县水利局 (and its 水利工程管理站). An application of a 水利局
     * cadre walks the approval chain: shuili's unit opinion, jijian's 纪检意见, ganbu's decision.
     */
    enum DemoAccount {
        OFFICE("bianban", "演示编办业务员", "Bianban2026demo", Role.OFFICE, null),
        INSPECTOR("jiancha", "演示监督检查员", "Jiancha2026demo", Role.INSPECTOR, null),
        UNIT_CLERK("shuili", "演示水利局人事专员", "Shuili2026demo", Role.UNIT_CLERK, "11331121009444601E"),
        COMPLAINT_HANDLER("jubao", "演示举报受理员", "Jubao2026demo", Role.COMPLAINT_HANDLER, null),
        CADRE_SUPERVISION("ganbu", "演示干部监督员", "Ganbu2026demo", Role.CADRE_SUPERVISION, null),
        /** 派驻纪检组: with shuili (单位意见) and ganbu (审批) the three hands a private-travel application passes through. */
        DISCIPLINE_INSPECTION("jijian", "演示派驻纪检组人员", "Jijian2026demo", Role.DISCIPLINE_INSPECTION, null);

        final String username;
        final String displayName;
        final String password;
        final Role role;
        final String unitCode;

        DemoAccount(String username, String displayName, String password, Role role, String unitCode) {
            this.username = username;
            this.displayName = displayName;
            this.password = password;
            this.role = role;
            this.unitCode = unitCode;
        }
    }

    /** Runs once the application has started (a CDI bean: the import's transactions need CDI, not EJB, context). */
    @ActivateRequestContext
    void load(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (!demo || !migration.migrated()) return;
        if (transaction.run(() -> units.count(null, false, null, true, null)) > 0) {
            LOG.info("Demo county not loaded: the database already holds units");
            return;
        }
        long start = System.nanoTime();
        DemoCounty county = DemoCounty.demo();
        String basis = "演示数据";
        ImportReport u = load(ImportKind.UNITS, county.unitsCsv(), basis);
        ImportReport q = load(ImportKind.QUOTAS, county.quotasCsv(), basis);
        ImportReport l = load(ImportKind.LEADERSHIP, county.leadershipCsv(), basis);
        ImportReport r = load(ImportKind.ROSTER, county.rosterCsv(), basis);
        principals.load(UnitCatalogue.QINGTIAN);
        for (DemoAccount a : DemoAccount.values()) {
            accounts.ensure(a.username, a.displayName, a.password, a.role, a.unitCode);
        }
        complaints();
        travel.load((kind, csv) -> load(kind, csv, basis));
        LOG.info(String.format(Locale.ROOT, "Demo county loaded in %.1f s: %d units, %d quota approvals, %d leadership approvals, %d roster rows",
                (System.nanoTime() - start) / 1e9, u.created(), q.created(), l.created(), r.created()));
    }

    /** Three anonymous 12310 cases for 演示举报受理员 (anonymous, so they need no reporter key): new, overdue, in investigation. */
    private void complaints() {
        LocalDate today = clock.today();
        String handler = DemoAccount.COMPLAINT_HANDLER.username;
        String waterBureau = DemoAccount.UNIT_CLERK.unitCode;
        complaintService.create(new ComplaintCommand("PHONE", today.minusDays(10), today.minusMonths(3),
                "来电反映县水利局近期有人员未经增人通知单入编，疑似超编进人", List.of("OVER_QUOTA_HIRING"), List.of(waterBureau),
                null, null, handler, null, true, null, null, null, null));
        complaintService.create(new ComplaintCommand("LETTER", today.minusDays(75), today.minusMonths(6),
                "来信反映县水利局借调事业编制人员长期在机关行政岗位工作", List.of("MIXED_POSTS"), List.of(waterBureau),
                null, null, handler, null, true, null, null, null, null));
        var online = complaintService.create(new ComplaintCommand("WEBSITE", today.minusDays(30), null,
                "网站举报县水利局有已调离人员仍在领取工资", List.of("GHOST_PAYROLL"), List.of(waterBureau),
                null, null, handler, null, true, null, null, null, null));
        complaintService.investigate(online.complaint().id(), "已转工资名单比对核查");
    }

    private ImportReport load(ImportKind kind, String csv, String basis) {
        var file = new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
        return imports.submit(kind, ImportMode.ALL_OR_NOTHING, basis, "演示-" + kind.label() + ".csv", null, file, true).report();
    }
}
