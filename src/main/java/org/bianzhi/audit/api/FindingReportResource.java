package org.bianzhi.audit.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.bianzhi.audit.application.FindingReports;
import org.bianzhi.shared.api.Allowed;
import org.bianzhi.shared.api.Params;
import org.bianzhi.shared.api.ReportResponse;
import org.bianzhi.shared.api.Roles;
import org.bianzhi.shared.application.DisclosureLog;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The audit's reports: findings by rule and unit, the mixed-post roster, and a unit's rectification notice. */
@Path("reports")
@Tag(name = "报表")
public class FindingReportResource {

    @Inject
    FindingReports reports;

    @Inject
    DisclosureLog disclosures;

    @GET
    @Path("findings")
    @Produces({"application/json", "text/csv", ReportResponse.XLSX})
    @Allowed({Roles.OFFICE, Roles.INSPECTOR, Roles.UNIT_CLERK})
    @Operation(summary = "稽核问题按规则、单位统计；asOf 日期，unit 单位（含下级），format=json/csv/xlsx")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FindingReports.ByRuleAndUnit.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ReportResponse.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response findings(@QueryParam("asOf") String asOf, @QueryParam("unit") String unit, @QueryParam("format") String format) {
        FindingReports.ByRuleAndUnit r = reports.byRuleAndUnit(Params.date("asOf", asOf), unit);
        return ReportResponse.of(format, () -> r, r::table, disclosures);
    }

    @GET
    @Path("mixed-posts")
    @Produces({"application/json", "text/csv", ReportResponse.XLSX})
    @Allowed({Roles.OFFICE, Roles.INSPECTOR, Roles.UNIT_CLERK})
    @Operation(summary = "混编混岗人员花名册；asOf 日期，unit 单位（含下级），format=json/csv/xlsx")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FindingReports.MixedPostRoster.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ReportResponse.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response mixedPosts(@QueryParam("asOf") String asOf, @QueryParam("unit") String unit, @QueryParam("format") String format) {
        FindingReports.MixedPostRoster r = reports.mixedPosts(Params.date("asOf", asOf), unit);
        return ReportResponse.of(format, () -> r, r::table, disclosures);
    }

    @GET
    @Path("rectification-notice")
    @Produces("text/html; charset=UTF-8")
    @Allowed({Roles.OFFICE, Roles.INSPECTOR, Roles.UNIT_CLERK})
    @Operation(summary = "整改通知书（可打印的网页）：列出该单位目前未整改的问题及依据；unit 单位代码")
    @APIResponse(responseCode = "200", description = "整改通知书（可打印的 HTML）", content = @Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING)))
    public Response rectificationNotice(@QueryParam("unit") String unit) {
        return Response.ok(RectificationNoticePage.html(reports.rectification(unit)), "text/html; charset=UTF-8").build();
    }
}
