package org.bianzhi.roster.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.bianzhi.roster.application.RecordService;
import org.bianzhi.roster.application.Views.OccupancyView;
import org.bianzhi.shared.api.Allowed;
import org.bianzhi.shared.api.Params;
import org.bianzhi.shared.api.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 占编记录 (an occupancy of a quota slot), read on its own. */
@Path("occupancies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "实名人员")
public class OccupancyResource {

    @Inject
    RecordService records;

    @GET
    @Path("{id}")
    @Allowed({Roles.OFFICE, Roles.INSPECTOR, Roles.UNIT_CLERK, Roles.COMPLAINT_HANDLER})
    @Operation(summary = "占编记录")
    public OccupancyView occupancy(@PathParam("id") String id) {
        return records.occupancy(Params.id("占编记录", id));
    }
}
