package org.bianzhi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Walks every operation the OpenAPI document lists, as every role and as callers without a valid token, and
 * checks the answer against {@code authorization-matrix.txt}: allowed roles get past the gate (no 401/403),
 * the others get 403, and no token, an expired token or a revoked token get 401.
 */
class AuthorizationMatrixIT extends ApiTest {

    private static final List<String> READERS = List.of("OFFICE", "INSPECTOR", "UNIT_CLERK", "COMPLAINT_HANDLER");
    private static final List<String> ROLES = List.of("OFFICE", "INSPECTOR", "UNIT_CLERK", "COMPLAINT_HANDLER", "CADRE_SUPERVISION",
            "DISCIPLINE_INSPECTION");
    private static final String PASSWORD = "Matrix2026pass";

    private Map<String, Set<String>> matrix() throws IOException {
        Map<String, Set<String>> m = new LinkedHashMap<>();
        try (InputStream in = getClass().getResourceAsStream("/authorization-matrix.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] parts = line.trim().split("\\s+");
                Set<String> roles = new TreeSet<>();
                for (String r : parts[2].split(",")) {
                    if (r.equals("READERS")) roles.addAll(READERS);
                    else roles.add(r);
                }
                m.put(parts[0] + " " + parts[1], roles);
            }
        }
        return m;
    }

    private List<String> operations() {
        JsonObject doc = expect(200, api.getAbsolute(java.net.URI.create(api.root()).resolve("/openapi").toString(), "application/json")).json();
        List<String> ops = new ArrayList<>();
        doc.getJsonObject("paths").forEach((path, item) -> {
            String p = path.replaceAll("/+", "/").replaceFirst("^.*?/api/v1", "");
            item.asJsonObject().keySet().stream().filter(k -> Set.of("get", "post", "put", "delete", "patch").contains(k))
                    .forEach(method -> ops.add(method.toUpperCase() + " " + p));
        });
        return ops;
    }

    private int accounts;

    private Api account(String role, String unit) {
        String username = "matrix-" + role.toLowerCase() + "-" + (++accounts);
        expect(201, api.post("accounts", Api.obj("username", username, "displayName", "矩阵测试",
                "password", PASSWORD, "role", role, "unitCode", role.equals("UNIT_CLERK") ? unit : null)));
        return api.withToken(null).signIn(username, PASSWORD);
    }

    @Test
    void everyOperationIsInTheMatrixAndEveryRoleGetsWhatTheMatrixSays() throws Exception {
        Map<String, Set<String>> matrix = matrix();
        List<String> ops = operations();
        List<String> unlisted = ops.stream().filter(o -> !matrix.containsKey(o)).toList();
        assertTrue(unlisted.isEmpty(), "operations without a line in authorization-matrix.txt: " + unlisted);
        List<String> stale = matrix.keySet().stream().filter(o -> !ops.contains(o)).toList();
        assertTrue(stale.isEmpty(), "matrix lines for operations that no longer exist: " + stale);

        String unit = unit(true, "矩阵测试局", null);
        Map<String, Api> callers = new LinkedHashMap<>();
        for (String role : ROLES) callers.put(role, account(role, unit));
        Api anonymous = api.withToken(null);
        Api expired = anonymous.withToken(expect(201, anonymous.post("session", Api.obj("username", "admin",
                "password", ADMIN_PASSWORD, "expiresInSeconds", 1))).json().getString("token"));
        Api revoked = anonymous.signIn("admin", ADMIN_PASSWORD);
        expect(204, revoked.delete("session"));
        Thread.sleep(1500);

        List<String> wrong = new ArrayList<>();
        for (String op : ops) {
            String method = op.substring(0, op.indexOf(' '));
            String path = op.substring(op.indexOf(' ') + 2).replace("{code}", unit).replace("{id}", "999999999")
                    .replace("{idOrNumber}", "Z2026-99999").replace("{kind}", "roster").replace("{username}", "nobody").replace("{personId}", "999999999")
                    .replace("{form}", "MANAGEMENT").replace("{objectionId}", "999999999");
            assertFalse(path.contains("{"), "no sample value for the path parameter of " + op);
            String body = method.equals("GET") || method.equals("DELETE") ? null : "{}";
            Set<String> allowed = matrix.get(op);
            boolean open = allowed.contains("ANYONE");
            for (var c : Map.of("no token", anonymous, "expired token", expired, "revoked token", revoked).entrySet()) {
                int status = c.getValue().call(method, path, body).status();
                if (open ? status == 403 : status != 401) {
                    wrong.add(op + " with " + c.getKey() + ": " + status);
                }
            }
            for (String role : ROLES) {
                // signing out would end the session the walk still needs: use a fresh one
                Api caller = op.equals("DELETE /session") ? account(role, unit) : callers.get(role);
                int status = caller.call(method, path, body).status();
                boolean permitted = open || allowed.contains(role);
                if (permitted == (status == 401 || status == 403)) wrong.add(op + " as " + role + ": " + status);
            }
            int asAdmin = (op.equals("DELETE /session") ? anonymous.signIn("admin", ADMIN_PASSWORD) : api).call(method, path, body).status();
            if (asAdmin == 401 || asAdmin == 403) wrong.add(op + " as ADMIN: " + asAdmin);
        }
        assertEquals(List.of(), wrong);
        assertFalse(ops.isEmpty());
    }
}
