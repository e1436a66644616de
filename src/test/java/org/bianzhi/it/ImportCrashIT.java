package org.bianzhi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The service killed (SIGKILL) in the middle of an import: after a restart the job says it was interrupted,
 * an all-or-nothing import left nothing behind, a valid-rows import kept exactly the rows it had reported
 * stored, a file of approvals (stored set-wise in one transaction) left nothing, and the service imports again. Runs the built service jar itself, on the run's database.
 */
@ExtendWith(TestDatabase.class)
class ImportCrashIT {

    private static final int PORT = 8484;
    private static final String PASSWORD = "Crash2026admin";
    private static final String HEADER = "身份证号,姓名,人员身份,编制单位代码,编制类型,入编日期,工作单位代码,岗位类型\n";

    private ServiceProcess service;
    private Api api;

    @AfterEach
    void stop() {
        if (service != null) service.close();
    }

    @Test
    void aKilledServiceLosesNothingReportedStoredAndKeepsNothingUnfinished() throws Exception {
        Map<String, String> env = database();
        start(env);
        String unit = Fixtures.unitCode(true);
        expect(201, api.post("units", Api.obj("code", unit, "name", Fixtures.unitName("瑞安市应急管理局"), "kind", "ORGAN",
                "regionCode", "330381", "level", "COUNTY", "funding", "FULL", "validFrom", "2020-01-01", "basisDocument", "瑞编〔2020〕1号")));
        expect(201, api.post("units/" + unit + "/quotas", Api.obj("quotaType", "ADMINISTRATIVE", "approved", 10,
                "validFrom", "2020-01-01", "basisDocument", "瑞编〔2020〕2号")));

        // all or nothing, killed while storing: nothing of it remains
        long whole = submit(unit, "all");
        killWhen(whole, job -> "入库".equals(job.getString("phase", null)));
        start(env);
        JsonObject interrupted = job(whole);
        assertEquals("INTERRUPTED", interrupted.getString("state"), interrupted::toString);
        assertEquals(0, occupied(unit));

        // valid rows, killed after some ranges were reported stored: exactly those remain
        long partial = submit(unit, "valid-rows");
        int[] reported = new int[1];
        killWhen(partial, job -> (reported[0] = job.getInt("rowsStored")) > 0 && !job.getBoolean("finished"));
        start(env);
        JsonObject after = job(partial);
        assertEquals("INTERRUPTED", after.getString("state"), after::toString);
        assertTrue(after.getInt("rowsStored") >= reported[0], () -> "reported " + reported[0] + ", now " + after);
        assertEquals(after.getInt("rowsStored"), occupied(unit), after::toString);

        // a file of approvals (staged, then stored set-wise in one transaction), killed midway: none of it remains
        String approving = Fixtures.unitCode(true);
        expect(201, api.post("units", Api.obj("code", approving, "name", Fixtures.unitName("瑞安市水利局"), "kind", "ORGAN",
                "regionCode", "330381", "level", "COUNTY", "funding", "FULL", "validFrom", "1950-01-01", "basisDocument", "瑞编〔1950〕1号")));
        long approvals = expect(202, api.postBytes("imports/quotas?mode=all", "text/csv", quotas(approving, 25_000))).json()
                .getJsonNumber("id").longValue();
        killWhen(approvals, job -> job.getInt("rowsRead") > 0 || "入库".equals(job.getString("phase", null)));
        start(env);
        JsonObject stopped = job(approvals);
        assertEquals("INTERRUPTED", stopped.getString("state"), stopped::toString);
        assertEquals(0, expect(200, api.get("units/" + approving + "/quotas")).array().size());

        // and the service imports again
        JsonObject again = expect(200, api.postBytes("imports/roster?wait=true&mode=valid-rows", "text/csv", roster(unit, 3_000))).json();
        assertEquals(0, again.getJsonArray("rejected").size());
        assertEquals(after.getInt("rowsStored") + 3_000, occupied(unit));
    }

    private long submit(String unit, String mode) {
        var answer = expect(202, api.postBytes("imports/roster?mode=" + mode, "text/csv", roster(unit, 30_000)));
        return answer.json().getJsonNumber("id").longValue();
    }

    private void killWhen(long id, Predicate<JsonObject> moment) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            JsonObject job = job(id);
            if (job.getBoolean("finished")) fail("the job finished before the service could be killed: " + job);
            if (moment.test(job)) {
                // H2 makes a commit durable a few milliseconds after others can see it (see RosterBulkLoad.commit);
                // PostgreSQL before: there the kill comes at once
                if (!"postgresql".equals(TestDatabase.kind())) Thread.sleep(300);
                service.kill();
                return;
            }
            Thread.sleep(20);
        }
        fail("the moment to kill the service did not come");
    }

    private JsonObject job(long id) {
        return expect(200, api.get("import-jobs/" + id)).json();
    }

    private int occupied(String unit) {
        return expect(200, api.get("units/" + unit + "/establishment")).json().getJsonArray("quotas").stream()
                .map(v -> v.asJsonObject()).filter(l -> l.getString("quotaType").equals("ADMINISTRATIVE"))
                .mapToInt(l -> l.getInt("occupied")).sum();
    }

    private static byte[] roster(String unit, int n) {
        StringBuilder csv = new StringBuilder(HEADER);
        String name = Fixtures.uniqueName("冯");
        for (int i = 0; i < n; i++) {
            csv.append(Fixtures.idNumber(LocalDate.of(1965, 1, 1).plusDays(i % 12000), i % 2 == 0)).append(',').append(name)
                    .append(",公务员,").append(unit).append(",行政编制,2021-01-01,").append(unit).append(",行政岗位\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Quota approvals of one unit, a day apart from 1950 on (every row records one). */
    private static byte[] quotas(String unit, int n) {
        StringBuilder csv = new StringBuilder("单位代码,编制类型,核定数,生效日期,批准文号\n");
        for (int i = 0; i < n; i++) {
            csv.append(unit).append(",行政编制,").append(1 + i % 50).append(',').append(LocalDate.of(1950, 1, 2).plusDays(i))
                    .append(",瑞编〔").append(1950 + i / 365).append("〕").append(i + 2).append("号\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The run's database, in a place of this test's own: a fresh H2 directory or PostgreSQL schema. */
    private static Map<String, String> database() throws Exception {
        Map<String, String> env = new HashMap<>(Map.of("BIANZHI_ADMIN_INITIAL_PASSWORD", PASSWORD,
                "BIANZHI_IMPORT_SYNC_ROWS", "500", "BIANZHI_IMPORT_CHUNK_ROWS", "1000"));
        if (!"postgresql".equals(TestDatabase.kind())) {
            Path dir = Path.of("target", "it-crash-h2").toAbsolutePath();
            TestDatabase.deleteTree(dir);
            env.put("BIANZHI_DATA_DIR", dir.toString());
            return env;
        }
        String url = TestDatabase.recreateSchema("bianzhi_crash");
        env.putAll(Map.of("BIANZHI_DB_URL", url + "?currentSchema=bianzhi_crash", "BIANZHI_DATA_DIR",
                Path.of("target", "it-crash-pg").toAbsolutePath().toString()));
        return env;
    }

    private void start(Map<String, String> env) throws Exception {
        service = ServiceProcess.startShortLived(PORT, env, Path.of("target", "it-crash-service.log"));
        api = new Api(new URL(service.base())).signIn("admin", PASSWORD);
    }

    private static Api.Answer expect(int status, Api.Answer answer) {
        assertEquals(status, answer.status(), () -> "unexpected answer: " + answer);
        return answer;
    }
}
