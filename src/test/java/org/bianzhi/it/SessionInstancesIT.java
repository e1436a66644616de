package org.bianzhi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two instances on one PostgreSQL database, each keeping who holds a token for {@code bianzhi.session.cache-seconds}
 * (5): a sign-out or a disabled account counts at once on the instance that made it and within those seconds on the
 * other, though the other had just accepted the token. (PostgreSQL only, as {@link SearchInstancesIT}.)
 */
@ExtendWith(TestDatabase.class)
class SessionInstancesIT {

    private static final String PASSWORD = "Sessions2026admin";
    private static final long KEPT_MILLIS = 5_000;
    private ServiceProcess first;
    private ServiceProcess second;

    @AfterEach
    void stop() {
        if (first != null) first.close();
        if (second != null) second.close();
    }

    @Test
    void aSignOutOrADisableOnOneInstanceEndsTheSessionOnTheOtherWithinSeconds() throws Exception {
        Assumptions.assumeTrue("postgresql".equals(TestDatabase.kind()), "two processes share only a server database");
        String url = TestDatabase.recreateSchema("bianzhi_sessions");
        Map<String, String> env = Map.of("BIANZHI_ADMIN_INITIAL_PASSWORD", PASSWORD, "BIANZHI_TODAY", "2026-06-30",
                "BIANZHI_DB_URL", url + "?currentSchema=bianzhi_sessions");
        var startA = CompletableFuture.supplyAsync(() -> start(8487, with(env, "a"), "it-sessions-a.log"));
        var startB = CompletableFuture.supplyAsync(() -> start(8488, with(env, "b"), "it-sessions-b.log"));
        try {
            first = startA.join();
        } finally {
            second = startB.join();
        }
        Api adminA = new Api(new URL(first.base())).signIn("admin", PASSWORD);
        assertEquals(201, adminA.post("accounts", Api.obj("username", "desk", "displayName", "举报受理", "password",
                "Desk2026sessions", "role", "COMPLAINT_HANDLER")).status());
        Api anonymousA = adminA.withToken(null);
        Api anonymousB = new Api(new URL(second.base()));

        // signed out through B: refused on B at once, on A (which had just accepted the token) within the seconds kept
        String token = anonymousA.signIn("desk", "Desk2026sessions").token();
        Api onA = anonymousA.withToken(token);
        Api onB = anonymousB.withToken(token);
        assertEquals(200, onA.get("session").status());
        assertEquals(200, onB.get("session").status());
        assertEquals(204, onB.delete("session").status());
        assertEquals("session-ended", refusal(onB));
        refusedWithin(onA, "session-ended");

        // disabled through A: refused on A at once, on B within the seconds kept
        token = anonymousA.signIn("desk", "Desk2026sessions").token();
        onA = anonymousA.withToken(token);
        onB = anonymousB.withToken(token);
        assertEquals(200, onA.get("session").status());
        assertEquals(200, onB.get("session").status());
        assertEquals(200, adminA.put("accounts/desk", Api.obj("enabled", false)).status());
        refusal(onA);
        refusedWithin(onB, null);
    }

    /** The refusal's code (a 401 that is not a disabled account is the ended session; either ends it). */
    private static String refusal(Api session) {
        Api.Answer a = session.get("session");
        assertEquals(401, a.status(), a::toString);
        return a.json().getString("code");
    }

    private static void refusedWithin(Api session, String code) throws InterruptedException {
        long start = System.nanoTime();
        Api.Answer a;
        while ((a = session.get("session")).status() == 200) {
            assertTrue(System.nanoTime() - start < (KEPT_MILLIS + 1_500) * 1_000_000L, "refused within 5 s; still " + a);
            Thread.sleep(100);
        }
        assertEquals(401, a.status(), a::toString);
        if (code != null) assertEquals(code, a.json().getString("code"));
    }

    private static ServiceProcess start(int port, Map<String, String> env, String log) {
        try {
            return ServiceProcess.startShortLived(port, env, Path.of("target", log));
        } catch (Exception e) {
            throw new IllegalStateException("instance on port " + port + " did not start", e);
        }
    }

    private static Map<String, String> with(Map<String, String> env, String instance) {
        var m = new HashMap<>(env);
        m.put("BIANZHI_DATA_DIR", Path.of("target", "it-sessions-" + instance).toAbsolutePath().toString());
        TestDatabase.deleteTree(Path.of(m.get("BIANZHI_DATA_DIR")));
        return m;
    }
}
