package org.bianzhi.reports.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.bianzhi.reports.application.LeadershipReportService;
import org.bianzhi.reports.application.LeadershipReportView;
import org.bianzhi.reports.application.RetirementReportService;
import org.bianzhi.reports.application.VacancyReportService;
import org.bianzhi.reports.application.VacancyReportView;
import org.bianzhi.shared.api.Allowed;
import org.bianzhi.shared.api.Paging;
import org.bianzhi.shared.api.Params;
import org.bianzhi.shared.api.ReportResponse;
import org.bianzhi.shared.api.Roles;
import org.bianzhi.shared.application.DisclosureLog;
import org.bianzhi.shared.application.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.ws.rs.core.MediaType;
import org.bianzhi.reports.application.RetirementReportView;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * 统计报表: vacancies, leadership positions and the retirement forecast, as of a date, for all units the caller sees or
 * one unit with its subordinates ({@code unit}); JSON, or {@code format=csv|xlsx} with Chinese headers.
 */
@Path("reports")
@Tag(name = "统计报表")
public class ReportResource {

    @Inject
    VacancyReportService vacancies;

    @Inject
    LeadershipReportService leadership;

    @Inject
    RetirementReportService retirements;

    @Inject
    DisclosureLog disclosures;

    @GET
    @Path("vacancies")
    @Allowed({Roles.OFFICE, Roles.INSPECTOR, Roles.UNIT_CLERK})
    @Operation(summary = "空编/超编统计：按单位和编制类型，rollup=parent|region|kind 汇总，asOf=日期，unit=单位代码（含下属单位），"
            + "over=true 只列超编的单位和编制类型（合计仍为全部）")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VacancyReportView.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ReportResponse.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response vacancies(@QueryParam("asOf") String asOf, @QueryParam("unit") String unit,
                              @QueryParam("rollup") String rollup, @QueryParam("over") boolean over,
                              @QueryParam("format") String format) {
        VacancyReportView v = vacancies.report(Params.date("asOf", asOf), unit, rollup, over);
        return ReportResponse.of(format, () -> v, () -> vacancies.table(v), disclosures);
    }

    @GET
    @Path("leadership")
    @Allowed({Roles.OFFICE, Roles.INSPECTOR, Roles.UNIT_CLERK})
    @Operation(summary = "领导职数配备：按单位和职数类别的核定与实配，asOf=日期，unit=单位代码（含下属单位）")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LeadershipReportView.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ReportResponse.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response leadership(@QueryParam("asOf") String asOf, @QueryParam("unit") String unit,
                               @QueryParam("format") String format) {
        LeadershipReportView v = leadership.report(Params.date("asOf", asOf), unit);
        return ReportResponse.of(format, () -> v, () -> leadership.table(v), disclosures);
    }

    @GET
    @Path("retirements")
    @Allowed({Roles.OFFICE, Roles.INSPECTOR, Roles.UNIT_CLERK})
    @Operation(summary = "退休预测：asOf 之后 years 年（1–10，默认 5）内达到法定退休年龄的占编人员及其腾出的编制")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RetirementReportView.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ReportResponse.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response retirements(@QueryParam("asOf") String asOf, @QueryParam("years") String years,
                                @QueryParam("unit") String unit, @QueryParam("format") String format,
                                @BeanParam Paging paging) {
        RetirementReportService.Forecast f = retirements.forecast(Params.date("asOf", asOf), Params.integer("years", years), unit);
        return ReportResponse.of(format, () -> retirements.view(f, paging.offset(), paging.limit()),
                () -> retirements.table(f), disclosures);
    }
}
