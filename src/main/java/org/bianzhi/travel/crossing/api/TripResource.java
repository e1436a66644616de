package org.bianzhi.travel.crossing.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.bianzhi.shared.api.Allowed;
import org.bianzhi.shared.api.Paging;
import org.bianzhi.shared.api.Params;
import org.bianzhi.shared.api.Roles;
import org.bianzhi.shared.application.Page;
import org.bianzhi.travel.crossing.application.TripService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 出入境比对: trips reconstructed from the border crossings, with the approval that covers each. */
@Path("travel/trips")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "因私出国（境）管理")
public class TripResource {

    @Inject
    TripService service;

    @GET
    @Allowed({Roles.OFFICE, Roles.CADRE_SUPERVISION, Roles.UNIT_CLERK})
    @Operation(summary = "出国（境）行程：person 人员编号，unit 单位（含下级），from/to 期间（与期间有交集的行程；默认截至今天），分页")
    public Page<TripService.TripView> list(@QueryParam("person") String person, @QueryParam("unit") String unit,
                                           @QueryParam("from") String from, @QueryParam("to") String to,
                                           @BeanParam Paging paging) {
        return service.list(Params.filterId("person", person, "人员"), unit, Params.date("from", from), Params.date("to", to),
                paging.offset(), paging.limit());
    }
}
