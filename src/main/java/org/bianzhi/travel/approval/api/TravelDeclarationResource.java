package org.bianzhi.travel.approval.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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
import org.bianzhi.travel.approval.application.TravelDeclarationService;
import org.bianzhi.travel.approval.application.TravelDeclarationService.DeclarationCommand;
import org.bianzhi.travel.approval.application.TravelDeclarationService.DeclarationView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** 个人报告的出国（境）情况: trips people reported themselves; a unit clerk for their own people. */
@Path("travel/declarations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "因私出国（境）管理")
public class TravelDeclarationResource {

    @Inject
    TravelDeclarationService service;

    @POST
    @Allowed({Roles.OFFICE, Roles.CADRE_SUPERVISION, Roles.UNIT_CLERK})
    @Operation(summary = "登记个人报告的出国（境）情况：personId，departsOn，returnsOn（未返回可空），destinations，declaredOn（默认今天），note")
    @APIResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeclarationView.class)))
    public Response declare(DeclarationCommand c) {
        DeclarationView v = service.declare(c);
        return Response.created(URI.create("travel/declarations?person=" + v.person().id())).entity(v).build();
    }

    @GET
    @Allowed({Roles.OFFICE, Roles.CADRE_SUPERVISION, Roles.UNIT_CLERK})
    @Operation(summary = "个人报告的出国（境）情况：person 人员编号（可空：可见范围内全部），offset，limit")
    public Page<DeclarationView> list(@QueryParam("person") String person, @BeanParam Paging paging) {
        return service.list(Params.filterId("person", person, "人员"), paging.offset(), paging.limit());
    }
}
