package org.bianzhi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two instances of the service on one PostgreSQL database, as a deployment runs them, each with its own index
 * directory and its own sign-in cache: a change made through either is found through the other within a second (each
 * follows the outbox from its own position); a sign-out or a disabled account counts at once on the instance that made
 * it and within {@code bianzhi.session.cache-seconds} (5) on the other. The two tests share the two processes (a start
 * costs 15-20 s). H2 is embedded in one process, so this runs on PostgreSQL only.
 */
@ExtendWith(TestDatabase.class)
class TwoInstancesIT {

    private static final String PASSWORD = "Instances2026admin";
    private static final long KEPT_MILLIS = 5_000;
    private static ServiceProcess first;
    private static ServiceProcess second;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue("postgresql".equals(TestDatabase.kind()), "two processes share only a server database");
        String url = TestDatabase.recreateSchema("bianzhi_instances");
        Map<String, String> env = Map.of("BIANZHI_ADMIN_INITIAL_PASSWORD", PASSWORD, "BIANZHI_TODAY", "2026-06-30",
                "BIANZHI_DB_URL", url + "?currentSchema=bianzhi_instances");
        // the two start side by side on the new schema, as a deployment's instances do (one of them once failed to start:
        // both created the administrator)
        var startA = CompletableFuture.supplyAsync(() -> start(8485, with(env, "a"), "it-instance-a.log"));
        var startB = CompletableFuture.supplyAsync(() -> start(8486, with(env, "b"), "it-instance-b.log"));
        try {
            first = startA.join();
        } finally {
            second = startB.join(); // even when A failed, so that stop() closes B
        }
    }

    @AfterAll
    static void stop() {
        if (first != null) first.close();
        if (second != null) second.close();
    }

    @Test
    void eachInstanceFollowsTheOthersWrites() throws Exception {
        Api a = new Api(new URL(first.base())).signIn("admin", PASSWORD);
        Api b = new Api(new URL(second.base())).signIn("admin", PASSWORD);
        indexReady(a);
        indexReady(b);

        String unit = Fixtures.unitCode(true);
        assertEquals(201, a.post("units", Api.obj("code", unit, "name", Fixtures.unitName("瑞安市司法局"), "kind", "ORGAN",
                "regionCode", "330381", "level", "COUNTY", "funding", "FULL", "validFrom", "2020-01-01",
                "basisDocument", "瑞编〔2020〕1号")).status());
        // a first change warms both freshly started JVMs (their first indexing took 1.5 s here); then a second counts
        String warmName = Fixtures.uniqueName("端木");
        long warm = register(a, unit, warmName);
        within(() -> ids(b, warmName), List.of(warm), "the first change, through A, found through B", 10_000);
        String name = Fixtures.uniqueName("西门");
        long id = register(a, unit, name);
        within(() -> ids(b, name), List.of(id), "written through A, found through B", 1_000);

        String renamed = Fixtures.uniqueName("南宫");
        assertEquals(200, b.edit("people/" + id, Api.obj("name", renamed, "identity", "CIVIL_SERVANT",
                "basisDocument", "更正姓名")).status());
        within(() -> ids(a, renamed), List.of(id), "changed through B, found through A", 1_000);
        within(() -> ids(a, name), List.of(), "the old name is gone from A", 1_000);

        JsonObject sa = a.get("search/status").json();
        JsonObject sb = b.get("search/status").json();
        assertNotEquals(sa.getString("instance"), sb.getString("instance"), "each instance has its own index and position");
        assertEquals(sa.getJsonNumber("outboxLast").longValue(), sb.getJsonNumber("outboxLast").longValue());
    }

    @Test
    void aSignOutOrADisableOnOneInstanceEndsTheSessionOnTheOtherWithinSeconds() throws Exception {
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
        assertEquals(200, adminA.edit("accounts/desk", Api.obj("enabled", false)).status());
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

    /** Waits until the instance has built its first index (a new instance builds it from the database). */
    private static void indexReady(Api api) throws InterruptedException {
        long start = System.nanoTime();
        while (!api.get("search/status").json().containsKey("lastRebuildFinished")) {
            assertTrue(System.nanoTime() - start < 60_000_000_000L, "no index after a minute");
            Thread.sleep(100);
        }
    }

    private static Map<String, String> with(Map<String, String> env, String instance) {
        var m = new HashMap<>(env);
        m.put("BIANZHI_DATA_DIR", Path.of("target", "it-instance-" + instance).toAbsolutePath().toString());
        TestDatabase.deleteTree(Path.of(m.get("BIANZHI_DATA_DIR")));
        return m;
    }

    private static List<Long> ids(Api api, String q) {
        Api.Answer answer = api.get("search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertEquals(200, answer.status(), answer::toString);
        return answer.json().getJsonArray("items").stream().map(v -> v.asJsonObject().getJsonNumber("personId").longValue()).toList();
    }

    private static long register(Api api, String unit, String name) {
        JsonObject person = api.post("people", Api.obj("idNumber", Fixtures.idNumber(LocalDate.of(1984, 4, 4), true),
                "name", name, "identity", "CIVIL_SERVANT")).json();
        long id = person.getJsonNumber("id").longValue();
        assertEquals(201, api.post("people/" + id + "/postings", Api.obj("unitCode", unit, "postType", "ADMINISTRATIVE_POST",
                "arrangement", "REGULAR", "validFrom", "2021-01-01", "basisDocument", "存量登记")).status());
        return id;
    }

    private static <T> void within(Supplier<T> probe, T expected, String what, long millis) throws InterruptedException {
        long start = System.nanoTime();
        T seen;
        while (!(seen = probe.get()).equals(expected)) {
            assertTrue(System.nanoTime() - start < millis * 1_000_000L, what + " within " + millis + " ms; last saw " + seen);
            Thread.sleep(20);
        }
    }
}
