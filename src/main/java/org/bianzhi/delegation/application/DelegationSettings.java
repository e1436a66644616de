package org.bianzhi.delegation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Settings of official delegations the seeds leave open: the approving unit printed in a public notice
 * ({@code bianzhi.delegation.approving-unit}, 县委组织部), the working days after the return by which the members'
 * 出国人员鉴定表 are due ({@code bianzhi.delegation.evaluation-working-days}, 7: with the trip report, seed 003; seed 000
 * says only "及时"), and the calendar days by which the financial audit is due ({@code bianzhi.delegation.audit-days}, 30).
 */
@ApplicationScoped
public class DelegationSettings {

    @Inject
    @ConfigProperty(name = "bianzhi.delegation.approving-unit", defaultValue = "县委组织部")
    String approvingUnit;

    @Inject
    @ConfigProperty(name = "bianzhi.delegation.evaluation-working-days", defaultValue = "7")
    int evaluationWorkingDays;

    @Inject
    @ConfigProperty(name = "bianzhi.delegation.audit-days", defaultValue = "30")
    int auditDays;

    public String approvingUnit() { return approvingUnit; }
    public int evaluationWorkingDays() { return evaluationWorkingDays; }
    public int auditDays() { return auditDays; }
}
