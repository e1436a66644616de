package org.bianzhi.roster.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.bianzhi.roster.application.NoticeService;
import org.bianzhi.roster.application.StaffingPlanService;
import org.bianzhi.roster.application.Views.NoticeView;
import org.bianzhi.roster.application.Views.PlanView;
import org.bianzhi.roster.application.WorkflowCommands.DecisionCommand;
import org.bianzhi.roster.application.WorkflowCommands.NoticeCommand;
import org.bianzhi.roster.application.WorkflowCommands.PlanCommand;
import org.bianzhi.shared.api.Allowed;
import org.bianzhi.shared.api.Paging;
import org.bianzhi.shared.api.Params;
import org.bianzhi.shared.api.Roles;
import org.bianzhi.shared.application.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** 用编计划: a unit's application for staffing, and the office's decision on it. */
@Path("staffing-plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "控编")
public class StaffingPlanResource {

    @Inject
    StaffingPlanService plans;

    @GET
    @Allowed({Roles.OFFICE, Roles.INSPECTOR, Roles.UNIT_CLERK, Roles.COMPLAINT_HANDLER})
    @Operation(summary = "用编计划（按单位、状态）")
    public Page<PlanView> plans(@QueryParam("unit") String unit, @QueryParam("status") String status,
                                @BeanParam Paging paging) {
        return plans.list(unit, status, paging.offset(), paging.limit());
    }

    @POST
    @Allowed({Roles.OFFICE, Roles.UNIT_CLERK})
    @Operation(summary = "用编申请")
    @APIResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class)))
    public Response apply(PlanCommand c) {
        PlanView p = plans.apply(Params.body(c));
        return Response.created(URI.create("staffing-plans/" + p.id())).entity(p).build();
    }

    @GET
    @Path("{id}")
    @Allowed({Roles.OFFICE, Roles.INSPECTOR, Roles.UNIT_CLERK, Roles.COMPLAINT_HANDLER})
    @Operation(summary = "用编计划")
    public PlanView plan(@PathParam("id") String id) {
        return plans.get(Params.id("用编计划", id));
    }

    @POST
    @Path("{id}/approve")
    @Allowed(Roles.OFFICE)
    @Operation(summary = "核准用编计划（空编不足时拒绝）")
    public PlanView approve(@PathParam("id") String id, DecisionCommand c) {
        return plans.approve(Params.id("用编计划", id), Params.body(c));
    }

    @POST
    @Path("{id}/reject")
    @Allowed(Roles.OFFICE)
    @Operation(summary = "不予核准用编计划")
    public PlanView reject(@PathParam("id") String id, DecisionCommand c) {
        return plans.reject(Params.id("用编计划", id), Params.body(c));
    }

    @POST
    @Path("{id}/withdraw")
    @Allowed({Roles.OFFICE, Roles.UNIT_CLERK})
    @Operation(summary = "撤回用编申请")
    public PlanView withdraw(@PathParam("id") String id, DecisionCommand c) {
        return plans.withdraw(Params.id("用编计划", id), c == null ? null : c.version());
    }
}
