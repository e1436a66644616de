package org.bianzhi.security.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.bianzhi.security.application.AccessLogService;
import org.bianzhi.shared.api.Allowed;
import org.bianzhi.shared.api.Paging;
import org.bianzhi.shared.application.Page;
import org.bianzhi.shared.api.Params;
import org.bianzhi.shared.api.Roles;
import org.bianzhi.shared.application.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 查阅记录: who read whose full ID number or record, or which complaint's reporter. Read-only: no API changes or deletes it. */
@Path("access-log")
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Roles.INSPECTOR)
@Tag(name = "系统管理")
public class AccessLogResource {

    @Inject
    AccessLogService log;

    @GET
    @Operation(summary = "查阅记录（按用户、人员、举报件、日期；查看举报人信息的记录 what=REPORTER_IDENTITY，带 complaintId）")
    public Page<AccessLogService.EntryView> find(@QueryParam("user") String user, @QueryParam("person") String person,
                                                 @QueryParam("complaint") String complaint,
                                                 @QueryParam("from") String from, @QueryParam("to") String to,
                                                 @BeanParam Paging paging) {
        return log.find(user, person == null ? null : Params.id("人员", person),
                complaint == null ? null : Params.id("举报件", complaint), Params.date("from", from),
                Params.date("to", to), paging.offset(), paging.limit());
    }
}
