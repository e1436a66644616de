package org.bianzhi.search.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.bianzhi.search.application.SearchAnswer;
import org.bianzhi.search.application.SearchIndexer;
import org.bianzhi.search.application.SearchService;
import org.bianzhi.shared.api.Allowed;
import org.bianzhi.shared.api.Paging;
import org.bianzhi.shared.api.Params;
import org.bianzhi.shared.api.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** 检索: people by name, pinyin, ID digits, unit or post type; units by any of their names. */
@Path("search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "检索")
public class SearchResource {

    @Inject
    SearchService service;

    @GET
    @Allowed({Roles.OFFICE, Roles.INSPECTOR, Roles.UNIT_CLERK, Roles.COMPLAINT_HANDLER, Roles.CADRE_SUPERVISION})
    @Operation(summary = "人员检索：q 姓名/部分姓名/全拼/首字母/身份证号或后4-6位/单位名称/岗位类型，可混合（如“zw 水利局”）；"
            + "筛选 quotaType 编制类型、postType 岗位类型、identity 人员身份、unitKind 机构类型、region 行政区划、unit 单位（含下级）、"
            + "status CURRENT 在职（默认）/FORMER 已离开/ALL 全部、asOf 日期（查当日在职人员）；limit、offset 分页；"
            + "fresh=true 先读入刚提交的变更再检索")
    public SearchAnswer people(@QueryParam("q") String q, @QueryParam("quotaType") String quotaType,
                               @QueryParam("postType") String postType, @QueryParam("identity") String identity,
                               @QueryParam("unitKind") String unitKind, @QueryParam("region") String region,
                               @QueryParam("unit") String unit, @QueryParam("status") String status,
                               @QueryParam("asOf") String asOf, @BeanParam Paging paging,
                               @QueryParam("fresh") String fresh) {
        return service.people(new SearchService.Request(q, quotaType, postType, identity, unitKind, region, unit, status,
                Params.date("asOf", asOf), paging.limit(SearchService.MAX_LIMIT), paging.offset(),
                "true".equalsIgnoreCase(fresh)));
    }

    @GET
    @Path("units")
    @Allowed({Roles.OFFICE, Roles.INSPECTOR, Roles.UNIT_CLERK, Roles.COMPLAINT_HANDLER, Roles.CADRE_SUPERVISION})
    @Operation(summary = "单位检索：名称、简称、别名、曾用名或统一社会信用代码")
    public List<SearchAnswer.UnitHit> units(@QueryParam("q") String q, @QueryParam("limit") String limit) {
        return service.units(q, Params.integer("limit", limit));
    }

    @GET
    @Path("status")
    @Allowed({Roles.OFFICE, Roles.INSPECTOR})
    @Operation(summary = "检索索引状态：位置、待处理变更、文档数、磁盘占用、最近一次重建")
    public SearchIndexer.Status status() {
        return service.status();
    }

    @POST
    @Path("rebuild")
    @Allowed(Roles.ADMIN)
    @Operation(summary = "从数据库重建检索索引（在新目录中建好后替换，重建期间检索照常）；仅系统管理员")
    @APIResponse(responseCode = "202", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(properties = {
            @SchemaProperty(name = "started", type = SchemaType.BOOLEAN), @SchemaProperty(name = "message", type = SchemaType.STRING)})))
    public Response rebuild() {
        boolean started = service.rebuild();
        return Response.accepted(Map.of("started", started, "message", started ? "已开始重建检索索引，进度见 GET /api/v1/search/status"
                : "重建已在进行中，结束后将再重建一次")).build();
    }
}
