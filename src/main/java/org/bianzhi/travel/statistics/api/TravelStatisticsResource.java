package org.bianzhi.travel.statistics.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.bianzhi.shared.api.Allowed;
import org.bianzhi.shared.api.Download;
import org.bianzhi.shared.api.Params;
import org.bianzhi.shared.api.ReportResponse;
import org.bianzhi.shared.api.Roles;
import org.bianzhi.shared.application.RegistryClock;
import org.bianzhi.shared.domain.BianzhiException;
import org.bianzhi.travel.statistics.application.TravelStatistics;
import org.bianzhi.travel.statistics.domain.StatisticsForm;
import org.bianzhi.travel.statistics.infrastructure.StatisticsWorkbook;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** 统计表 of seeds 001 and 002 for a unit's subtree and a period, as JSON or as the form in XLSX. */
@Path("travel/statistics/{form}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "因私出国（境）管理")
public class TravelStatisticsResource {

    @Inject
    TravelStatistics statistics;

    @Inject
    RegistryClock clock;

    @GET
    @Allowed({Roles.OFFICE, Roles.CADRE_SUPERVISION, Roles.UNIT_CLERK})
    @Operation(summary = "统计表：form=MANAGEMENT（管理工作有关情况统计表）/ CAMPAIGN（专项整治工作情况汇总统计表）/ GOVERNANCE"
            + "（专项治理工作情况汇总统计表）；unit 单位（按其直属下级单位分行，含下级），from/to 统计期间（默认本年1月1日至今天）；"
            + "since 追溯起始日期（专项整治表“××以来未经审批出国（境）人数”一列，默认统计期间开始日）；recordedOn 登记截止日（只计该日北京时间24时前已登记的情况，默认现在）；format=json/xlsx")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TravelStatistics.Report.class)),
            @Content(mediaType = ReportResponse.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response report(@PathParam("form") String form, @QueryParam("unit") String unit, @QueryParam("from") String from,
                           @QueryParam("to") String to, @QueryParam("since") String since, @QueryParam("recordedOn") String recordedOn, @QueryParam("format") String format) {
        var report = statistics.report(form, unit, Params.date("from", from), Params.date("to", to), Params.date("since", since),
                Params.date("recordedOn", recordedOn));
        if (format == null || format.isBlank() || format.equalsIgnoreCase("json")) return Response.ok(report).build();
        if (!format.equalsIgnoreCase("xlsx")) {
            throw BianzhiException.invalid("format", "统计表格式“" + format + "”无法识别，应为 json 或 xlsx");
        }
        StatisticsForm f = StatisticsForm.valueOf(report.form());
        List<List<Object>> lines = new ArrayList<>();
        for (var line : report.lines()) lines.add(line(line.serial(), line.unitName(), line.values(), f));
        lines.add(line(null, "合计", report.total().values(), f));
        return Download.of(out -> new StatisticsWorkbook().write(f, report.columns(), report.unitName(), report.from(), report.to(), clock.today(), lines,
                        report.notes(), out),
                ReportResponse.XLSX, f.label() + ".xlsx");
    }

    private static List<Object> line(Integer serial, String name, java.util.Map<String, Long> values, StatisticsForm f) {
        List<Object> cells = new ArrayList<>();
        cells.add(serial == null ? "" : serial);
        cells.add(name);
        for (StatisticsForm.Column c : f.leaves()) cells.add(values.get(c.key()));
        return cells;
    }
}
