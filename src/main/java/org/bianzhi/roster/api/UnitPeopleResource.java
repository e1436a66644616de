package org.bianzhi.roster.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.bianzhi.roster.application.PersonService;
import org.bianzhi.roster.application.Views.PersonView;
import org.bianzhi.shared.api.Allowed;
import org.bianzhi.shared.api.Paging;
import org.bianzhi.shared.api.Params;
import org.bianzhi.shared.api.Roles;
import org.bianzhi.shared.application.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A unit's people on a date: everyone who occupies its quota or works there. */
@Path("units/{code}/people")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "实名人员")
public class UnitPeopleResource {

    @Inject
    PersonService people;

    @GET
    @Allowed({Roles.OFFICE, Roles.INSPECTOR, Roles.UNIT_CLERK, Roles.COMPLAINT_HANDLER, Roles.CADRE_SUPERVISION})
    @Operation(summary = "单位人员（按日期：占编或在岗的人员）")
    public Page<PersonView> peopleAt(@PathParam("code") String code, @QueryParam("asOf") String asOf,
                                     @BeanParam Paging paging) {
        return people.peopleAt(code, Params.date("asOf", asOf), paging.offset(), paging.limit());
    }
}
