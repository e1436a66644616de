package org.bianzhi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * 检索 over HTTP against the real index: freshness after a write, read-your-writes, no stale overwrite when clerks
 * change one person at once, a rebuild while searches go on, a clerk's scope (totals and facets), masking, as-of dates
 * and the unit search.
 */
class SearchIT extends ApiTest {

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private JsonObject search(Api as, String query) {
        return expect(200, as.get("search?" + query)).json();
    }

    private static List<Long> ids(JsonObject answer) {
        return answer.getJsonArray("items").stream().map(v -> v.asJsonObject().getJsonNumber("personId").longValue()).toList();
    }

    /** A person with a quota and a regular post at the unit from {@code from}. */
    private long occupant(String unit, String name, String type, String post, String from, LocalDate born) {
        JsonObject p = expect(201, api.post("people", Api.obj("idNumber", Fixtures.idNumber(born, true), "name", name,
                "identity", "CIVIL_SERVANT"))).json();
        long id = p.getJsonNumber("id").longValue();
        expect(201, api.post("people/" + id + "/occupancies", Api.obj("unitCode", unit, "quotaType", type,
                "validFrom", from, "entryRoute", "EXAM", "basisDocument", "存量登记")));
        expect(201, api.post("people/" + id + "/postings", Api.obj("unitCode", unit, "postType", post,
                "arrangement", "REGULAR", "validFrom", from, "basisDocument", "存量登记")));
        return id;
    }

    private static JsonObject firstHitWithAPost(JsonObject answer) {
        var hits = answer.getJsonArray("items");
        return hits.isEmpty() || hits.getJsonObject(0).getJsonArray("posts").isEmpty() ? null : hits.getJsonObject(0);
    }

    private String idNumberOf(long person) {
        return expect(200, api.get("people/" + person)).json().getJsonObject("person").getString("idNumber");
    }

    @Test
    void aWriteIsFoundAtOnceWithReadYourWritesAndWithinASecondWithout() throws Exception {
        String unit = unit(true, "瑞安市审计局", null);
        approveQuota(unit, "ADMINISTRATIVE", 5, "2020-01-01");
        String name = Fixtures.uniqueName("诸葛");
        long id = occupant(unit, name, "ADMINISTRATIVE", "ADMINISTRATIVE_POST", "2021-01-01", LocalDate.of(1985, 5, 5));
        assertEquals(List.of(id), ids(search(api, "fresh=true&q=" + enc(name))), "read-your-writes");

        String later = Fixtures.uniqueName("欧阳");
        long second = occupant(unit, later, "ADMINISTRATIVE", "ADMINISTRATIVE_POST", "2021-01-01", LocalDate.of(1986, 6, 6));
        long start = System.nanoTime();
        JsonObject hit;
        // the person, the quota and the post are three commits: wait for the last, the post
        while ((hit = firstHitWithAPost(search(api, "q=" + enc(later)))) == null) {
            assertTrue(System.nanoTime() - start < 1_000_000_000L, "not searchable with the post within one second of the commit");
            Thread.sleep(20);
        }
        assertEquals(second, hit.getJsonNumber("personId").longValue());
        assertEquals(unit, hit.getJsonArray("quotas").getJsonObject(0).getString("unitCode"));
        assertEquals("行政岗位", hit.getJsonArray("posts").getJsonObject(0).getString("postTypeLabel"));
        assertEquals("姓名：" + later, hit.getJsonArray("matched").getString(0));
    }

    @Test
    void concurrentChangesOfOnePersonLeaveTheNewestNameInTheIndex() throws Exception {
        String unit = unit(true, "瑞安市统计局", null);
        approveQuota(unit, "ADMINISTRATIVE", 5, "2020-01-01");
        long id = occupant(unit, Fixtures.uniqueName("司马"), "ADMINISTRATIVE", "ADMINISTRATIVE_POST", "2021-01-01",
                LocalDate.of(1980, 1, 2));
        String idNumber = idNumberOf(id);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 3; round++) {
                List<String> names = new ArrayList<>();
                List<Future<Api.Answer>> answers = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    String n = Fixtures.uniqueName("上官");
                    names.add(n);
                    answers.add(pool.submit(() -> api.edit("people/" + id, Api.obj("name", n, "identity", "CIVIL_SERVANT",
                            "basisDocument", "更正姓名"))));
                }
                int changed = 0;
                for (Future<Api.Answer> a : answers) if (a.get().status() == 200) changed++;
                assertTrue(changed >= 1, "at least one change went through");
                String stored = expect(200, api.get("people/" + id)).json().getJsonObject("person").getString("name");
                JsonObject found = search(api, "fresh=true&q=" + idNumber);
                assertEquals(1, found.getInt("total"));
                assertEquals(stored, found.getJsonArray("items").getJsonObject(0).getString("name"), "the index holds the stored name");
                for (String n : names) {
                    if (!n.equals(stored)) assertTrue(ids(search(api, "q=" + enc(n))).isEmpty(), n + " was overwritten");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRebuildSwapsInANewIndexWhileSearchesGoOn() throws Exception {
        String unit = unit(false, "瑞安市档案馆", null);
        approveQuota(unit, "PUBLIC_INSTITUTION", 5, "2020-01-01");
        String name = Fixtures.uniqueName("令狐");
        long id = occupant(unit, name, "PUBLIC_INSTITUTION", "PROFESSIONAL", "2021-01-01", LocalDate.of(1979, 9, 9));
        assertEquals(List.of(id), ids(search(api, "fresh=true&q=" + enc(name))));
        String before = expect(200, api.get("search/status")).json().toString();
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger searches = new AtomicInteger();
        List<String> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        CompletableFuture<Void> searching = CompletableFuture.runAsync(() -> {
            while (!done.get()) {
                Api.Answer a = api.get("search?q=" + enc(name));
                searches.incrementAndGet();
                if (a.status() != 200 || !ids(a.json()).equals(List.of(id))) failures.add(a.toString());
            }
        });
        expect(202, api.post("search/rebuild", "{}"));
        String during = Fixtures.uniqueName("慕容");
        long added = occupant(unit, during, "PUBLIC_INSTITUTION", "PROFESSIONAL", "2021-01-01", LocalDate.of(1981, 3, 3));
        JsonObject status;
        long start = System.nanoTime();
        do {
            Thread.sleep(100);
            status = expect(200, api.get("search/status")).json();
            assertTrue(System.nanoTime() - start < 120_000_000_000L, "rebuild did not finish: " + status);
        } while (!status.containsKey("lastRebuildFinished") || status.containsKey("rebuildStarted")
                || status.getString("lastRebuildFinished").equals(lastFinished(before)));
        done.set(true);
        searching.get();
        assertTrue(failures.isEmpty(), "searches during the rebuild: " + failures);
        assertTrue(searches.get() > 0);
        assertEquals(List.of(added), ids(search(api, "fresh=true&q=" + enc(during))), "a change made during the rebuild");
        assertEquals(List.of(id), ids(search(api, "q=" + enc(name))));
        assertFalse(status.containsKey("lastRebuildError"), status.toString());
        // one request, one rebuild: replaying the bulk imports' requests the fill already answered must not start another
        Thread.sleep(1500);
        JsonObject later = expect(200, api.get("search/status")).json();
        assertFalse(later.containsKey("rebuildStarted"), "rebuilding again: " + later);
        assertEquals(status.getString("lastRebuildFinished"), later.getString("lastRebuildFinished"), "rebuilt again: " + later);
    }

    @Test
    void aClerksOneRowRosterIsFoundWithinSecondsWithoutARebuildOrAFullAudit() throws Exception {
        String unit = unit(true, "瑞安市司法局", null);
        approveQuota(unit, "ADMINISTRATIVE", 5, "2020-01-01");
        String user = "roster-clerk-" + unit.substring(10, 16).toLowerCase();
        expect(201, api.post("accounts", Api.obj("username", user, "displayName", "司法局人事", "password", "Secure2026pass",
                "role", "UNIT_CLERK", "unitCode", unit)));
        Api clerk = api.withToken(null).signIn(user, "Secure2026pass");
        JsonObject before = settled();
        JsonObject auditBefore = auditSettled();

        String name = Fixtures.uniqueName("司马");
        String csv = "身份证号,姓名,人员身份,编制单位代码,编制类型,入编日期,工作单位代码,岗位类型\n" + Fixtures.idNumber(LocalDate.of(1990, 3, 3), true)
                + "," + name + ",公务员," + unit + ",行政编制,2024-01-01," + unit + ",行政岗位\n";
        JsonObject report = expect(200, clerk.postBytes("imports/roster", "text/csv", csv.getBytes(StandardCharsets.UTF_8))).json();
        assertEquals(1, report.getInt("created"), report::toString);

        long start = System.nanoTime();
        JsonObject hit;
        while ((hit = firstHitWithAPost(search(api, "q=" + enc(name)))) == null) {
            assertTrue(System.nanoTime() - start < 5_000_000_000L, "the imported person is not searchable within 5 seconds");
            Thread.sleep(50);
        }
        assertEquals(unit, hit.getJsonArray("posts").getJsonObject(0).getString("unitCode"), hit::toString);
        JsonObject after = expect(200, api.get("search/status")).json();
        assertFalse(after.containsKey("rebuildStarted"), "a rebuild started: " + after);
        assertEquals(before.get("lastRebuildFinished"), after.get("lastRebuildFinished"), "rebuilt: " + after);
        JsonObject auditAfter = auditSettled();
        assertEquals(auditBefore.get("lastFull"), auditAfter.get("lastFull"), "the audit ran in full: " + auditAfter);
        assertNotEquals(auditBefore.get("lastTargeted"), auditAfter.get("lastTargeted"), "the audit did not look at the person");
    }

    /** The search status once no rebuild runs (an earlier test's large import may have started one). */
    private JsonObject settled() throws InterruptedException {
        long start = System.nanoTime();
        JsonObject status;
        while ((status = expect(200, api.get("search/status")).json()).containsKey("rebuildStarted")) {
            assertTrue(System.nanoTime() - start < 120_000_000_000L, "rebuild did not finish: " + status);
            Thread.sleep(200);
        }
        return status;
    }

    /** The audit status once no change waits. */
    private JsonObject auditSettled() throws InterruptedException {
        long start = System.nanoTime();
        JsonObject status;
        while ((status = expect(200, api.get("audit/status")).json()).getJsonNumber("queued").longValue() > 0) {
            assertTrue(System.nanoTime() - start < 60_000_000_000L, "the audit did not catch up: " + status);
            Thread.sleep(200);
        }
        return status;
    }

    private static String lastFinished(String statusJson) {
        var m = java.util.regex.Pattern.compile("\"lastRebuildFinished\":\"([^\"]+)\"").matcher(statusJson);
        return m.find() ? m.group(1) : "";
    }

    @Test
    void aUnitClerkFindsOnlyTheirSubtreeAndTotalsAndFacetsCountOnlyThat() {
        String bureau = unit(true, "瑞安市自然资源局", null);
        String office = unit(true, "瑞安市不动产登记中心", bureau);
        String other = unit(true, "瑞安市林业局", null);
        approveQuota(bureau, "ADMINISTRATIVE", 5, "2020-01-01");
        approveQuota(office, "ADMINISTRATIVE", 5, "2020-01-01");
        approveQuota(other, "ADMINISTRATIVE", 5, "2020-01-01");
        String surname = Fixtures.uniqueName("东方").substring(0, 4);
        long mine = occupant(bureau, surname + "甲", "ADMINISTRATIVE", "ADMINISTRATIVE_POST", "2021-01-01", LocalDate.of(1980, 1, 1));
        long below = occupant(office, surname + "乙", "ADMINISTRATIVE", "ADMINISTRATIVE_POST", "2021-01-01", LocalDate.of(1980, 1, 1));
        long theirs = occupant(other, surname + "丙", "ADMINISTRATIVE", "ADMINISTRATIVE_POST", "2021-01-01", LocalDate.of(1980, 1, 1));
        JsonObject office_ = search(api, "fresh=true&q=" + enc(surname));
        assertEquals(3, office_.getInt("total"));
        String user = "search-clerk-" + bureau.substring(10, 16).toLowerCase();
        expect(201, api.post("accounts", Api.obj("username", user, "displayName", "自然资源局人事", "password", "Secure2026pass",
                "role", "UNIT_CLERK", "unitCode", bureau)));
        Api clerk = api.withToken(null).signIn(user, "Secure2026pass");
        JsonObject seen = search(clerk, "q=" + enc(surname));
        assertEquals(2, seen.getInt("total"));
        assertEquals(List.of(mine, below), ids(seen).stream().sorted().toList());
        assertFalse(ids(seen).contains(theirs));
        long facetTotal = seen.getJsonObject("facets").getJsonArray("quotaType").stream()
                .mapToLong(v -> v.asJsonObject().getJsonNumber("count").longValue()).sum();
        assertEquals(2, facetTotal, "facets count only what the clerk may see");
        assertTrue(seen.getJsonArray("items").getJsonObject(0).getString("idNumber").contains("*"), "a clerk sees masked numbers");
        assertEquals(404, clerk.get("search?unit=" + other).status());
        assertEquals(0, search(clerk, "q=" + idNumberOf(theirs)).getInt("total"));
        JsonArray units = expect(200, clerk.get("search/units?q=" + enc("林业局"))).array();
        assertTrue(units.stream().noneMatch(u -> u.asJsonObject().getString("code").equals(other)));
    }

    @Test
    void filtersLabelsAsOfAndTheUnitSearch() {
        String bureau = unit(true, "瑞安市水利局", null);
        approveQuota(bureau, "ADMINISTRATIVE", 5, "2020-01-01");
        String shortName = Fixtures.uniqueName("瑞水局");
        String alias = Fixtures.uniqueName("瑞安水务");
        expect(200, api.edit("units/" + bureau, Api.obj("name", expect(200, api.get("units/" + bureau)).json().getString("name"),
                "shortName", shortName, "aliases", "[\"" + alias + "\"]",
                "kind", "ORGAN", "regionCode", "330381", "level", "COUNTY", "funding", "FULL", "validFrom", "2024-01-01",
                "basisDocument", "瑞编〔2024〕2号")));
        String surname = Fixtures.uniqueName("皇甫").substring(0, 4);
        long stays = occupant(bureau, surname + "甲", "ADMINISTRATIVE", "ADMINISTRATIVE_POST", "2021-01-01", LocalDate.of(1980, 1, 1));
        long leaves = occupant(bureau, surname + "乙", "ADMINISTRATIVE", "ADMINISTRATIVE_POST", "2021-01-01", LocalDate.of(1980, 1, 1));
        long occupancy = expect(200, api.get("people/" + leaves)).json().getJsonArray("occupancies").getJsonObject(0)
                .getJsonNumber("id").longValue();
        expect(201, api.post("notices", Api.obj("kind", "DECREASE", "occupancyId", occupancy, "exitDate", "2026-03-01", "reason", "调出")));
        expect(200, api.post("postings/" + expect(200, api.get("people/" + leaves)).json().getJsonArray("postings")
                .getJsonObject(0).getJsonNumber("id").longValue() + "/end", Api.obj("endDate", "2026-03-01", "basisDocument", "调出")));
        assertEquals(List.of(stays), ids(search(api, "fresh=true&q=" + enc(surname))));
        assertEquals(List.of(leaves), ids(search(api, "status=FORMER&q=" + enc(surname))));
        assertEquals(2, search(api, "status=ALL&q=" + enc(surname)).getInt("total"));
        assertEquals(2, search(api, "asOf=2025-12-31&q=" + enc(surname)).getInt("total"), "both were there at the end of 2025");
        assertEquals(List.of(stays), ids(search(api, "q=" + enc(surname + " " + shortName + " 行政岗位"))));
        assertEquals(List.of(stays), ids(search(api, "quotaType=ADMINISTRATIVE&unit=" + bureau + "&q=" + enc(surname))));
        assertEquals(0, search(api, "quotaType=PUBLIC_INSTITUTION&q=" + enc(surname)).getInt("total"));
        JsonObject bad = expect(422, api.get("search?quotaType=XYZ&limit=50")).json();
        assertEquals(List.of("quotaType"), bad.getJsonArray("errors").stream()
                .map(v -> v.asJsonObject().getString("field")).toList());
        assertEquals("limit", expect(422, api.get("search?limit=500")).json().getJsonArray("errors").getJsonObject(0)
                .getString("field"), "paging is read before the filters: a page past the search's 100 is refused first");
        assertEquals(404, api.get("search?unit=11330381MB0000000X").status());
        JsonArray units = expect(200, api.get("search/units?q=" + enc(alias))).array();
        assertEquals(bureau, units.getJsonObject(0).getString("code"));
        assertNotEquals(0, units.size());
    }

    @Test
    void inspectorsSeeMaskedNumbersAndAFullNumberShownIsLogged() {
        String unit = unit(true, "瑞安市民政局", null);
        approveQuota(unit, "ADMINISTRATIVE", 5, "2020-01-01");
        String name = Fixtures.uniqueName("公孙");
        long id = occupant(unit, name, "ADMINISTRATIVE", "ADMINISTRATIVE_POST", "2021-01-01", LocalDate.of(1977, 7, 7));
        String full = idNumberOf(id);
        expect(201, api.post("accounts", Api.obj("username", "search-inspector-" + unit.substring(10, 16).toLowerCase(),
                "displayName", "检查员", "password", "Secure2026pass", "role", "INSPECTOR")));
        Api inspector = api.withToken(null).signIn("search-inspector-" + unit.substring(10, 16).toLowerCase(), "Secure2026pass");
        JsonObject hit = search(inspector, "fresh=true&q=" + full.substring(12)).getJsonArray("items").stream()
                .map(v -> v.asJsonObject()).filter(h -> h.getJsonNumber("personId").longValue() == id).findFirst().orElseThrow();
        assertNotEquals(full, hit.getString("idNumber"));
        assertTrue(hit.getString("idNumber").endsWith(full.substring(14)));
        expect(201, api.post("accounts", Api.obj("username", "search-handler-" + unit.substring(10, 16).toLowerCase(),
                "displayName", "举报受理", "password", "Secure2026pass", "role", "COMPLAINT_HANDLER")));
        Api handler = api.withToken(null).signIn("search-handler-" + unit.substring(10, 16).toLowerCase(), "Secure2026pass");
        assertEquals(full, search(handler, "q=" + enc(name)).getJsonArray("items").getJsonObject(0).getString("idNumber"));
        JsonArray log = expect(200, api.get("access-log?person=" + id)).items();
        assertTrue(log.stream().anyMatch(e -> e.asJsonObject().getString("username").startsWith("search-handler-")
                && e.asJsonObject().getString("what").equals("FULL_ID_NUMBER")), log.toString());
    }
}
