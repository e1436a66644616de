package org.bianzhi.complaint.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.bianzhi.complaint.application.ComplaintCommands.ComplaintCommand;
import org.bianzhi.complaint.application.ComplaintCommands.ConcludeCommand;
import org.bianzhi.complaint.application.ComplaintCommands.NoteCommand;
import org.bianzhi.complaint.application.ComplaintService;
import org.bianzhi.complaint.application.ComplaintViews;
import org.bianzhi.shared.api.Allowed;
import org.bianzhi.shared.api.Paging;
import org.bianzhi.shared.api.Params;
import org.bianzhi.shared.api.Roles;
import org.bianzhi.shared.application.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * 12310 举报受理: complaint cases. Complaint handlers (and administrators) register and work them; the office and
 * inspectors read them, never the reporter; unit clerks have no access.
 */
@Path("complaints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "举报受理")
public class ComplaintResource {

    @Inject
    ComplaintService service;

    @POST
    @Allowed(Roles.COMPLAINT_HANDLER)
    @Operation(summary = "受理举报：登记举报件（举报人姓名、联系方式加密保存；匿名举报不得登记举报人信息）")
    @APIResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintViews.Detail.class)))
    public Response create(ComplaintCommand c) {
        ComplaintViews.Detail d = service.create(Params.body(c));
        return Response.created(URI.create("complaints/" + d.complaint().id())).entity(d).build();
    }

    @GET
    @Allowed({Roles.COMPLAINT_HANDLER, Roles.OFFICE, Roles.INSPECTOR})
    @Operation(summary = "举报件清单（不含举报人信息）：status 受理/核查/办结，category 类别，unit 单位代码，handler 承办人，"
            + "overdue=true 只看超期未办结，q 举报事项或编号，offset，limit")
    public Page<ComplaintViews.Summary> list(@QueryParam("status") String status, @QueryParam("category") String category,
                                             @QueryParam("unit") String unit, @QueryParam("handler") String handler,
                                             @QueryParam("overdue") String overdue, @QueryParam("q") String q,
                                             @BeanParam Paging paging) {
        return service.list(status, category, unit, handler, "true".equalsIgnoreCase(overdue) || "1".equals(overdue), q,
                paging.offset(), paging.limit());
    }

    @GET
    @Path("{id}")
    @Allowed({Roles.COMPLAINT_HANDLER, Roles.OFFICE, Roles.INSPECTOR})
    @Operation(summary = "举报件详情：涉及的单位、人员（含当前占编和岗位）、稽核问题和办理记录；举报人信息仅对举报受理人员显示，每次查看均记入查阅记录")
    public ComplaintViews.Detail get(@PathParam("id") String id) {
        return service.get(Params.id("举报件", id));
    }

    @PUT
    @Path("{id}")
    @Allowed(Roles.COMPLAINT_HANDLER)
    @Operation(summary = "修改举报件（未提交的字段保持不变；举报人字段提交空字符串表示删除）")
    public ComplaintViews.Detail update(@PathParam("id") String id, ComplaintCommand c) {
        return service.update(Params.id("举报件", id), Params.body(c));
    }

    @POST
    @Path("{id}/investigate")
    @Allowed(Roles.COMPLAINT_HANDLER)
    @Operation(summary = "开始核查（受理 → 核查）")
    public ComplaintViews.Detail investigate(@PathParam("id") String id, NoteCommand c) {
        return service.investigate(Params.id("举报件", id), c == null ? null : c.note());
    }

    @POST
    @Path("{id}/conclude")
    @Allowed(Roles.COMPLAINT_HANDLER)
    @Operation(summary = "办结（核查 → 办结）：result 属实/部分属实/不属实，conclusion 办结意见")
    public ComplaintViews.Detail conclude(@PathParam("id") String id, ConcludeCommand c) {
        return service.conclude(Params.id("举报件", id), Params.body(c));
    }

    @GET
    @Path("{id}/as-of")
    @Allowed({Roles.COMPLAINT_HANDLER, Roles.OFFICE, Roles.INSPECTOR})
    @Operation(summary = "举报事项发生时的情况：涉及单位在该日的编制情况和人员（limit 每单位人数上限，附总数），涉及人员当日的占编、岗位和任职；"
            + "date 默认举报事项发生日期")
    public ComplaintViews.AsOf asOf(@PathParam("id") String id, @QueryParam("date") String date,
                                    @QueryParam("limit") String limit) {
        return service.asOf(Params.id("举报件", id), Params.date("date", date), Paging.of(null, limit).limit());
    }

    @POST
    @Path("reencryption")
    @Allowed(Roles.ADMIN)
    @Operation(summary = "用当前密钥重新加密全部举报人信息（轮换密钥后执行，完成后才可删除旧密钥）")
    public ComplaintViews.Reencryption reencrypt() {
        return service.reencrypt();
    }
}
