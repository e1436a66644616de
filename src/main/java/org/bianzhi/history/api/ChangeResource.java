package org.bianzhi.history.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.bianzhi.history.application.ChangeHistory;
import org.bianzhi.history.domain.RecentChanges;
import org.bianzhi.shared.api.Allowed;
import org.bianzhi.shared.api.Paging;
import org.bianzhi.shared.api.Params;
import org.bianzhi.shared.api.Roles;
import org.bianzhi.shared.application.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 变更记录: who changed what, when and on which document, across the registry. */
@Path("changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "变更记录")
public class ChangeResource {

    @Inject
    ChangeHistory history;

    @GET
    @Allowed({Roles.OFFICE, Roles.INSPECTOR, Roles.UNIT_CLERK, Roles.COMPLAINT_HANDLER})
    @Operation(summary = "变更记录（新的在前）：unit 单位（含下级），person 人员ID，from/to 日期（含），offset，limit（默认50，≤500）")
    public Page<RecentChanges.Line> list(@QueryParam("unit") String unit, @QueryParam("person") String person,
                                         @QueryParam("from") String from, @QueryParam("to") String to,
                                         @BeanParam Paging paging) {
        return history.list(unit, Params.filterId("person", person, "人员"), Params.date("from", from), Params.date("to", to), paging.offset(), paging.limit());
    }
}
