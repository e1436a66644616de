package org.bianzhi.imports.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.bianzhi.imports.application.ImportJobs;
import org.bianzhi.imports.domain.ImportJob;
import org.bianzhi.shared.api.Paging;
import org.bianzhi.shared.application.Page;
import org.bianzhi.shared.api.Allowed;
import org.bianzhi.shared.api.Download;
import org.bianzhi.shared.api.Roles;
import org.bianzhi.shared.application.RegistryClock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** 导入作业: follow an import, cancel it, download its rejected rows. A unit clerk sees their own jobs only. */
@Path("import-jobs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "批量导入")
public class ImportJobResource {

    private static final String XLSX = org.bianzhi.shared.api.ReportResponse.XLSX;

    @Inject
    ImportJobs jobs;

    @Inject
    RegistryClock clock;

    @GET
    @Allowed({Roles.OFFICE, Roles.UNIT_CLERK, Roles.CADRE_SUPERVISION})
    @Operation(summary = "最近的导入作业（单位人事专员只看到自己提交的）")
    public Page<ImportJobView> recent(@BeanParam Paging paging) {
        return jobs.recent(paging.offset(), paging.limit()).map(this::view);
    }

    @GET
    @Path("{id}")
    @Allowed({Roles.OFFICE, Roles.UNIT_CLERK, Roles.CADRE_SUPERVISION})
    @Operation(summary = "导入作业的状态：已读取、已入库、错误行数，速度和预计剩余时间")
    public ImportJobView get(@PathParam("id") long id) {
        return view(jobs.find(id));
    }

    @POST
    @Path("{id}/cancel")
    @Allowed({Roles.OFFICE, Roles.UNIT_CLERK, Roles.CADRE_SUPERVISION})
    @Operation(summary = "取消导入作业；全部或全不的作业取消后数据库不作任何改动")
    public ImportJobView cancel(@PathParam("id") long id) {
        return view(jobs.cancel(id));
    }

    @GET
    @Path("{id}/rejected-rows")
    @Produces({XLSX, MediaType.APPLICATION_JSON})
    @Allowed({Roles.OFFICE, Roles.UNIT_CLERK, Roles.CADRE_SUPERVISION})
    @Operation(summary = "下载错误行（XLSX，原文件的错误行加“错误原因”列，修改后可重新导入）")
    @APIResponse(responseCode = "200", content = {@Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response rejectedRows(@PathParam("id") long id) {
        var writer = jobs.rejectedRows(id);
        return Download.of(writer::accept, XLSX, "导入作业" + id + "-错误行.xlsx", "import-job-" + id + "-rejected-rows.xlsx");
    }

    private ImportJobView view(ImportJob job) {
        return ImportJobView.of(job, clock.now());
    }
}
