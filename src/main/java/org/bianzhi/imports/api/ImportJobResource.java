package org.bianzhi.imports.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bianzhi.imports.application.ImportJobs;
import org.bianzhi.shared.api.Allowed;
import org.bianzhi.shared.api.Roles;
import org.bianzhi.shared.application.RegistryClock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 导入作业: follow an import, cancel it, download its rejected rows. A unit clerk sees their own jobs only. */
@Path("import-jobs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "批量导入")
public class ImportJobResource {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ImportJobs jobs;

    @Inject
    RegistryClock clock;

    @GET
    @Allowed({Roles.OFFICE, Roles.UNIT_CLERK})
    @Operation(summary = "最近的导入作业（单位人事专员只看到自己提交的）")
    public List<ImportJobView> recent(@QueryParam("limit") Integer limit) {
        int n = limit == null ? 20 : Math.max(1, Math.min(limit, 200));
        return jobs.recent(n).stream().map(j -> ImportJobView.of(j, clock.now())).toList();
    }

    @GET
    @Path("{id}")
    @Allowed({Roles.OFFICE, Roles.UNIT_CLERK})
    @Operation(summary = "导入作业的状态：已读取、已入库、错误行数，速度和预计剩余时间")
    public ImportJobView get(@PathParam("id") long id) {
        return ImportJobView.of(jobs.find(id), clock.now());
    }

    @POST
    @Path("{id}/cancel")
    @Allowed({Roles.OFFICE, Roles.UNIT_CLERK})
    @Operation(summary = "取消导入作业；全部或全不的作业取消后数据库不作任何改动")
    public ImportJobView cancel(@PathParam("id") long id) {
        return ImportJobView.of(jobs.cancel(id), clock.now());
    }

    @GET
    @Path("{id}/rejected-rows")
    @Produces({XLSX, MediaType.APPLICATION_JSON})
    @Allowed({Roles.OFFICE, Roles.UNIT_CLERK})
    @Operation(summary = "下载错误行（XLSX，原文件的错误行加“错误原因”列，修改后可重新导入）")
    public Response rejectedRows(@PathParam("id") long id) {
        var writer = jobs.rejectedRows(id);
        StreamingOutput body = writer::accept;
        return Response.ok(body, XLSX).header("Content-Disposition",
                "attachment; filename*=UTF-8''" + URLEncoder.encode("导入作业" + id + "-错误行.xlsx", StandardCharsets.UTF_8)
                        .replace("+", "%20")).build();
    }
}
