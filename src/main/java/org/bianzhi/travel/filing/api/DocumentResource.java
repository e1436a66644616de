package org.bianzhi.travel.filing.api;

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
import org.bianzhi.shared.api.Allowed;
import org.bianzhi.shared.api.Paging;
import org.bianzhi.shared.api.Params;
import org.bianzhi.shared.api.Roles;
import org.bianzhi.shared.application.Page;
import org.bianzhi.travel.filing.application.CustodyService;
import org.bianzhi.travel.filing.application.CustodySummaryService;
import org.bianzhi.travel.filing.application.DocumentService;
import org.bianzhi.travel.filing.application.FilingCommands.CancelCommand;
import org.bianzhi.travel.filing.application.FilingCommands.DocumentCommand;
import org.bianzhi.travel.filing.application.FilingCommands.MoveCommand;
import org.bianzhi.travel.filing.application.FilingViews.CustodySummary;
import org.bianzhi.travel.filing.application.FilingViews.DocumentDetail;
import org.bianzhi.travel.filing.application.FilingViews.DocumentView;
import org.bianzhi.travel.filing.domain.CustodyMovementKind;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** 因私出入境证件 and their central custody ledger (集中保管台账). */
@Path("travel")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "因私出国（境）管理")
public class DocumentResource {

    private static final String WHAT = "证件";

    @Inject
    DocumentService documents;

    @Inject
    CustodyService custody;

    @Inject
    CustodySummaryService summaries;

    @POST
    @Path("documents")
    @Allowed({Roles.OFFICE, Roles.CADRE_SUPERVISION, Roles.UNIT_CLERK})
    @Operation(summary = "登记证件：personId，docType 护照/往来港澳通行证/往来台湾通行证，docNumber，issuedOn，expiresOn，declaredOn 报告持有日期，basisDocument")
    @APIResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentDetail.class)))
    public Response register(DocumentCommand c) {
        DocumentDetail d = documents.register(Params.body(c));
        return Response.created(URI.create("travel/documents/" + d.document().id())).entity(d).build();
    }

    @GET
    @Path("documents")
    @Allowed({Roles.OFFICE, Roles.CADRE_SUPERVISION, Roles.UNIT_CLERK})
    @Operation(summary = "证件清单：unit 单位（含下级），type 证件类别，custody 保管状态（今日），person 人员编号，text 证件号/姓名/身份证号")
    public Page<DocumentView> list(@QueryParam("unit") String unit, @QueryParam("type") String type,
                                   @QueryParam("custody") String custodyState, @QueryParam("person") String person,
                                   @QueryParam("text") String text, @BeanParam Paging paging) {
        return documents.list(unit, type, custodyState, Params.filterId("person", person, "人员"), text, paging.offset(),
                paging.limit());
    }

    @GET
    @Path("documents/{id}")
    @Allowed({Roles.OFFICE, Roles.CADRE_SUPERVISION, Roles.UNIT_CLERK})
    @Operation(summary = "证件及其保管台账")
    public DocumentDetail get(@PathParam("id") String id) {
        return documents.get(Params.id(WHAT, id));
    }

    @PUT
    @Path("documents/{id}")
    @Allowed({Roles.OFFICE, Roles.CADRE_SUPERVISION, Roles.UNIT_CLERK})
    @Operation(summary = "更正证件信息（未提交的字段不变；version 为读取时的版本）")
    public DocumentDetail correct(@PathParam("id") String id, DocumentCommand c) {
        return documents.correct(Params.id(WHAT, id), Params.body(c));
    }

    @POST
    @Path("documents/{id}/cancel")
    @Allowed({Roles.OFFICE, Roles.CADRE_SUPERVISION, Roles.UNIT_CLERK})
    @Operation(summary = "注销证件：date，reason 注销/吊销/遗失，basisDocument")
    public DocumentDetail cancel(@PathParam("id") String id, CancelCommand c) {
        return documents.cancel(Params.id(WHAT, id), Params.body(c));
    }

    @POST
    @Path("documents/{id}/hand-in")
    @Allowed({Roles.OFFICE, Roles.CADRE_SUPERVISION, Roles.UNIT_CLERK})
    @Operation(summary = "上交保管：date，note")
    public DocumentDetail handIn(@PathParam("id") String id, MoveCommand c) {
        return custody.move(Params.id(WHAT, id), CustodyMovementKind.HAND_IN, Params.body(c));
    }

    @POST
    @Path("documents/{id}/check-out")
    @Allowed({Roles.OFFICE, Roles.CADRE_SUPERVISION, Roles.UNIT_CLERK})
    @Operation(summary = "领用：date，applicationId 已批准的本人因私出国（境）申请（领用日期不晚于批准的返回日期）")
    public DocumentDetail checkOut(@PathParam("id") String id, MoveCommand c) {
        return custody.move(Params.id(WHAT, id), CustodyMovementKind.CHECK_OUT, Params.body(c));
    }

    @POST
    @Path("documents/{id}/return")
    @Allowed({Roles.OFFICE, Roles.CADRE_SUPERVISION, Roles.UNIT_CLERK})
    @Operation(summary = "归还：date，note")
    public DocumentDetail giveBack(@PathParam("id") String id, MoveCommand c) {
        return custody.move(Params.id(WHAT, id), CustodyMovementKind.RETURN, Params.body(c));
    }

    @POST
    @Path("documents/{id}/release")
    @Allowed({Roles.OFFICE, Roles.CADRE_SUPERVISION, Roles.UNIT_CLERK})
    @Operation(summary = "退还本人：date，reason（如不再列为登记备案人员、证件注销）")
    public DocumentDetail release(@PathParam("id") String id, MoveCommand c) {
        return custody.move(Params.id(WHAT, id), CustodyMovementKind.RELEASE, Params.body(c));
    }

    @GET
    @Path("custody")
    @Allowed({Roles.OFFICE, Roles.CADRE_SUPERVISION, Roles.UNIT_CLERK})
    @Operation(summary = "集中保管台账汇总：asOf 当日各类证件应收数、实收数、领用中数，及截至当日的保管登记（分页，offset/limit）；unit 单位（含下级）")
    public CustodySummary summary(@QueryParam("asOf") String asOf, @QueryParam("unit") String unit,
                                  @BeanParam Paging paging) {
        return summaries.summary(Params.date("asOf", asOf), unit, paging.offset(), paging.limit());
    }
}
