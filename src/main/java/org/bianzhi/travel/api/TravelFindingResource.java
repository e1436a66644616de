package org.bianzhi.travel.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.bianzhi.shared.api.Allowed;
import org.bianzhi.shared.api.Paging;
import org.bianzhi.shared.api.Params;
import org.bianzhi.shared.api.ReportResponse;
import org.bianzhi.shared.api.Roles;
import org.bianzhi.shared.application.DisclosureLog;
import org.bianzhi.shared.application.Page;
import org.bianzhi.travel.application.TravelFindingService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** 出国（境）管理检查发现: 应备尽备, 应交尽交 and 应审尽审, computed on the day asked. */
@Path("travel/findings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "因私出国（境）管理")
public class TravelFindingResource {

    @Inject
    TravelFindingService service;

    @Inject
    DisclosureLog disclosures;

    @GET
    @Allowed({Roles.OFFICE, Roles.CADRE_SUPERVISION, Roles.UNIT_CLERK})
    @Operation(summary = "检查发现：asOf 日期（默认今天），recordedOn 登记截止日（只计该日北京时间24时前已登记的情况，默认现在），rule 规则代码，group 检查类别（FILING 应备尽备 / CUSTODY 应交尽交 / "
            + "TRAVEL 应审尽审），problemClass 问题类别，unit 单位（含下级），person 人员编号；format=json（分页）/csv/xlsx（全部）")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TravelFindingService.FindingPage.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ReportResponse.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response list(@QueryParam("asOf") String asOf, @QueryParam("recordedOn") String recordedOn, @QueryParam("rule") String rule, @QueryParam("group") String group,
                         @QueryParam("problemClass") String problemClass, @QueryParam("unit") String unit,
                         @QueryParam("person") String person, @BeanParam Paging paging, @QueryParam("format") String format) {
        var q = service.question(Params.date("asOf", asOf), Params.date("recordedOn", recordedOn), rule, group, problemClass, unit, Params.filterId("person", person, "人员"));
        return ReportResponse.of(format, () -> service.page(q, paging.offset(), paging.limit()), () -> service.table(q), disclosures);
    }
}
