package org.bianzhi.shared.application;

import jakarta.enterprise.context.RequestScoped;

/**
 * Who is calling in this request, as sign-in established it: user name, role, whether the role sees full ID
 * numbers, and for a unit clerk the materialized path of the unit whose subtree they may see. Without a
 * caller (start-up jobs) the registry acts as "system" and sees everything.
 */
@RequestScoped
public class Caller {

    private String username;
    private String role;
    private String roleLabel;
    private boolean admin;
    private boolean fullIdNumbers = true;
    private String unitPath;
    private String path = "";

    /** Called once per request by the sign-in filter. */
    public void signedIn(String username, String role, String roleLabel, boolean admin, boolean fullIdNumbers,
                         String unitPath, String path) {
        this.username = username;
        this.role = role;
        this.roleLabel = roleLabel;
        this.admin = admin;
        this.fullIdNumbers = fullIdNumbers;
        this.unitPath = unitPath;
        this.path = path;
    }

    /** Who the caller is, to act for them later (e.g. in an import job that outlives the request). */
    public record Identity(String username, String role, String roleLabel, boolean admin, boolean fullIdNumbers,
                           String unitPath) {}

    public Identity identity() {
        return new Identity(username, role, roleLabel, admin, fullIdNumbers, unitPath);
    }

    /** Acts for {@code who} in this (activated) request context; {@code path} names the work, for the access log. */
    public void actFor(Identity who, String path) {
        signedIn(who.username(), who.role(), who.roleLabel(), who.admin(), who.fullIdNumbers(), who.unitPath(), path);
    }

    public boolean authenticated() { return username != null; }
    public String name() { return username == null ? "system" : username; }
    public String role() { return role; }
    public String roleLabel() { return roleLabel; }
    public boolean admin() { return admin; }
    public boolean fullIdNumbers() { return fullIdNumbers; }
    /** The unit subtree the caller is bound to, or null when they see every unit. */
    public String unitPath() { return unitPath; }
    /** The request path, kept in the access log as the reason of a read. */
    public String path() { return path; }
}
