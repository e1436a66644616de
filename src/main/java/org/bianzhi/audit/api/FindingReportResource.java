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
    public Response findings(@QueryParam("asOf") String asOf, @QueryParam("unit") String unit, @QueryParam("format") String format) {
        FindingReports.ByRuleAndUnit r = reports.byRuleAndUnit(Params.date("asOf", asOf), unit);
        return ReportResponse.of(format, () -> r, r::table, disclosures);
    }

    @GET
    @Path("mixed-posts")
    @Produces({"application/json", "text/csv", ReportResponse.XLSX})
    @Allowed({Roles.OFFICE, Roles.INSPECTOR, Roles.UNIT_CLERK})
    @Operation(summary = "混编混岗人员花名册；asOf 日期，unit 单位（含下级），format=json/csv/xlsx")
    public Response mixedPosts(@QueryParam("asOf") String asOf, @QueryParam("unit") String unit, @QueryParam("format") String format) {
        FindingReports.MixedPostRoster r = reports.mixedPosts(Params.date("asOf", asOf), unit);
        return ReportResponse.of(format, () -> r, r::table, disclosures);
    }

    @GET
    @Path("rectification-notice")
    @Produces("text/html; charset=UTF-8")
    @Allowed({Roles.OFFICE, Roles.INSPECTOR, Roles.UNIT_CLERK})
    @Operation(summary = "整改通知书（可打印的网页）：列出该单位目前未整改的问题及依据；unit 单位代码")
    public Response rectificationNotice(@QueryParam("unit") String unit) {
        return Response.ok(RectificationNoticePage.html(reports.rectification(unit)), "text/html; charset=UTF-8").build();
    }
}
