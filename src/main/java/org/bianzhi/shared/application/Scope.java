package org.bianzhi.shared.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bianzhi.shared.domain.BianzhiException;
import org.bianzhi.shared.domain.UnitPath;

/**
 * The one place that decides what the caller may see: a unit clerk sees their unit and its subordinates
 * only, and what lies outside answers "not found", so nobody learns that it exists. Unit and person lookups
 * of the application services, and every list, go through here.
 */
@ApplicationScoped
public class Scope {

    @Inject
    Caller caller;

    /** The path prefix lists must be restricted to, or null when the caller sees everything. */
    public String unitPath() {
        return caller.unitPath();
    }

    /**
     * Whether a unit with this materialized path is visible to the caller; null (a person placed at no unit) only to
     * roles that see every unit. The one rule for what a caller sees: domain code that must filter is handed
     * {@code scope::sees}.
     */
    public boolean sees(String unitPath) {
        return UnitPath.within(unitPath, caller.unitPath());
    }

    /** Refuses, as "not found", a unit outside the caller's subtree. */
    public void requireUnit(String unitPath, String what, String key) {
        if (!sees(unitPath)) throw BianzhiException.notFound(what, key);
    }

    /** What only an administrator may do, e.g. let a person enter beyond the quota. */
    public void requireAdmin(String what) {
        if (caller.authenticated() && !caller.admin()) {
            throw BianzhiException.forbidden("只有系统管理员可以" + what + "，您的角色是" + caller.roleLabel());
        }
    }

    /** What only roles that see every unit may do (e.g. import units or quotas). */
    public void requireAllUnits(String what) {
        if (caller.unitPath() != null) {
            throw BianzhiException.forbidden("您的账户只能管理本单位及下属单位，不能" + what);
        }
    }

    /**
     * What only an account bound to a unit (a unit clerk) may do, e.g. give the unit's opinion: whether the unit covers
     * a record is decided by {@link #sees}, as for reading it.
     */
    public void requireUnitAccount(String what) {
        if (caller.unitPath() == null) {
            throw BianzhiException.forbidden(what + "须由所在单位的人事专员（单位账户）作出，您的角色是" + caller.roleLabel());
        }
    }

    /** Whether the caller may see work (an import job) submitted by {@code username}: their own, or any when they see every unit. */
    public boolean seesWorkOf(String username) {
        return caller.unitPath() == null || caller.name().equals(username);
    }

    public boolean seesFullIdNumbers() {
        return caller.fullIdNumbers();
    }

    /** Whether the caller may see who reported a complaint: complaint handlers and administrators only. */
    public boolean seesComplaintReporters() {
        return caller.authenticated() && (caller.admin() || COMPLAINT_HANDLER.equals(caller.role()));
    }

    /** Whether the caller reads 12310 complaint cases (everyone but unit clerks). */
    public boolean seesComplaints() {
        return caller.authenticated() && !"UNIT_CLERK".equals(caller.role());
    }

    /** Whether the caller reads disciplinary reviews (纪律审查): the office, cadre supervision, discipline inspection, administrators. */
    public boolean seesDisciplineReviews() {
        return caller.authenticated() && (caller.admin() || "OFFICE".equals(caller.role()) || "CADRE_SUPERVISION".equals(caller.role())
                || "DISCIPLINE_INSPECTION".equals(caller.role()));
    }

    /** Whether the caller sees changes to accounts: administrators only. */
    public boolean seesAccountChanges() {
        return caller.authenticated() && caller.admin();
    }

    private static final String COMPLAINT_HANDLER = "COMPLAINT_HANDLER";
}
