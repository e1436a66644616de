package org.bianzhi.delegation.api;

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
import org.bianzhi.delegation.application.DelegationCommands.ApproveCommand;
import org.bianzhi.delegation.application.DelegationCommands.AuditCommand;
import org.bianzhi.delegation.application.DelegationCommands.EvaluationCommand;
import org.bianzhi.delegation.application.DelegationCommands.ObjectionCommand;
import org.bianzhi.delegation.application.DelegationCommands.ObjectionReviewCommand;
import org.bianzhi.delegation.application.DelegationCommands.CancelCommand;
import org.bianzhi.delegation.application.DelegationCommands.DelegationCommand;
import org.bianzhi.delegation.application.DelegationCommands.ReportCommand;
import org.bianzhi.delegation.application.DelegationCommands.ReturnCommand;
import org.bianzhi.delegation.application.DelegationQueries;
import org.bianzhi.delegation.application.DelegationRecordViews.NoticeView;
import org.bianzhi.delegation.application.DelegationRecordViews.ReturnDueList;
import org.bianzhi.delegation.application.DelegationRecordViews.ReturnRecord;
import org.bianzhi.delegation.application.NoticeService;
import org.bianzhi.delegation.application.ReturnService;
import org.bianzhi.delegation.application.ReviewStatistics;
import org.bianzhi.delegation.application.DelegationService;
import org.bianzhi.delegation.application.DelegationViews.DelegationView;
import org.bianzhi.delegation.application.DelegationViews.OverdueList;
import org.bianzhi.shared.api.Allowed;
import org.bianzhi.shared.api.Paging;
import org.bianzhi.shared.api.Params;
import org.bianzhi.shared.api.ReportResponse;
import org.bianzhi.shared.api.Roles;
import org.bianzhi.shared.application.DisclosureLog;
import org.bianzhi.shared.application.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * 因公出国（境）团组: the office and cadre supervision do everything; a unit clerk drafts, submits and follows the
 * delegations organised by their units; approval is the office's and cadre supervision's.
 */
@Path("delegation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "因公出国（境）团组")
public class DelegationResource {

    private static final String WHAT = "团组";

    @Inject
    DelegationService service;

    @Inject
    DelegationQueries queries;

    @Inject
    NoticeService notices;

    @Inject
    ReturnService returns;

    @Inject
    ReviewStatistics statistics;

    @Inject
    DisclosureLog disclosures;

    @POST
    @Path("delegations")
    @Allowed({Roles.OFFICE, Roles.CADRE_SUPERVISION, Roles.UNIT_CLERK})
    @Operation(summary = "登记团组（草稿）：name，organiserUnitCode 组团单位，task 任务，inviter 邀请单位，destinations，departsOn，"
            + "returnsOn，fundingSource 经费来源，noticeFrom/noticeTo/noticePlace 公示，members [{personId, role: LEADER 团长/MEMBER 成员}]")
    @APIResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DelegationView.class)))
    public Response create(DelegationCommand c) {
        DelegationView v = service.create(Params.body(c));
        return Response.created(URI.create("delegation/delegations/" + v.id())).entity(v).build();
    }

    @GET
    @Path("delegations")
    @Allowed({Roles.OFFICE, Roles.CADRE_SUPERVISION, Roles.UNIT_CLERK})
    @Operation(summary = "团组清单：status 状态，unit 组团单位（含下级），person 成员人员编号，year 出发年度，offset，limit")
    public Page<DelegationView> list(@QueryParam("status") String status, @QueryParam("unit") String unit,
                                     @QueryParam("person") String person, @QueryParam("year") String year,
                                     @BeanParam Paging paging) {
        return queries.list(status, unit, Params.filterId("person", person, "人员"), Params.integer("year", year),
                paging.offset(), paging.limit());
    }

    @GET
    @Path("delegations/{id}")
    @Allowed({Roles.OFFICE, Roles.CADRE_SUPERVISION, Roles.UNIT_CLERK})
    @Operation(summary = "团组详情：成员（出发日所在单位）、公示、状态、出访报告应交日期")
    public DelegationView get(@PathParam("id") String id) {
        return queries.get(Params.id(WHAT, id));
    }

    @PUT
    @Path("delegations/{id}")
    @Allowed({Roles.OFFICE, Roles.CADRE_SUPERVISION, Roles.UNIT_CLERK})
    @Operation(summary = "修改团组（仅草稿）：全部字段按表单提交；version 防止覆盖他人修改")
    public DelegationView update(@PathParam("id") String id, DelegationCommand c) {
        return service.update(Params.id(WHAT, id), Params.body(c));
    }

    @POST
    @Path("delegations/{id}/submit")
    @Allowed({Roles.OFFICE, Roles.CADRE_SUPERVISION, Roles.UNIT_CLERK})
    @Operation(summary = "报审：检查人数（不超过10人）、每人每年不超过2次、同一单位主要领导不同团、纪律审查期间不得派出、领导干部行前公示一周，"
            + "全部问题一次列出（字段 members[i]）")
    public DelegationView submit(@PathParam("id") String id) {
        return service.submit(Params.id(WHAT, id));
    }

    @POST
    @Path("delegations/{id}/approve")
    @Allowed({Roles.OFFICE, Roles.CADRE_SUPERVISION})
    @Operation(summary = "批准：approvalDocument 批准文号；按批准当日重新检查全部规则；有公示的须公示期满、异议均已复核且无成立的异议")
    public DelegationView approve(@PathParam("id") String id, ApproveCommand c) {
        return service.approve(Params.id(WHAT, id), Params.body(c));
    }

    @POST
    @Path("delegations/{id}/return")
    @Allowed({Roles.OFFICE, Roles.CADRE_SUPERVISION, Roles.UNIT_CLERK})
    @Operation(summary = "登记回国：date 实际回国日期；出访报告应于回国后7个工作日内提交")
    public DelegationView returned(@PathParam("id") String id, ReturnCommand c) {
        return service.returned(Params.id(WHAT, id), Params.body(c));
    }

    @POST
    @Path("delegations/{id}/report")
    @Allowed({Roles.OFFICE, Roles.CADRE_SUPERVISION, Roles.UNIT_CLERK})
    @Operation(summary = "登记出访报告：date 报告日期，summary 摘要")
    public DelegationView report(@PathParam("id") String id, ReportCommand c) {
        return service.report(Params.id(WHAT, id), Params.body(c));
    }

    @POST
    @Path("delegations/{id}/cancel")
    @Allowed({Roles.OFFICE, Roles.CADRE_SUPERVISION, Roles.UNIT_CLERK})
    @Operation(summary = "撤销团组（草稿、已报审、已批准）：reason 撤销原因")
    public DelegationView cancel(@PathParam("id") String id, CancelCommand c) {
        return service.cancel(Params.id(WHAT, id), Params.body(c));
    }

    @GET
    @Path("reports/overdue")
    @Allowed({Roles.OFFICE, Roles.CADRE_SUPERVISION, Roles.UNIT_CLERK})
    @Operation(summary = "出访报告逾期：asOf 日期（默认今天）；missing 回国后7个工作日仍未提交，late 逾期提交")
    public OverdueList overdue(@QueryParam("asOf") String asOf) {
        return queries.overdue(Params.date("asOf", asOf));
    }

    @GET
    @Path("delegations/{id}/notice")
    @Allowed({Roles.OFFICE, Roles.CADRE_SUPERVISION, Roles.UNIT_CLERK})
    @Operation(summary = "公示：公示内容（姓名、身份、邀请单位、组团单位、派遣单位、目的和任务、国家和地区、行期、经费来源、批准单位），"
            + "公示期与状态，收到的异议及其复核，blockers 当前不能批准的原因")
    public NoticeView notice(@PathParam("id") String id) {
        return notices.notice(Params.id(WHAT, id));
    }

    @POST
    @Path("delegations/{id}/objections")
    @Allowed({Roles.OFFICE, Roles.CADRE_SUPERVISION, Roles.UNIT_CLERK})
    @Operation(summary = "登记公示异议：receivedOn 收到日期（公示期内），channel ORAL 口头/PHONE 电话/WRITTEN 书面，personId 涉及成员（空：团组），"
            + "raisedBy 反映人（可空），content 异议内容；登记后不可修改")
    public NoticeView object(@PathParam("id") String id, ObjectionCommand c) {
        return notices.object(Params.id(WHAT, id), Params.body(c));
    }

    @POST
    @Path("delegations/{id}/objections/{objectionId}/reviews")
    @Allowed({Roles.OFFICE, Roles.CADRE_SUPERVISION})
    @Operation(summary = "复核公示异议：date 复核日期，outcome UPHELD 异议成立/DISMISSED 异议不成立，finding 调查核实情况，basisDocument；"
            + "可多次复核，以最后一次为准，以前的复核保留")
    public NoticeView review(@PathParam("id") String id, @PathParam("objectionId") String objection, ObjectionReviewCommand c) {
        return notices.review(Params.id(WHAT, id), Params.id("公示异议", objection), Params.body(c));
    }

    @GET
    @Path("delegations/{id}/return")
    @Allowed({Roles.OFFICE, Roles.CADRE_SUPERVISION, Roles.UNIT_CLERK})
    @Operation(summary = "回国后：出国人员鉴定表、财务审计，以及尚未提交的（应交日期、逾期天数）")
    public ReturnRecord returnRecord(@PathParam("id") String id) {
        return returns.get(Params.id(WHAT, id));
    }

    @POST
    @Path("delegations/{id}/evaluations")
    @Allowed({Roles.OFFICE, Roles.CADRE_SUPERVISION, Roles.UNIT_CLERK})
    @Operation(summary = "登记出国人员鉴定表：personId 成员，filedOn 填表日期，conduct 鉴定内容，leaderOpinion 团组长意见，"
            + "reviewedByUnit 审核盖章的组团（派遣）部门；每名成员一份，不可修改")
    public ReturnRecord evaluate(@PathParam("id") String id, EvaluationCommand c) {
        return returns.evaluate(Params.id(WHAT, id), Params.body(c));
    }

    @POST
    @Path("delegations/{id}/audit")
    @Allowed({Roles.OFFICE, Roles.CADRE_SUPERVISION, Roles.UNIT_CLERK})
    @Operation(summary = "登记财务审计：auditedOn 审计日期，auditor 审计单位，spentYuan 实际支出（元），disallowedYuan 不予报销（元），"
            + "conclusion 审计结论；每个团组一次，不可修改")
    public ReturnRecord audit(@PathParam("id") String id, AuditCommand c) {
        return returns.audit(Params.id(WHAT, id), Params.body(c));
    }

    @GET
    @Path("reports/return-due")
    @Allowed({Roles.OFFICE, Roles.CADRE_SUPERVISION, Roles.UNIT_CLERK})
    @Operation(summary = "回国后应交未交：asOf 日期（默认今天）；出国人员鉴定表（回国后 bianzhi.delegation.evaluation-working-days 个工作日，默认7）"
            + "与财务审计（回国后 bianzhi.delegation.audit-days 天，默认30）尚未提交的，附应交日期与逾期天数")
    public ReturnDueList returnDue(@QueryParam("asOf") String asOf) {
        return returns.due(Params.date("asOf", asOf));
    }

    @GET
    @Path("reports/review-statistics")
    @Produces({"application/json", "text/csv", ReportResponse.XLSX})
    @Allowed({Roles.OFFICE, Roles.CADRE_SUPERVISION, Roles.UNIT_CLERK})
    @Operation(summary = "出国（境）人员审查审批统计：unit 单位（含下级），from/to 期间（默认本年1月1日至今天）；件数、人次、因公（备案管理）/因私、"
            + "职级（局级/处级/科级/其他人员）、出访类别；format=json/csv/xlsx")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewStatistics.ReviewReport.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ReportResponse.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response reviewStatistics(@QueryParam("unit") String unit, @QueryParam("from") String from, @QueryParam("to") String to,
                                     @QueryParam("format") String format) {
        var r = statistics.report(unit, Params.date("from", from), Params.date("to", to));
        return ReportResponse.of(format, () -> r, r::table, disclosures);
    }
}
