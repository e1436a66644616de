package org.bianzhi.delegation.api;

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
import org.bianzhi.delegation.application.DelegationCommands.EndReviewCommand;
import org.bianzhi.delegation.application.DelegationCommands.ReviewCommand;
import org.bianzhi.delegation.application.DelegationViews.ReviewView;
import org.bianzhi.delegation.application.DisciplineReviewService;
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

/** 纪律审查期间: sensitive, for the office and cadre supervision only. */
@Path("delegation/reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "因公出国（境）团组")
public class DisciplineReviewResource {

    @Inject
    DisciplineReviewService service;

    @POST
    @Allowed({Roles.OFFICE, Roles.CADRE_SUPERVISION})
    @Operation(summary = "登记纪律审查：personId 人员编号，from 审查开始日期，basisDocument 依据文件")
    @APIResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewView.class)))
    public Response start(ReviewCommand c) {
        ReviewView v = service.start(Params.body(c));
        return Response.created(URI.create("delegation/reviews?person=" + v.personId())).entity(v).build();
    }

    @POST
    @Path("{id}/end")
    @Allowed({Roles.OFFICE, Roles.CADRE_SUPERVISION})
    @Operation(summary = "结束纪律审查：date 审查结束之日（当日起不再处于审查期间），basisDocument 依据文件")
    public ReviewView end(@PathParam("id") String id, EndReviewCommand c) {
        return service.end(Params.id("纪律审查记录", id), Params.body(c));
    }

    @GET
    @Allowed({Roles.OFFICE, Roles.CADRE_SUPERVISION})
    @Operation(summary = "纪律审查记录：person 人员编号（不填为全部），offset，limit")
    public Page<ReviewView> list(@QueryParam("person") String person, @BeanParam Paging paging) {
        return service.list(Params.filterId("person", person, "人员"), paging.offset(), paging.limit());
    }
}
