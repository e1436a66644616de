package org.bianzhi.audit.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.bianzhi.audit.application.AuditEvaluator;
import org.bianzhi.audit.application.FindingService;
import org.bianzhi.shared.api.Allowed;
import org.bianzhi.shared.api.Roles;
import org.bianzhi.shared.application.NewTransaction;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 稽核 itself: how current today's findings are, and a full evaluation on demand. */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "稽核")
public class AuditResource {

    @Inject
    FindingService service;

    @Inject
    AuditEvaluator evaluator;

    @Inject
    NewTransaction transaction;

    /** How current today's findings are: changes still queued and the latest evaluations. */
    public record Status(long queued, AuditEvaluator.Outcome lastFull, AuditEvaluator.Outcome lastTargeted) {}

    @GET
    @Path("status")
    @Allowed({Roles.OFFICE, Roles.INSPECTOR})
    @Operation(summary = "稽核状态：待复查的变更数、最近一次全面稽核和最近一次增量复查的耗时")
    public Status status() {
        return new Status(service.queuedChanges(), evaluator.lastFull(), evaluator.lastTargeted());
    }

    @POST
    @Path("evaluations")
    @Allowed(Roles.OFFICE)
    @Operation(summary = "立即对全部单位和人员执行一次全面稽核（通常无需手动执行：每次变更后自动复查）")
    public AuditEvaluator.Outcome evaluate() {
        return transaction.run(evaluator::evaluateAll);
    }
}
