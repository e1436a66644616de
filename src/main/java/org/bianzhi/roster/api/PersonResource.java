package org.bianzhi.roster.api;

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
import org.bianzhi.roster.application.PersonCommand;
import org.bianzhi.roster.application.PersonService;
import org.bianzhi.roster.application.RecordCommands.AppointmentCommand;
import org.bianzhi.roster.application.RecordCommands.OccupancyCommand;
import org.bianzhi.roster.application.RecordCommands.PostingCommand;
import org.bianzhi.roster.application.RecordService;
import org.bianzhi.roster.application.Views.Dossier;
import org.bianzhi.roster.application.Views.PersonView;
import org.bianzhi.shared.api.Allowed;
import org.bianzhi.shared.api.Paging;
import org.bianzhi.shared.api.Params;
import org.bianzhi.shared.api.Roles;
import org.bianzhi.shared.application.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.bianzhi.roster.application.Views.AppointmentView;
import org.bianzhi.roster.application.Views.OccupancyView;
import org.bianzhi.roster.application.Views.PostingView;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** 人员: real-name records and their whole history. */
@Path("people")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "实名人员")
public class PersonResource {

    @Inject
    PersonService people;

    @Inject
    RecordService records;

    @GET
    @Allowed({Roles.OFFICE, Roles.INSPECTOR, Roles.UNIT_CLERK, Roles.COMPLAINT_HANDLER, Roles.CADRE_SUPERVISION})
    @Operation(summary = "查询人员（姓名或身份证号尾号；可限定单位及其下级）")
    public Page<PersonView> list(@QueryParam("q") String q, @QueryParam("unit") String unit,
                                 @BeanParam Paging paging) {
        return people.list(q, unit, paging.offset(), paging.limit());
    }

    @POST
    @Allowed({Roles.OFFICE, Roles.UNIT_CLERK})
    @Operation(summary = "登记人员；可选 rank 职务层次（PROVINCIAL/BUREAU/COUNTY/TOWNSHIP/OTHER 或 省部级…）、household 户口所在地，"
            + "自 factsFrom（默认今天）起记录")
    @APIResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonView.class)))
    public Response register(PersonCommand command) {
        PersonView p = people.register(Params.body(command));
        return Response.created(URI.create("people/" + p.id())).entity(p).build();
    }

    @GET
    @Path("{id}")
    @Allowed({Roles.OFFICE, Roles.INSPECTOR, Roles.UNIT_CLERK, Roles.COMPLAINT_HANDLER, Roles.CADRE_SUPERVISION})
    @Operation(summary = "人员全部记录：占编、岗位、任职、职务层次和户口所在地（facts）、通知单、变更记录")
    public Dossier get(@PathParam("id") String id) {
        return people.dossier(Params.id("人员", id));
    }

    @PUT
    @Path("{id}")
    @Allowed({Roles.OFFICE, Roles.UNIT_CLERK})
    @Operation(summary = "更正姓名或变更人员身份；rank 职务层次、household 户口所在地与在册不同时自 factsFrom（默认今天）起记为新的一段，"
            + "原记录保留（人员全部记录的 facts）")
    public PersonView change(@PathParam("id") String id, PersonCommand command) {
        return people.change(Params.id("人员", id), Params.body(command));
    }

    @POST
    @Path("{id}/occupancies")
    @Allowed(Roles.OFFICE)
    @Operation(summary = "登记存量占编（不经控编流程，如实登记现状）")
    @APIResponse(responseCode = "200", description = "与已登记的占编相同，未再登记", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OccupancyView.class)))
    @APIResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OccupancyView.class)))
    public Response occupancy(@PathParam("id") String id, OccupancyCommand c) {
        var o = records.registerOccupancy(Params.id("人员", id), Params.body(c));
        return Response.status(o.created() ? 201 : 200).entity(o.view()).build();
    }

    @POST
    @Path("{id}/postings")
    @Allowed({Roles.OFFICE, Roles.UNIT_CLERK})
    @Operation(summary = "登记岗位（在岗、借调、挂职）")
    @APIResponse(responseCode = "200", description = "与已登记的任职相同，未再登记", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PostingView.class)))
    @APIResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PostingView.class)))
    public Response posting(@PathParam("id") String id, PostingCommand c) {
        var o = records.addPosting(Params.id("人员", id), Params.body(c), false);
        return Response.status(o.created() ? 201 : 200).entity(o.view()).build();
    }

    @POST
    @Path("{id}/appointments")
    @Allowed({Roles.OFFICE, Roles.UNIT_CLERK})
    @Operation(summary = "登记领导职务任职")
    @APIResponse(responseCode = "200", description = "与已登记的职务相同，未再登记", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppointmentView.class)))
    @APIResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppointmentView.class)))
    public Response appointment(@PathParam("id") String id, AppointmentCommand c) {
        var o = records.addAppointment(Params.id("人员", id), Params.body(c));
        return Response.status(o.created() ? 201 : 200).entity(o.view()).build();
    }
}
