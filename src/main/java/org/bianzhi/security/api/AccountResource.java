package org.bianzhi.security.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.bianzhi.security.application.AccountService.AccountCommand;
import org.bianzhi.security.application.AccountService;
import org.bianzhi.security.application.AccountView;
import org.bianzhi.shared.api.Paging;
import org.bianzhi.shared.application.Page;
import org.bianzhi.shared.api.Allowed;
import org.bianzhi.shared.api.Params;
import org.bianzhi.shared.api.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 账户管理, for administrators only. */
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed(Roles.ADMIN)
@Tag(name = "系统管理")
public class AccountResource {

    @Inject
    AccountService accounts;

    /** A new password. */
    public record PasswordCommand(String password) {}

    @GET
    @Operation(summary = "账户列表")
    public Page<AccountView> list(@BeanParam Paging paging) {
        return Page.of(accounts.list(), paging.offset(), paging.limit());
    }

    @POST
    @Operation(summary = "创建账户")
    public Response create(AccountCommand c) {
        return Response.status(201).entity(accounts.create(Params.body(c))).build();
    }

    @GET
    @Path("{username}")
    @Operation(summary = "账户（ETag 为其版本，变更时以 If-Match 交回）")
    public AccountView get(@PathParam("username") String username) {
        return accounts.get(username);
    }

    @PUT
    @Path("{username}")
    @Operation(summary = "变更账户（姓名、角色、绑定单位、停用）；须以 If-Match 或 version 说明所依据的版本")
    public AccountView change(@PathParam("username") String username, AccountCommand c) {
        return accounts.change(username, Params.body(c));
    }

    @POST
    @Path("{username}/password")
    @Operation(summary = "重置密码")
    public AccountView password(@PathParam("username") String username, PasswordCommand c) {
        return accounts.resetPassword(username, Params.body(c).password());
    }

    @POST
    @Path("{username}/unlock")
    @Operation(summary = "解除登录限制（清除该账户名的登录失败计数）")
    public AccountView unlock(@PathParam("username") String username) {
        return accounts.unlock(username);
    }
}
