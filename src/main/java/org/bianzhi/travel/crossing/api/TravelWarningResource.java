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
import org.bianzhi.travel.crossing.application.TravelWarningService;
import org.bianzhi.travel.crossing.application.TravelWarningService.WarningView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 预警: what falls due in the next days and is not a finding yet. */
@Path("travel/warnings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "因私出国（境）管理")
public class TravelWarningResource {

    @Inject
    TravelWarningService service;

    @GET
    @Allowed({Roles.OFFICE, Roles.CADRE_SUPERVISION, Roles.UNIT_CLERK})
    @Operation(summary = "预警：今天起 within 天内（默认 bianzhi.travel.warning-days，7 天；0 至 366）到期、尚未成为检查发现的事项——"
            + "证件待交回、证件待上交、备案待报备、出访报告待提交（及公示异议等后续来源）；kind 预警类别，unit 单位（含下级）；按到期日先后分页")
    public Page<WarningView> list(@QueryParam("within") String within, @QueryParam("kind") String kind, @QueryParam("unit") String unit,
                                  @BeanParam Paging paging) {
        return service.page(Params.integer("within", within), kind, unit, paging.offset(), paging.limit());
    }
}
