package org.bianzhi.travel.filing.api;

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
import org.bianzhi.shared.api.Allowed;
import org.bianzhi.shared.api.Download;
import org.bianzhi.shared.api.Paging;
import org.bianzhi.shared.api.Params;
import org.bianzhi.shared.api.ReportResponse;
import org.bianzhi.shared.api.Roles;
import org.bianzhi.shared.application.DisclosureLog;
import org.bianzhi.shared.application.Page;
import org.bianzhi.travel.filing.application.FilingListService;
import org.bianzhi.travel.filing.application.FilingService;
import org.bianzhi.travel.filing.application.FilingCommands.ChangeCommand;
import org.bianzhi.travel.filing.application.FilingCommands.EndCommand;
import org.bianzhi.travel.filing.application.FilingCommands.FilingCommand;
import org.bianzhi.travel.filing.application.FilingCommands.ReportCommand;
import org.bianzhi.travel.filing.application.FilingViews.FilingDetail;
import org.bianzhi.travel.filing.application.FilingViews.FilingView;
import org.bianzhi.travel.filing.application.FilingViews.RequiredView;
import org.bianzhi.travel.filing.infrastructure.QueryFormWorkbook;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** 登记备案人员: filings with public security, their versions, and who the registry says should be filed. */
@Path("travel")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "因私出国（境）管理")
public class FilingResource {

    private static final String WHAT = "登记备案";

    @Inject
    FilingService service;

    @Inject
    FilingListService lists;

    @Inject
    DisclosureLog disclosures;

    @POST
    @Path("filings")
    @Allowed({Roles.OFFICE, Roles.CADRE_SUPERVISION, Roles.UNIT_CLERK})
    @Operation(summary = "登记备案：personId，category 人员类型，department 人事主管部门，since 备案事项发生日期，basisDocument；"
            + "reportedOn 已报备公安机关的日期（给出则为已备案）")
    @APIResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FilingDetail.class)))
    public Response create(FilingCommand c) {
        FilingDetail d = service.create(Params.body(c));
        return Response.created(URI.create("travel/filings/" + d.filing().id())).entity(d).build();
    }

    @GET
    @Path("filings")
    @Allowed({Roles.OFFICE, Roles.CADRE_SUPERVISION, Roles.UNIT_CLERK})
    @Operation(summary = "登记备案人员清单（asOf 当日在册）：unit 单位（含下级），category，status，text 姓名或身份证号；"
            + "format=json（分页）/csv/xlsx（登记备案人员因私出国（境）信息查询表）")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Page.class, properties = @SchemaProperty(name = "items", type = SchemaType.ARRAY, implementation = FilingView.class))),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ReportResponse.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response list(@QueryParam("asOf") String asOf, @QueryParam("unit") String unit, @QueryParam("category") String category,
                         @QueryParam("status") String status, @QueryParam("text") String text,
                         @BeanParam Paging paging,
                         @QueryParam("format") String format) {
        var q = lists.question(Params.date("asOf", asOf), unit, category, status, text);
        if ("xlsx".equalsIgnoreCase(format)) {
            // the 查询表 as seed 002 附件1 prints it: header, footer and notes around the table
            var table = lists.table(q);
            String unitName = lists.unitName(unit);
            return Download.of(out -> {
                new QueryFormWorkbook().write(table, unitName, lists.today(), out);
                disclosures.flush();
            }, ReportResponse.XLSX, table.title() + ".xlsx");
        }
        return ReportResponse.of(format, () -> lists.page(q, paging.offset(), paging.limit()), () -> lists.table(q), disclosures);
    }

    @GET
    @Path("filings/required")
    @Allowed({Roles.OFFICE, Roles.CADRE_SUPERVISION, Roles.UNIT_CLERK})
    @Operation(summary = "应备人员：按登记备案范围（单位正副职、市级单位内设机构正副职）asOf 当日应登记备案的人员、建议类型、起始日期、"
            + "是否已备案；missing=true 只看应备未备")
    public Page<RequiredView> required(@QueryParam("asOf") String asOf, @QueryParam("unit") String unit,
                                       @QueryParam("missing") String missing, @BeanParam Paging paging) {
        return Page.of(lists.required(Params.date("asOf", asOf), unit, "true".equalsIgnoreCase(missing)), paging.offset(),
                paging.limit());
    }

    @GET
    @Path("filings/{id}")
    @Allowed({Roles.OFFICE, Roles.CADRE_SUPERVISION, Roles.UNIT_CLERK})
    @Operation(summary = "登记备案信息及该人员的全部备案版本")
    public FilingDetail get(@PathParam("id") String id) {
        return service.get(Params.id(WHAT, id));
    }

    @POST
    @Path("filings/{id}/report")
    @Allowed({Roles.OFFICE, Roles.CADRE_SUPERVISION, Roles.UNIT_CLERK})
    @Operation(summary = "报备公安机关：reportedOn，basisDocument（新增为已备案，变更为变更备案）")
    public FilingDetail report(@PathParam("id") String id, ReportCommand c) {
        return service.report(Params.id(WHAT, id), Params.body(c));
    }

    @POST
    @Path("filings/{id}/change")
    @Allowed({Roles.OFFICE, Roles.CADRE_SUPERVISION, Roles.UNIT_CLERK})
    @Operation(summary = "变更登记备案：category 和/或 department，effectiveOn 变更日期，basisDocument；原版本截止，新版本待报备")
    public FilingDetail change(@PathParam("id") String id, ChangeCommand c) {
        return service.change(Params.id(WHAT, id), Params.body(c));
    }

    @POST
    @Path("filings/{id}/end")
    @Allowed({Roles.OFFICE, Roles.CADRE_SUPERVISION, Roles.UNIT_CLERK})
    @Operation(summary = "撤销登记备案：endDate（当日起不再备案），reason 退休/调离/不再担任领导职务等，basisDocument")
    public FilingDetail end(@PathParam("id") String id, EndCommand c) {
        return service.end(Params.id(WHAT, id), Params.body(c));
    }

    @GET
    @Path("people/{personId}/filing")
    @Allowed({Roles.OFFICE, Roles.CADRE_SUPERVISION, Roles.UNIT_CLERK})
    @Operation(summary = "某人员的全部登记备案版本（未登记备案为空）")
    public List<FilingView> ofPerson(@PathParam("personId") String personId) {
        return service.ofPerson(Params.id("人员", personId));
    }
}
