package org.bianzhi.audit.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.bianzhi.audit.domain.AuditScope;
import org.bianzhi.audit.domain.Breach;
import org.bianzhi.audit.domain.Rule;
import org.bianzhi.audit.domain.RuleEngine;
import org.bianzhi.shared.domain.UnitPath;
import org.bianzhi.shared.infrastructure.DatabaseDefinition;
import org.bianzhi.shared.infrastructure.Sql;
import org.bianzhi.shared.infrastructure.SqlQuery;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs each rule as one set-based query over the effective-dated tables (the database does the joins and
 * counts over a million records; Java only shapes the few rows that break a rule). In a transaction, the
 * connection is the transaction's.
 */
@ApplicationScoped
public class SqlRuleEngine implements RuleEngine {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(SqlRuleEngine.class.getName());

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;

    /** 借调 may last this many months since its start (DOMAIN.md: default 12). */
    @Inject
    @ConfigProperty(name = "bianzhi.audit.secondment-limit-months", defaultValue = "12")
    int secondmentLimitMonths;

    @Override
    public List<Breach> breaches(LocalDate asOf, AuditScope scope, Set<Rule> rules) {
        return Sql.call(dataSource, c -> {
            UnitRuleQueries units = new UnitRuleQueries(c, asOf, scope.byIds() ? scope.unitIds() : null);
            PersonRuleQueries people = new PersonRuleQueries(c, asOf, scope.byIds() ? scope.personIds() : null);
            List<Breach> found = new ArrayList<>();
            StringBuilder timing = new StringBuilder();
            for (Rule rule : rules) {
                long start = System.nanoTime();
                int before = found.size();
                switch (rule) {
                    case OVER_QUOTA -> found.addAll(units.overQuota());
                    case OVER_LEADERSHIP -> found.addAll(units.overLeadership());
                    case MIXED_INSTITUTION_IN_ADMIN_POST -> found.addAll(people.institutionStaffInAdminPosts());
                    case MIXED_NON_CIVIL_SERVANT_ON_ADMIN_QUOTA -> found.addAll(people.nonCivilServantsOnAdminQuota());
                    case NO_QUOTA_IN_ADMIN_POST -> found.addAll(people.noQuotaInAdminPosts());
                    case QUOTA_TYPE_MISUSE -> {
                        found.addAll(units.misusedApprovals());
                        found.addAll(people.misusedOccupancies());
                    }
                    case DUPLICATE_OCCUPANCY -> found.addAll(people.duplicateOccupancies());
                    case OVERAGE -> found.addAll(people.overage());
                    case SECONDMENT_OVERDUE -> found.addAll(people.overdueSecondments(secondmentLimitMonths));
                    case ENTRY_WITHOUT_NOTICE -> found.addAll(people.entriesWithoutNotice());
                }
                timing.append(' ').append(rule).append('=').append(found.size() - before).append('/')
                        .append((System.nanoTime() - start) / 1_000_000).append("ms");
            }
            if (scope.everything()) LOG.info("Rules as of " + asOf + " (violations/time):" + timing);
            if (scope.unitPath() == null) return found;
            Set<Long> inSubtree = unitsUnder(c, scope.unitPath());
            return found.stream().filter(b -> inSubtree.contains(b.unitId())).toList();
        });
    }

    @Override
    public Set<Long> peopleAt(Set<Long> unitIds, LocalDate asOf) {
        if (unitIds.isEmpty()) return Set.of();
        return Sql.call(dataSource, c -> {
            Set<Long> people = new HashSet<>();
            for (String table : List.of("occupancy", "posting", "appointment")) {
                people.addAll(new SqlQuery("select t.person_id from " + table + " t where 1 = 1").inForce("t", asOf)
                        .in("t.unit_id", unitIds).list(c, r -> r.getLong(1)));
            }
            return people;
        });
    }

    private static Set<Long> unitsUnder(Connection c, String path) throws SQLException {
        return new HashSet<>(Sql.list(c, "select id from unit where path like ?", r -> r.getLong(1), UnitPath.likePattern(path)));
    }
}
