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

/** 增人通知单 and 减人通知单: the notices a person enters and leaves a quota with. */
@Path("notices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "控编")
public class NoticeResource {

    @Inject
    NoticeService notices;

    @GET
    @Allowed({Roles.OFFICE, Roles.INSPECTOR, Roles.UNIT_CLERK, Roles.COMPLAINT_HANDLER})
    @Operation(summary = "通知单（按单位、类型、年度）")
    public Page<NoticeView> notices(@QueryParam("unit") String unit, @QueryParam("kind") String kind,
                                    @QueryParam("year") Integer year,
                                    @BeanParam Paging paging) {
        return notices.list(unit, kind, year, paging.offset(), paging.limit());
    }

    @POST
    @Allowed(Roles.OFFICE)
    @Operation(summary = "开具增人通知单（控编）或减人通知单")
    @APIResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NoticeView.class)))
    public Response issue(NoticeCommand c) {
        NoticeView n = notices.issue(Params.body(c));
        return Response.created(URI.create("notices/" + n.number())).entity(n).build();
    }

    @GET
    @Path("{idOrNumber}")
    @Allowed({Roles.OFFICE, Roles.INSPECTOR, Roles.UNIT_CLERK, Roles.COMPLAINT_HANDLER})
    @Operation(summary = "通知单（按编号或通知单号）")
    public NoticeView notice(@PathParam("idOrNumber") String idOrNumber) {
        return notices.get(idOrNumber);
    }
}
