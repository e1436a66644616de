package org.bianzhi.establishment.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.bianzhi.establishment.application.ApprovalCommand;
import org.bianzhi.establishment.application.ApprovalService;
import org.bianzhi.establishment.application.ApprovalView;
import org.bianzhi.establishment.application.EstablishmentService;
import org.bianzhi.establishment.application.EstablishmentView;
import org.bianzhi.establishment.application.UnitCommand;
import org.bianzhi.establishment.application.UnitService;
import org.bianzhi.establishment.application.UnitView;
import org.bianzhi.shared.api.Allowed;
import org.bianzhi.shared.api.Paging;
import org.bianzhi.shared.api.Params;
import org.bianzhi.shared.api.Roles;
import org.bianzhi.shared.application.Bound;
import org.bianzhi.shared.application.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** 机构: units, their quota and leadership approvals, and their establishment as of a date. */
@Path("units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "机构编制")
public class UnitResource {

    @Inject
    UnitService units;

    @Inject
    ApprovalService approvals;

    @Inject
    EstablishmentService establishment;

    /** Body of move and abolish: the new parent or the date, and the document. */
    public record LifecycleCommand(String parentCode, @Bound(since = Bound.PRC, yearsAhead = Bound.PLANNED_YEARS) LocalDate validFrom,
                                   @Bound(since = Bound.PRC, yearsAhead = Bound.PLANNED_YEARS) LocalDate abolishedOn,
                                   String basisDocument, Long version) {}

    @GET
    @Allowed({Roles.OFFICE, Roles.INSPECTOR, Roles.UNIT_CLERK, Roles.COMPLAINT_HANDLER, Roles.CADRE_SUPERVISION})
    @Operation(summary = "查询单位（按上级单位、名称）；top=true 只列没有上级的单位（单位树的根）")
    public Page<UnitView> list(@QueryParam("parent") String parent, @QueryParam("top") boolean top, @QueryParam("q") String q,
                               @QueryParam("includeAbolished") boolean includeAbolished,
                               @BeanParam Paging paging) {
        return units.list(parent, top, q, includeAbolished, paging.offset(), paging.limit());
    }

    @POST
    @Allowed(Roles.OFFICE)
    @Operation(summary = "设立单位")
    @APIResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitView.class)))
    public Response create(UnitCommand command) {
        UnitView created = units.create(Params.body(command));
        return Response.created(URI.create("units/" + created.code())).entity(created).build();
    }

    @GET
    @Path("{code}")
    @Allowed({Roles.OFFICE, Roles.INSPECTOR, Roles.UNIT_CLERK, Roles.COMPLAINT_HANDLER, Roles.CADRE_SUPERVISION})
    @Operation(summary = "单位信息（可按日期查询历史状态）")
    public UnitView get(@PathParam("code") String code, @QueryParam("asOf") String asOf) {
        return units.get(code, Params.date("asOf", asOf));
    }

    @PUT
    @Path("{code}")
    @Allowed(Roles.OFFICE)
    @Operation(summary = "变更单位信息（自生效日期起）")
    public UnitView change(@PathParam("code") String code, UnitCommand command) {
        return units.change(code, Params.body(command));
    }

    @POST
    @Path("{code}/move")
    @Allowed(Roles.OFFICE)
    @Operation(summary = "调整隶属关系")
    public UnitView move(@PathParam("code") String code, LifecycleCommand c) {
        Params.body(c);
        return units.move(code, c.parentCode(), c.validFrom(), c.basisDocument(), c.version());
    }

    @POST
    @Path("{code}/abolish")
    @Allowed(Roles.OFFICE)
    @Operation(summary = "撤销单位")
    public UnitView abolish(@PathParam("code") String code, LifecycleCommand c) {
        Params.body(c);
        return units.abolish(code, c.abolishedOn(), c.basisDocument(), c.version());
    }

    @GET
    @Path("{code}/history")
    @Allowed({Roles.OFFICE, Roles.INSPECTOR, Roles.UNIT_CLERK, Roles.COMPLAINT_HANDLER, Roles.CADRE_SUPERVISION})
    @Operation(summary = "单位信息变更历史")
    public List<UnitView> history(@PathParam("code") String code) {
        return units.history(code);
    }

    @GET
    @Path("{code}/establishment")
    @Allowed({Roles.OFFICE, Roles.INSPECTOR, Roles.UNIT_CLERK, Roles.COMPLAINT_HANDLER, Roles.CADRE_SUPERVISION})
    @Operation(summary = "编制情况：核定、实有、预留、空编、超编（按日期）")
    public EstablishmentView establishment(@PathParam("code") String code, @QueryParam("asOf") String asOf) {
        return establishment.asOf(code, Params.date("asOf", asOf));
    }

    @GET
    @Path("{code}/quotas")
    @Allowed({Roles.OFFICE, Roles.INSPECTOR, Roles.UNIT_CLERK, Roles.COMPLAINT_HANDLER, Roles.CADRE_SUPERVISION})
    @Operation(summary = "编制核定历史")
    public List<ApprovalView> quotas(@PathParam("code") String code) {
        return approvals.quotaHistory(code);
    }

    @POST
    @Path("{code}/quotas")
    @Allowed(Roles.OFFICE)
    @Operation(summary = "核定编制")
    @APIResponse(responseCode = "200", description = "与已登记的核定相同，未再登记", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApprovalView.class)))
    @APIResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApprovalView.class)))
    public Response approveQuota(@PathParam("code") String code, ApprovalCommand command) {
        var outcome = approvals.approveQuota(code, Params.body(command), false);
        return Response.status(outcome.created() ? 201 : 200).entity(outcome.approval()).build();
    }

    @GET
    @Path("{code}/leadership")
    @Allowed({Roles.OFFICE, Roles.INSPECTOR, Roles.UNIT_CLERK, Roles.COMPLAINT_HANDLER, Roles.CADRE_SUPERVISION})
    @Operation(summary = "领导职数核定历史")
    public List<ApprovalView> leadership(@PathParam("code") String code) {
        return approvals.leadershipHistory(code);
    }

    @POST
    @Path("{code}/leadership")
    @Allowed(Roles.OFFICE)
    @Operation(summary = "核定领导职数")
    @APIResponse(responseCode = "200", description = "与已登记的核定相同，未再登记", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApprovalView.class)))
    @APIResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApprovalView.class)))
    public Response approveLeadership(@PathParam("code") String code, ApprovalCommand command) {
        var outcome = approvals.approveLeadership(code, Params.body(command));
        return Response.status(outcome.created() ? 201 : 200).entity(outcome.approval()).build();
    }
}
