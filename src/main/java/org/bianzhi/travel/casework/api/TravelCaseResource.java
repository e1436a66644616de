package org.bianzhi.travel.casework.api;

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
import org.bianzhi.shared.api.Allowed;
import org.bianzhi.shared.api.Paging;
import org.bianzhi.shared.api.Params;
import org.bianzhi.shared.api.ReportResponse;
import org.bianzhi.shared.api.Roles;
import org.bianzhi.shared.application.DisclosureLog;
import org.bianzhi.shared.application.Page;
import org.bianzhi.travel.casework.application.CaseCommands.CaseCommand;
import org.bianzhi.travel.casework.application.CaseCommands.HandlingCommand;
import org.bianzhi.travel.casework.application.CaseViews.CaseView;
import org.bianzhi.travel.casework.application.TravelCaseService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** 违规问题处理: the office and 干部监督 open cases and record their handling; a unit clerk reads their own people's. */
@Path("travel/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "因私出国（境）管理")
public class TravelCaseResource {

    private static final String WHAT = "违规问题";

    @Inject
    TravelCaseService service;

    @Inject
    DisclosureLog disclosures;

    @POST
    @Allowed({Roles.OFFICE, Roles.CADRE_SUPERVISION})
    @Operation(summary = "登记违规问题：personId，problemClass 问题类别，description，foundOn，cadreRank 干部级别，"
            + "findingKey 检查发现（可选，其规则须属于该问题类别）")
    @APIResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    public Response open(CaseCommand c) {
        CaseView v = service.open(c == null ? new CaseCommand(null, null, null, null, null, null, null, null) : c);
        return Response.created(URI.create("travel/cases/" + v.id())).entity(v).build();
    }

    @GET
    @Allowed({Roles.OFFICE, Roles.CADRE_SUPERVISION, Roles.UNIT_CLERK})
    @Operation(summary = "违规问题清单：unit 单位（含下级），problemClass，status 待处理/已处理，from/to 发现日期，person；"
            + "format=json（分页）/csv/xlsx（全部）")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Page.class, properties = @SchemaProperty(name = "items", type = SchemaType.ARRAY, implementation = CaseView.class))),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ReportResponse.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response list(@QueryParam("unit") String unit, @QueryParam("problemClass") String problemClass,
                         @QueryParam("status") String status, @QueryParam("from") String from, @QueryParam("to") String to,
                         @QueryParam("person") String person, @BeanParam Paging paging, @QueryParam("format") String format) {
        var q = service.query(unit, problemClass, status, Params.date("from", from), Params.date("to", to),
                Params.filterId("person", person, "人员"));
        return ReportResponse.of(format, () -> service.list(q, paging.offset(), paging.limit()), () -> service.table(q), disclosures);
    }

    @GET
    @Path("{id}")
    @Allowed({Roles.OFFICE, Roles.CADRE_SUPERVISION, Roles.UNIT_CLERK})
    @Operation(summary = "违规问题详情及处理情况")
    public CaseView get(@PathParam("id") String id) {
        return service.get(Params.id(WHAT, id));
    }

    @POST
    @Path("{id}/handlings")
    @Allowed({Roles.OFFICE, Roles.CADRE_SUPERVISION})
    @Operation(summary = "登记处理：method 处理方式，decidedOn 处理日期，decisionDocument 处理决定文号，note；同一问题可有多种处理方式，"
            + "同一方式不能重复登记（409）")
    public CaseView handle(@PathParam("id") String id, HandlingCommand c) {
        return service.handle(Params.id(WHAT, id), c);
    }
}
