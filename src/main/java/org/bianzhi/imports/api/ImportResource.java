package org.bianzhi.imports.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import org.bianzhi.imports.application.ImportJobs;
import org.bianzhi.imports.domain.ImportKind;
import org.bianzhi.imports.domain.ImportMode;
import org.bianzhi.shared.api.Params;
import org.bianzhi.shared.api.Allowed;
import org.bianzhi.shared.api.Download;
import org.bianzhi.shared.api.ReportResponse;
import org.bianzhi.shared.api.Roles;
import org.bianzhi.shared.application.RegistryClock;
import org.bianzhi.shared.domain.BianzhiException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.bianzhi.imports.domain.ImportReport;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * 批量导入: CSV or XLSX files of units, quotas, leadership positions and the roster (DOMAIN.md section 12), and the
 * unified payroll list (section 11), sent as the request body. Up to 50,000 rows (or with wait=true) the answer is the finished report;
 * larger files answer 202 with the job to follow. Each kind has a template to fill in (导入模板).
 */
@Path("imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "批量导入")
public class ImportResource {

    @Inject
    ImportJobs imports;

    @Inject
    RegistryClock clock;

    @POST
    @Path("{kind}")
    @Consumes(MediaType.WILDCARD)
    @Allowed({Roles.OFFICE, Roles.UNIT_CLERK, Roles.CADRE_SUPERVISION})
    @Operation(summary = "导入 CSV/XLSX（units/quotas/leadership/roster/payroll/travel-applications/border-crossings/"
            + "document-issuances/exit-certificates；干部监督人员只能导入因私出国（境）审批记录、出入境记录、证件签发记录和出国（境）证明）；默认全部或全不，mode=valid-rows 只导入正确的行；"
            + "超过 5 万行时返回 202 和导入作业地址，wait=true 则等待导入完成；花名册可给 asOf 数据时点（YYYY-MM-DD，默认今天）：没有日期的事实自该日起")
    @RequestBody(content = {@Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ReportResponse.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = "导入已完成：导入报告", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "202", description = "导入作业已开始（Location 为作业地址）", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJobView.class)))
    public Response importFile(@PathParam("kind") String kind, @QueryParam("mode") String mode,
                               @QueryParam("basis") String basis, @QueryParam("fileName") String fileName,
                               @QueryParam("asOf") String asOf, @QueryParam("wait") boolean wait, InputStream body) {
        ImportKind k = kind(kind);
        ImportMode m;
        if (mode == null || mode.isBlank() || mode.equals("all")) {
            m = ImportMode.ALL_OR_NOTHING;
        } else if (mode.equals("valid-rows")) {
            m = ImportMode.VALID_ROWS;
        } else {
            throw BianzhiException.invalid("mode", "导入方式“" + mode + "”无法识别，应为 all（默认，全部或全不）或 valid-rows（只导入正确的行）");
        }
        ImportJobs.Submitted s = imports.submit(k, m, basis, fileName, Params.date("asOf", asOf), body, wait);
        if (s.report() != null) return Response.ok(s.report()).build();
        return Response.accepted(ImportJobView.of(s.job(), clock.now()))
                .location(URI.create("/api/v1/import-jobs/" + s.job().id())).build();
    }

    @GET
    @Path("{kind}/template")
    @Produces({ReportResponse.XLSX, MediaType.APPLICATION_JSON})
    @Allowed({Roles.OFFICE, Roles.UNIT_CLERK, Roles.CADRE_SUPERVISION})
    @Operation(summary = "下载导入模板（XLSX）：第一个工作表为数据表（第 1 行表头，身份证号和代码列为文本格式，编码列有下拉选项），"
            + "第二个工作表“说明”列出各列是否必填、格式、可选值和示例；可下载的模板与可导入的类型相同")
    @APIResponse(responseCode = "200", content = {@Content(mediaType = ReportResponse.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response template(@PathParam("kind") String kind) {
        ImportKind k = kind(kind);
        var template = imports.template(k);
        return Download.of(template::accept, ReportResponse.XLSX, k.label() + "导入模板.xlsx",
                k.path() + "-template.xlsx");
    }

    private static ImportKind kind(String kind) {
        return ImportKind.ofPath(kind).orElseThrow(() -> BianzhiException.notFound("导入类型",
                kind + "（可用：units、quotas、leadership、roster、payroll、travel-applications、border-crossings、document-issuances、exit-certificates）"));
    }
}
