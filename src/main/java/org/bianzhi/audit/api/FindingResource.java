package org.bianzhi.audit.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.bianzhi.audit.application.AuditEvaluator;
import org.bianzhi.audit.application.FindingService;
import org.bianzhi.audit.application.FindingView;
import org.bianzhi.shared.api.Allowed;
import org.bianzhi.shared.api.Paging;
import org.bianzhi.shared.api.Params;
import org.bianzhi.shared.api.Roles;
import org.bianzhi.shared.application.Bound;
import org.bianzhi.shared.application.NewTransaction;
import org.bianzhi.shared.domain.BianzhiException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 稽核: findings of the DOMAIN.md section 6 rules as of any date, and their workflow. */
@Path("findings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "稽核")
public class FindingResource {

    @Inject
    FindingService service;

    /** The note of a workflow step. */
    public record NoteCommand(@Bound(chars = 1000) String note) {}

    @GET
    @Allowed({Roles.OFFICE, Roles.INSPECTOR, Roles.UNIT_CLERK})
    @Operation(summary = "稽核问题清单：asOf 日期（默认今天，过去日期按历史即时计算），rule 规则，unit 单位（含下级），"
            + "status 待处理/已确认/已整改/ALL（默认：当前存在的问题），person 人员ID（只看该人员的问题），offset、limit 分页")
    public FindingView.Page list(@QueryParam("asOf") String asOf, @QueryParam("rule") String rule, @QueryParam("unit") String unit,
                                 @QueryParam("status") String status, @QueryParam("person") String person,
                                 @BeanParam Paging paging) {
        return service.list(service.question(Params.date("asOf", asOf), rule, unit, status, Params.filterId("person", person, "人员")),
                paging.offset(), paging.limit());
    }

    @GET
    @Path("{id}")
    @Allowed({Roles.OFFICE, Roles.INSPECTOR, Roles.UNIT_CLERK})
    @Operation(summary = "稽核问题及其处理记录")
    public FindingView.Detail get(@PathParam("id") String id) {
        return service.detail(Params.id("稽核问题", id));
    }

    @POST
    @Path("{id}/acknowledge")
    @Allowed({Roles.OFFICE, Roles.UNIT_CLERK})
    @Operation(summary = "确认问题（单位或编办认领，准备整改）")
    public FindingView acknowledge(@PathParam("id") String id, NoteCommand c) {
        return service.acknowledge(Params.id("稽核问题", id), c == null ? null : c.note());
    }

    @POST
    @Path("{id}/resolve")
    @Allowed(Roles.OFFICE)
    @Operation(summary = "标记已整改（须填写整改情况；复查时问题仍在则自动重新打开）")
    public FindingView resolve(@PathParam("id") String id, NoteCommand c) {
        return service.resolve(Params.id("稽核问题", id), c == null ? null : c.note());
    }
}
