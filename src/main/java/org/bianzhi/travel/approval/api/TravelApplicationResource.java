package org.bianzhi.travel.approval.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.bianzhi.shared.api.Allowed;
import org.bianzhi.shared.api.Paging;
import org.bianzhi.shared.api.Params;
import org.bianzhi.shared.api.Roles;
import org.bianzhi.shared.application.Page;
import org.bianzhi.travel.approval.application.ApplicationCommands.ApplyCommand;
import org.bianzhi.travel.approval.application.ApplicationCommands.DecisionCommand;
import org.bianzhi.travel.approval.application.ApplicationCommands.NoteCommand;
import org.bianzhi.travel.approval.application.ApplicationCommands.OpinionCommand;
import org.bianzhi.travel.approval.application.TravelApplicationService;
import org.bianzhi.travel.approval.application.TravelViews.ApplicationView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * 因私出国（境）审批: the office, 干部监督 and a unit clerk (for their own people) submit; the unit's opinion comes from
 * a clerk of the person's unit, the discipline-inspection opinion (派驻纪检组意见) from discipline inspection, the
 * decision from 干部监督 — three different accounts (an administrator may act in any one step, not in two).
 */
@Path("travel/applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "因私出国（境）管理")
public class TravelApplicationResource {

    private static final String WHAT = "因私出国（境）申请";

    @Inject
    TravelApplicationService service;

    @POST
    @Allowed({Roles.OFFICE, Roles.CADRE_SUPERVISION, Roles.UNIT_CLERK})
    @Operation(summary = "提交因私出国（境）申请：personId，destinations 前往国家（地区），purpose 事由，purposeNote，departsOn，returnsOn，"
            + "appliedOn（默认今天）；编号 CG年份-序号")
    @APIResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class)))
    public Response submit(ApplyCommand c) {
        ApplicationView v = service.submit(c == null ? new ApplyCommand(null, null, null, null, null, null, null) : c);
        return Response.created(URI.create("travel/applications/" + v.id())).entity(v).build();
    }

    @GET
    @Allowed({Roles.OFFICE, Roles.CADRE_SUPERVISION, Roles.UNIT_CLERK, Roles.DISCIPLINE_INSPECTION})
    @Operation(summary = "申请清单：person 人员编号，unit 单位（含下级），status 审批状态，from/to 出发日期范围，offset，limit")
    public Page<ApplicationView> list(@QueryParam("person") String person, @QueryParam("unit") String unit,
                                      @QueryParam("status") String status, @QueryParam("from") String from,
                                      @QueryParam("to") String to, @BeanParam Paging paging) {
        return service.list(Params.filterId("person", person, "人员"), unit, status, Params.date("from", from),
                Params.date("to", to), paging.offset(), paging.limit());
    }

    @GET
    @Path("{id}")
    @Allowed({Roles.OFFICE, Roles.CADRE_SUPERVISION, Roles.UNIT_CLERK, Roles.DISCIPLINE_INSPECTION})
    @Operation(summary = "申请详情；待审批的申请附 blockers：按审批规则当前不能批准的原因；flags：审查提示（在外停留时间较长、12个月内次数较多、事由重复），附数字")
    public ApplicationView get(@PathParam("id") String id) {
        return service.get(Params.id(WHAT, id));
    }

    @POST
    @Path("{id}/unit-opinion")
    @Allowed({Roles.UNIT_CLERK})
    @Operation(summary = "签署所在单位意见（申请人所在单位的人事专员）：verdict 意见结论 AGREE 同意 / DISAGREE 不同意（必填），text，"
            + "by 签署人（默认当前用户）；已签署纪检意见的账户不能再签署（409）")
    public ApplicationView unitOpinion(@PathParam("id") String id, OpinionCommand c) {
        return service.unitOpinion(Params.id(WHAT, id), c);
    }

    @POST
    @Path("{id}/discipline-opinion")
    @Allowed({Roles.DISCIPLINE_INSPECTION})
    @Operation(summary = "签署纪检意见（派驻纪检组）：verdict 意见结论 AGREE 同意 / DISAGREE 不同意（必填），text，by 签署人（默认当前用户）；"
            + "已签署单位意见的账户不能再签署（409）")
    public ApplicationView disciplineOpinion(@PathParam("id") String id, OpinionCommand c) {
        return service.disciplineOpinion(Params.id(WHAT, id), c);
    }

    @POST
    @Path("{id}/approve")
    @Allowed({Roles.CADRE_SUPERVISION})
    @Operation(summary = "批准：decisionDocument 批准文号，note，approvingUnit 审批单位代码（默认按系统设置）；受处理未满 3 年、未签署单位和纪检意见、"
            + "任一意见为不同意、审批日期晚于出发日期、处于纪律审查期间时拒绝（409，说明原因）；已签署意见的账户不能审批（409）")
    public ApplicationView approve(@PathParam("id") String id, DecisionCommand c) {
        return service.approve(Params.id(WHAT, id), c);
    }

    @POST
    @Path("{id}/reject")
    @Allowed({Roles.CADRE_SUPERVISION})
    @Operation(summary = "不予批准：decisionDocument 文号，note 理由（必填），approvingUnit 审批单位代码；已签署意见的账户不能审批（409）")
    public ApplicationView reject(@PathParam("id") String id, DecisionCommand c) {
        return service.reject(Params.id(WHAT, id), c);
    }

    @POST
    @Path("{id}/withdraw")
    @Allowed({Roles.OFFICE, Roles.CADRE_SUPERVISION, Roles.UNIT_CLERK})
    @Operation(summary = "撤回待审批的申请：note 说明")
    public ApplicationView withdraw(@PathParam("id") String id, NoteCommand c) {
        return service.withdraw(Params.id(WHAT, id), c == null ? null : c.note());
    }
}
