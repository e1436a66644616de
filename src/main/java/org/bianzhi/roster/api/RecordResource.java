package org.bianzhi.roster.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.bianzhi.roster.application.RecordCommands.EndCommand;
import org.bianzhi.roster.application.RecordService;
import org.bianzhi.roster.application.Views.AppointmentView;
import org.bianzhi.roster.application.Views.OccupancyView;
import org.bianzhi.roster.application.Views.PostingView;
import org.bianzhi.shared.api.Allowed;
import org.bianzhi.shared.api.Params;
import org.bianzhi.shared.api.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Single records: an occupancy, ending a posting or an appointment. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "实名人员")
public class RecordResource {

    @Inject
    RecordService records;

    @GET
    @Path("occupancies/{id}")
    @Allowed({Roles.OFFICE, Roles.INSPECTOR, Roles.UNIT_CLERK, Roles.COMPLAINT_HANDLER})
    @Operation(summary = "占编记录")
    public OccupancyView occupancy(@PathParam("id") String id) {
        return records.occupancy(Params.id("占编记录", id));
    }

    @POST
    @Path("postings/{id}/end")
    @Allowed({Roles.OFFICE, Roles.UNIT_CLERK})
    @Operation(summary = "结束岗位（含借调结束）")
    public PostingView endPosting(@PathParam("id") String id, EndCommand c) {
        return records.endPosting(Params.id("岗位记录", id), Params.body(c));
    }

    @POST
    @Path("appointments/{id}/end")
    @Allowed({Roles.OFFICE, Roles.UNIT_CLERK})
    @Operation(summary = "免去领导职务")
    public AppointmentView endAppointment(@PathParam("id") String id, EndCommand c) {
        return records.endAppointment(Params.id("任职记录", id), Params.body(c));
    }
}
