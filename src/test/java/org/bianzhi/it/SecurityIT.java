package org.bianzhi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sign-in, its throttling, a unit clerk's scope, masked ID numbers and the access log. */
class SecurityIT extends ApiTest {

    private static final String PASSWORD = "Secure2026pass";

    private String account(String username, String role, String unitCode) {
        expect(201, api.post("accounts", Api.obj("username", username, "displayName", "测试用户", "password", PASSWORD,
                "role", role, "unitCode", unitCode)));
        return username;
    }

    private long personAt(String unit, String name) {
        long id = person(name, "CIVIL_SERVANT", LocalDate.of(1986, 3, 3)).getJsonNumber("id").longValue();
        expect(201, api.post("people/" + id + "/occupancies", Api.obj("unitCode", unit, "quotaType", "ADMINISTRATIVE",
                "validFrom", "2021-01-01", "entryRoute", "EXAM", "basisDocument", "存量登记")));
        return id;
    }

    @Test
    void noAnswerOfTheApiIsKeptByABrowserOrProxyOrSniffedForAnotherType() {
        for (Api.Answer a : List.of(api.get("people?limit=5"), api.get("people/999999999"), api.withToken(null).get("units"),
                api.get("reports/vacancies?format=csv"))) {
            assertEquals("no-store", a.header("Cache-Control"), a::toString);
            assertEquals("nosniff", a.header("X-Content-Type-Options"), a::toString);
        }
    }

    @Test
    void aPasswordResetARoleOrUnitChangeOrADisableEndsEverySessionOfTheAccount() {
        String unit = unit(true, "瑞安市会话测试局", null);
        String other = unit(true, "瑞安市会话测试二局", null);
        String user = account("sessions-" + unit.substring(8, 17).toLowerCase(), "UNIT_CLERK", unit);
        Api anonymous = api.withToken(null);
        List<Runnable> changes = List.of(
                () -> expect(200, api.post("accounts/" + user + "/password", Api.obj("password", "Secure2026next"))),
                () -> expect(200, api.edit("accounts/" + user, Api.obj("unitCode", other))),
                () -> expect(200, api.edit("accounts/" + user, Api.obj("role", "INSPECTOR"))),
                () -> expect(200, api.edit("accounts/" + user, Api.obj("enabled", false))));
        String password = PASSWORD;
        for (int i = 0; i < changes.size(); i++) {
            if (i == 1) password = "Secure2026next";
            Api first = anonymous.signIn(user, password);
            Api second = anonymous.signIn(user, password);
            expect(200, first.get("units?top=true"));
            changes.get(i).run();
            for (Api session : List.of(first, second)) {
                var ended = expect(401, session.get("units?top=true"));
                assertTrue(List.of("session-ended", "account-disabled").contains(ended.json().getString("code")), ended::toString);
            }
        }
        expect(200, api.get("units?top=true"));
    }

    /** Status, body and headers but the date: what tells a real name from an unknown one, if anything does. */
    private static void sameAnswer(Api.Answer real, Api.Answer unknown) {
        assertEquals(real.status(), unknown.status(), () -> real + " / " + unknown);
        assertEquals(real.raw(), unknown.raw());
        var a = new java.util.TreeMap<>(real.headers().map());
        var b = new java.util.TreeMap<>(unknown.headers().map());
        a.remove("date");
        b.remove("date");
        assertEquals(a, b);
    }

    private static String signInBody(String user, String password) {
        return Api.obj("username", user, "password", password);
    }

    @Test
    void wrongPasswordsSlowAGuesserDownAlikeForRealAndUnknownNamesButNeverKeepTheUserOut() {
        String user = account("throttle-test", "OFFICE", null);
        String unknown = "throttle-nobody";
        Api office = api.withToken(null).from("10.19.5.1");
        office.signIn(user, PASSWORD); // the user's own address: known for the account from now on
        Api guesser = api.withToken(null).from("198.51.100.5");
        for (int i = 0; i < 6; i++) {
            var real = expect(401, guesser.post("session", signInBody(user, "wrong-" + i)));
            assertEquals("wrong-credentials", real.json().getString("code"));
            sameAnswer(real, guesser.post("session", signInBody(unknown, "wrong-" + i)));
        }
        // the sixth failure of the pair: a minute's wait, without the password being looked at
        var throttled = expect(429, guesser.post("session", signInBody(user, PASSWORD)));
        assertEquals("sign-in-throttled", throttled.json().getString("code"));
        assertEquals("60", throttled.header("Retry-After"));
        assertTrue(throttled.json().getString("detail").contains("1 分钟后再试"), throttled::toString);
        sameAnswer(throttled, guesser.post("session", signInBody(unknown, PASSWORD)));
        // the user elsewhere is not kept out
        expect(201, api.withToken(null).from("203.0.113.20").post("session", signInBody(user, PASSWORD)));

        // guessers at many addresses: after ten failures of the name, new addresses wait too, real or unknown alike
        for (int i = 0; i < 5; i++) {
            Api bot = api.withToken(null).from("198.51.100." + (100 + i));
            sameAnswer(expect(401, bot.post("session", signInBody(user, "bot-" + i))), bot.post("session", signInBody(unknown, "bot-" + i)));
        }
        Api stranger = api.withToken(null).from("203.0.113.21");
        sameAnswer(expect(429, stranger.post("session", signInBody(user, PASSWORD))), stranger.post("session", signInBody(unknown, PASSWORD)));
        // where the user signed in before, the right password still gets in
        assertEquals("OFFICE", expect(201, office.post("session", signInBody(user, PASSWORD))).json().getString("role"));

        JsonObject view = expect(200, api.get("accounts")).items().stream().map(v -> v.asJsonObject())
                .filter(v -> v.getString("username").equals(user)).findFirst().orElseThrow();
        assertTrue(view.getBoolean("locked"), view::toString);
        assertEquals(11, view.getInt("failedAttempts"), view::toString);
        // an administrator lifts it: the name's counts are forgotten
        expect(200, api.post("accounts/" + user + "/unlock", "{}"));
        JsonObject session = expect(201, guesser.post("session", signInBody(user, PASSWORD))).json();
        assertTrue(session.getString("expiresAt").startsWith("20"), session::toString);
    }

    @Test
    void aDisabledAccountSaysSoOnlyToWhoKnowsItsPassword() {
        String user = account("disabled-test", "INSPECTOR", null);
        expect(200, api.edit("accounts/" + user, Api.obj("enabled", false)));
        Api client = api.withToken(null).from("198.51.100.9");
        sameAnswer(expect(401, client.post("session", signInBody(user, "wrong-1"))), client.post("session", signInBody("disabled-nobody", "wrong-1")));
        assertEquals("account-disabled", expect(401, client.post("session", signInBody(user, PASSWORD))).json().getString("code"));
    }

    @Test
    void aSignedOutOrExpiredTokenIsRefusedAndWeakPasswordsAreNot() throws Exception {
        var weak = expect(422, api.post("accounts", Api.obj("username", "weak-one", "displayName", "弱密码", "password", "123456",
                "role", "INSPECTOR")));
        assertEquals("password", weak.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        String user = account("session-test", "INSPECTOR", null);
        Api signedIn = api.withToken(null).signIn(user, PASSWORD);
        assertEquals(user, expect(200, signedIn.get("session")).json().getString("username"));
        expect(204, signedIn.delete("session"));
        assertEquals("session-ended", expect(401, signedIn.get("units")).json().getString("code"));
        Api brief = api.withToken(expect(201, api.withToken(null).post("session", Api.obj("username", user, "password", PASSWORD,
                "expiresInSeconds", 1))).json().getString("token"));
        expect(200, brief.get("session"));
        Thread.sleep(1500);
        assertEquals("session-ended", expect(401, brief.get("session")).json().getString("code"));
        assertEquals("not-signed-in", expect(401, api.withToken(null).get("units")).json().getString("code"));
    }

    @Test
    void aUnitClerkSeesOnlyTheirUnitAndItsSubordinatesByIdListFilterAndImport() {
        String bureau = unit(true, "瑞安市文化广电旅游体育局", null);
        String library = unit(false, "瑞安市图书馆（范围测试）", bureau);
        String other = unit(true, "瑞安市财政局", null);
        approveQuota(bureau, "ADMINISTRATIVE", 5, "2020-01-01");
        approveQuota(other, "ADMINISTRATIVE", 5, "2020-01-01");
        long mine = personAt(bureau, Fixtures.uniqueName("文"));
        long theirs = personAt(other, Fixtures.uniqueName("财"));
        Api clerk = api.withToken(null).signIn(account("clerk-scope", "UNIT_CLERK", bureau), PASSWORD);

        expect(200, clerk.get("units/" + bureau));
        expect(200, clerk.get("units/" + library + "/establishment"));
        var hidden = expect(404, clerk.get("units/" + other));
        assertTrue(hidden.json().getString("detail").contains("未找到"), "the other unit is not confirmed to exist");
        expect(404, clerk.get("units/" + other + "/establishment"));
        expect(404, clerk.get("units/" + other + "/people"));
        JsonObject units = expect(200, clerk.get("units?limit=500")).json();
        assertEquals(2, units.getInt("total"), units::toString);

        expect(200, clerk.get("people/" + mine));
        expect(404, clerk.get("people/" + theirs));
        assertEquals(1, expect(200, clerk.get("people?limit=500")).json().getInt("total"));
        expect(404, clerk.post("people/" + theirs + "/postings", Api.obj("unitCode", bureau, "postType", "ADMINISTRATIVE_POST",
                "validFrom", "2026-01-01")));
        expect(404, clerk.post("people/" + mine + "/postings", Api.obj("unitCode", other, "postType", "ADMINISTRATIVE_POST",
                "validFrom", "2026-01-01")));
        expect(404, clerk.post("staffing-plans", Api.obj("unitCode", other, "quotaType", "ADMINISTRATIVE", "count", 1)));
        expect(201, clerk.post("staffing-plans", Api.obj("unitCode", bureau, "quotaType", "ADMINISTRATIVE", "count", 1)));
        expect(201, api.post("staffing-plans", Api.obj("unitCode", other, "quotaType", "ADMINISTRATIVE", "count", 1)));
        assertTrue(expect(200, clerk.get("staffing-plans?limit=500")).items().stream()
                .allMatch(p -> p.asJsonObject().getString("unitCode").equals(bureau)));

        String roster = "身份证号,姓名,人员身份,编制单位代码,编制类型,入编日期,工作单位代码,岗位类型\n"
                + Fixtures.idNumber(LocalDate.of(1990, 1, 1), true) + "," + Fixtures.uniqueName("文") + ",公务员," + bureau + ",行政编制,2022-01-01," + bureau + ",行政岗位\n"
                + Fixtures.idNumber(LocalDate.of(1990, 1, 2), true) + "," + Fixtures.uniqueName("财") + ",公务员," + other + ",行政编制,2022-01-01," + other + ",行政岗位\n";
        JsonObject report = expect(200, clerk.postBytes("imports/roster?mode=valid-rows", "text/csv",
                roster.getBytes(StandardCharsets.UTF_8))).json();
        assertEquals(1, report.getInt("created"), report::toString);
        JsonObject refused = report.getJsonArray("rejected").getJsonObject(0);
        assertEquals(3, refused.getInt("row"));
        assertEquals("编制单位代码", refused.getString("column"));
        assertEquals(403, clerk.postBytes("imports/units", "text/csv", "单位代码\n1\n".getBytes(StandardCharsets.UTF_8)).status());
    }

    @Test
    void idNumbersAreMaskedForInspectorsAndClerksAndFullReadsAreLogged() {
        String unit = unit(true, "瑞安市信访局", null);
        approveQuota(unit, "ADMINISTRATIVE", 3, "2020-01-01");
        long id = personAt(unit, Fixtures.uniqueName("信"));
        String full = expect(200, api.get("people/" + id)).json().getJsonObject("person").getString("idNumber");
        String office = account("office-mask", "OFFICE", null);
        Api officeApi = api.withToken(null).signIn(office, PASSWORD);
        Api inspector = api.withToken(null).signIn(account("inspector-mask", "INSPECTOR", null), PASSWORD);
        Api clerk = api.withToken(null).signIn(account("clerk-mask", "UNIT_CLERK", unit), PASSWORD);
        Api handler = api.withToken(null).signIn(account("handler-mask", "COMPLAINT_HANDLER", null), PASSWORD);

        String masked = full.substring(0, 6) + "********" + full.substring(14);
        for (Api restricted : List.of(inspector, clerk)) {
            JsonObject dossier = expect(200, restricted.get("people/" + id)).json();
            assertEquals(masked, dossier.getJsonObject("person").getString("idNumber"));
            assertTrue(!dossier.toString().contains(full), "no full number anywhere in the answer, change log included");
        }
        assertEquals(full, expect(200, handler.get("people/" + id)).json().getJsonObject("person").getString("idNumber"));
        assertEquals(full, expect(200, officeApi.get("people/" + id)).json().getJsonObject("person").getString("idNumber"));

        var log = expect(200, inspector.get("access-log?user=" + office + "&person=" + id)).items();
        assertEquals(1, log.size(), log::toString);
        assertEquals("FULL_RECORD", log.getJsonObject(0).getString("what"));
        assertEquals("GET /api/v1/people/" + id, log.getJsonObject(0).getString("path").replaceFirst("^GET /[^/]+/api", "GET /api"));
        expect(403, clerk.get("access-log"));
    }

    @Test
    void onlyAnAdministratorMayLetSomeoneInBeyondTheQuota() {
        String unit = unit(true, "瑞安市机关事务管理局", null);
        approveQuota(unit, "ADMINISTRATIVE", 0, "2020-01-01");
        Api office = api.withToken(null).signIn(account("office-override", "OFFICE", null), PASSWORD);
        String body = increase(unit, "ADMINISTRATIVE", "谢一", null).replaceFirst("\\}$", ",\"overrideReason\":\"军转干部指令性安置\"}");
        assertEquals("forbidden", expect(403, office.post("notices", body)).json().getString("code"));
        JsonObject notice = expect(201, api.post("notices", body)).json();
        assertEquals("admin", notice.getString("issuedBy"));
    }
}
