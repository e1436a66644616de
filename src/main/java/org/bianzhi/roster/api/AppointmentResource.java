package org.bianzhi.roster.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.bianzhi.roster.application.RecordCommands.EndCommand;
import org.bianzhi.roster.application.RecordService;
import org.bianzhi.roster.application.Views.AppointmentView;
import org.bianzhi.shared.api.Allowed;
import org.bianzhi.shared.api.Params;
import org.bianzhi.shared.api.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 任职记录: ending an appointment to a leadership position. */
@Path("appointments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "实名人员")
public class AppointmentResource {

    @Inject
    RecordService records;

    @POST
    @Path("{id}/end")
    @Allowed({Roles.OFFICE, Roles.UNIT_CLERK})
    @Operation(summary = "免去领导职务")
    public AppointmentView endAppointment(@PathParam("id") String id, EndCommand c) {
        return records.endAppointment(Params.id("任职记录", id), Params.body(c));
    }
}
