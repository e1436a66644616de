package org.bianzhi.imports.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.bianzhi.imports.application.ExportService;
import org.bianzhi.imports.domain.ImportKind;
import org.bianzhi.shared.api.Allowed;
import org.bianzhi.shared.api.Download;
import org.bianzhi.shared.api.Roles;
import org.bianzhi.shared.domain.BianzhiException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.bianzhi.shared.api.ReportResponse;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** 导出: units, quota and leadership approvals, and the roster (花名册) as CSV or XLSX in the import formats. */
@Path("exports")
@Tag(name = "批量导入")
public class ExportResource {

    @Inject
    ExportService exports;

    @GET
    @Path("{kind}")
    @Allowed({Roles.OFFICE, Roles.INSPECTOR, Roles.UNIT_CLERK, Roles.COMPLAINT_HANDLER})
    @Operation(summary = "导出 units/quotas/leadership/roster，format=csv（默认）或 xlsx，unit=单位代码（含下级）")
    @APIResponse(responseCode = "200", content = {@Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")), @Content(mediaType = ReportResponse.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response export(@PathParam("kind") String kind, @QueryParam("format") String format, @QueryParam("unit") String unit) {
        ImportKind k = ImportKind.ofPath(kind).filter(ImportKind::exported).orElseThrow(() -> BianzhiException.notFound("导出类型",
                kind + "（可用：units、quotas、leadership、roster）"));
        ExportService.Format f;
        if (format == null || format.isBlank() || format.equalsIgnoreCase("csv")) f = ExportService.Format.CSV;
        else if (format.equalsIgnoreCase("xlsx")) f = ExportService.Format.XLSX;
        else throw BianzhiException.invalid("format", "导出格式“" + format + "”无法识别，应为 csv 或 xlsx");
        ExportService.Export e = exports.prepare(k, unit, f);
        return Download.of(out -> e.body().accept(out), e.mediaType(), e.filename(), e.asciiFilename());
    }
}
