package org.bianzhi.security.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.bianzhi.security.application.SessionService;
import org.bianzhi.shared.api.Allowed;
import org.bianzhi.shared.api.Params;
import org.bianzhi.shared.api.Public;
import org.bianzhi.shared.api.Roles;
import org.bianzhi.shared.application.Caller;
import org.bianzhi.shared.application.RegistryClock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** 登录、当前用户、退出. */
@Path("session")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "登录")
public class SessionResource {

    @Inject
    SessionService sessions;

    @Inject
    Caller caller;

    @Inject
    RegistryClock clock;

    @Inject
    ClientAddress clientAddress;

    @Context
    HttpServletRequest request;

    /** Sign-in request; {@code expiresInSeconds} may ask for a session shorter than the configured one. */
    public record SignIn(String username, String password, Integer expiresInSeconds) {}

    /** Who is signed in, and the registry's "today". */
    public record Me(String username, String role, String roleLabel, String unitPath, LocalDate today) {}

    @POST
    @Public
    @Operation(summary = "登录，返回令牌（Authorization: Bearer …）；尝试过于频繁时答 429 并给出 Retry-After")
    @APIResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionService.Session.class)))
    public Response signIn(SignIn body) {
        SignIn s = Params.body(body);
        return Response.status(201).entity(sessions.signIn(s.username(), s.password(), s.expiresInSeconds(),
                clientAddress.of(request))).build();
    }

    @GET
    @Allowed({Roles.OFFICE, Roles.INSPECTOR, Roles.UNIT_CLERK, Roles.COMPLAINT_HANDLER, Roles.CADRE_SUPERVISION,
            Roles.DISCIPLINE_INSPECTION})
    @Operation(summary = "当前登录用户")
    public Me me() {
        return new Me(caller.name(), caller.role(), caller.roleLabel(), caller.unitPath(), clock.today());
    }

    @DELETE
    @Allowed({Roles.OFFICE, Roles.INSPECTOR, Roles.UNIT_CLERK, Roles.COMPLAINT_HANDLER, Roles.CADRE_SUPERVISION,
            Roles.DISCIPLINE_INSPECTION})
    @Operation(summary = "退出登录（令牌立即失效）")
    @APIResponse(responseCode = "204", description = "已退出")
    public Response signOut(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        sessions.signOut(authorization.substring("Bearer ".length()).strip());
        return Response.noContent().build();
    }
}
