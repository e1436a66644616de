package org.bianzhi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.bianzhi.complaint.infrastructure.AesGcmReporterCipher;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * 12310 举报受理: cases, their workflow, due dates, links, the view as of the complaint's date, and above all the
 * reporter's confidentiality — sealed at rest, shown to handlers only, every showing logged.
 */
class ComplaintIT extends ApiTest {

    private static final String PASSWORD = "Jubao2026itest";
    private static int accounts;

    /** Signs in a new account of {@code role} ({@code unit} for a unit clerk); its user name is {@link Api#token()}'s owner. */
    private Api account(String role, String unit) {
        String username = "compl-" + role.toLowerCase().replace('_', '-') + "-" + (++accounts) + "-" + System.nanoTime() % 100000;
        expect(201, api.post("accounts", Api.obj("username", username, "displayName", "举报测试", "password", PASSWORD,
                "role", role, "unitCode", unit)));
        lastUsername = username;
        return api.withToken(null).signIn(username, PASSWORD);
    }

    private String lastUsername;

    private JsonObject create(Api as, Object... fields) {
        return expect(201, as.post("complaints", Api.obj(fields))).json();
    }

    private static long id(JsonObject detail) {
        return detail.getJsonObject("complaint").getJsonNumber("id").longValue();
    }

    private long personId(String surname) {
        return person(Fixtures.uniqueName(surname), "CIVIL_SERVANT", LocalDate.of(1980, 5, 5)).getJsonNumber("id").longValue();
    }

    private long occupy(long person, String unit, String from) {
        return expect(201, api.post("people/" + person + "/occupancies", Api.obj("unitCode", unit, "quotaType", "ADMINISTRATIVE",
                "validFrom", from, "entryRoute", "EXAM", "increaseNoticeNumber", "Z2019-00001", "basisDocument", "存量登记")))
                .json().getJsonNumber("id").longValue();
    }

    private static Set<String> fields(Api.Answer a) {
        return a.json().getJsonArray("errors").stream().map(v -> v.asJsonObject().getString("field")).collect(Collectors.toSet());
    }

    private List<JsonObject> reporterReads(long complaint) {
        return expect(200, api.get("access-log?complaint=" + complaint)).items().stream().map(JsonValue::asJsonObject).toList();
    }

    @Test
    void theReporterIsShownToHandlersOnlyAndEveryShowingIsLogged() {
        String unit = unit(true, "瑞安市人力社保局", null);
        Api handler = account("COMPLAINT_HANDLER", null);
        String handlerName = lastUsername;
        Api inspector = account("INSPECTOR", null);
        Api office = account("OFFICE", null);
        String reporter = Fixtures.uniqueName("欧阳");
        String contact = "手机1391" + String.format("%07d", System.nanoTime() % 10_000_000);
        JsonObject created = create(handler, "channel", "12310电话", "receivedOn", "2026-06-10", "subject", "某局违规进人 " + reporter.length(),
                "categories", "[\"OVER_QUOTA_HIRING\",\"混编混岗\"]", "unitCodes", "[\"" + unit + "\"]",
                "reporterName", reporter, "reporterContact", contact);
        long id = id(created);
        JsonObject summary = created.getJsonObject("complaint");
        assertTrue(summary.getString("caseNumber").matches("JB2026-\\d{5}"), summary::toString);
        assertEquals(handlerName, summary.getString("handler"), "the handler defaults to the creator");
        assertEquals(List.of("超编进人", "混编混岗"), summary.getJsonArray("categoryLabels").stream()
                .map(v -> ((jakarta.json.JsonString) v).getString()).sorted(java.util.Comparator.reverseOrder()).toList());
        assertFalse(created.toString().contains(reporter), "a change's answer does not echo the reporter: " + created);
        assertTrue(reporterReads(id).isEmpty());

        JsonObject seen = expect(200, handler.get("complaints/" + id)).json();
        assertEquals(reporter, seen.getJsonObject("reporter").getString("name"));
        assertEquals(contact, seen.getJsonObject("reporter").getString("contact"));
        List<JsonObject> log = reporterReads(id);
        assertEquals(1, log.size(), log::toString);
        assertEquals(List.of(handlerName, "REPORTER_IDENTITY", "COMPLAINT_HANDLER"),
                List.of(log.get(0).getString("username"), log.get(0).getString("what"), log.get(0).getString("role")));
        assertTrue(log.get(0).getString("path").matches("GET .*/api/v1/complaints/" + id), log.get(0)::toString);
        assertFalse(log.get(0).containsKey("personId") && !log.get(0).isNull("personId"), "the line names no person");
        assertEquals(id, log.get(0).getJsonNumber("complaintId").longValue());

        String number = summary.getString("caseNumber");
        for (Api reader : List.of(inspector, office)) {
            Api.Answer view = expect(200, reader.get("complaints/" + id));
            assertTrue(noReporter(view.json()), view::toString);
            assertEquals(number, view.json().getJsonObject("complaint").getString("caseNumber"));
            List<Api.Answer> answers = List.of(view, expect(200, reader.get("complaints?q=" + number)),
                    expect(200, reader.get("complaints/" + id + "/as-of")));
            for (Api.Answer a : answers) {
                assertFalse(a.raw().contains(reporter) || a.raw().contains(contact), "reporter disclosed: " + a);
            }
        }
        Api.Answer list = expect(200, handler.get("complaints?q=" + number));
        assertEquals(1, list.json().getInt("total"));
        assertFalse(list.raw().contains(reporter) || list.raw().contains(contact), "a list never shows the reporter: " + list);
        assertFalse(expect(200, handler.get("complaints/" + id + "/as-of")).raw().contains(reporter));
        assertEquals(1, reporterReads(id).size(), "only the handler's single-case view showed the reporter");

        expect(200, api.get("complaints/" + id));
        assertEquals(Set.of(handlerName, "admin"), reporterReads(id).stream().map(e -> e.getString("username")).collect(Collectors.toSet()));
        expect(403, office.get("access-log?complaint=" + id));
        assertEquals(2, expect(200, inspector.get("access-log?complaint=" + id)).items().size());
    }

    /** On PostgreSQL the test reads the tables of its schema; on H2 (the file is held by the server) it reads the file's bytes. */
    @Test
    void theReporterIsStoredEncryptedAndNeverInTheChangeLog() throws Exception {
        Api handler = account("COMPLAINT_HANDLER", null);
        String reporter = Fixtures.uniqueName("司马");
        String contact = "reporter" + System.nanoTime() + "@example.cn";
        String subject = "举报" + Fixtures.uniqueName("某局") + "吃空饷";
        long id = id(create(handler, "channel", "LETTER", "receivedOn", "2026-06-01", "subject", subject,
                "categories", "[\"GHOST_PAYROLL\"]", "reporterName", reporter, "reporterContact", contact));
        // an edit of the reporter is logged as such, never with the new value
        String newContact = "new" + contact;
        expect(200, handler.edit("complaints/" + id, Api.obj("reporterContact", newContact, "note", "举报人更换联系方式")));
        JsonObject seen = expect(200, handler.get("complaints/" + id)).json();
        assertEquals(List.of(reporter, newContact), List.of(seen.getJsonObject("reporter").getString("name"),
                seen.getJsonObject("reporter").getString("contact")));
        assertTrue(seen.getJsonArray("history").stream().anyMatch(s -> s.asJsonObject().getString("note", "").contains("举报人信息已更新")),
                seen::toString);

        if ("postgresql".equals(TestDatabase.kind())) {
            try (Connection c = pg()) {
                List<String> stored = strings(c, "select reporter_name, reporter_contact, subject from complaint where id = ?", id);
                assertEquals(subject, stored.get(2), "the subject is plain text: the query reads the right row");
                for (String sealed : stored.subList(0, 2)) {
                    assertTrue(sealed.startsWith("k2:"), sealed);
                    assertFalse(sealed.contains(reporter) || sealed.contains(contact) || sealed.contains(newContact), sealed);
                }
                List<String> logged = strings(c, "select coalesce(before_state, '') || after_state from change_log"
                        + " where entity_type = 'complaint' and entity_id = ?", id);
                assertEquals(2, logged.size(), logged::toString);
                assertTrue(logged.get(0).contains(subject) && logged.get(0).contains("已登记（加密保存）"), logged::toString);
                for (String state : logged) {
                    assertFalse(state.contains(reporter) || state.contains(contact) || state.contains(newContact), state);
                }
                assertTrue(logged.stream().anyMatch(s -> s.contains("举报人信息已更新")), logged::toString);
            }
        } else {
            // H2's MVStore writes text in its own variant of UTF-8; the subject, plain text, proves the scan finds text
            Path file = Path.of(System.getenv("BIANZHI_DATA_DIR"), "bianzhi.mv.db");
            byte[] db = new byte[0];
            for (int i = 0; i < 50 && !contains(db, subject); i++) {
                if (i > 0) Thread.sleep(200);
                db = Files.readAllBytes(file);
            }
            assertTrue(contains(db, subject), "the subject (plain text) is in the database file: the scan can see text");
            for (String secret : List.of(reporter, contact, newContact)) {
                assertFalse(contains(db, secret), "plain text in the H2 file: " + secret);
            }
        }
    }

    /** Rotation: a value sealed with the old key k1 still opens; re-encryption moves it to k2 (PostgreSQL: written over JDBC). */
    @Test
    void reencryptionMovesValuesOfTheOldKeyToTheCurrentOne() throws Exception {
        Assumptions.assumeTrue("postgresql".equals(TestDatabase.kind()), "needs to write a k1 value into the table");
        Api handler = account("COMPLAINT_HANDLER", null);
        String reporter = Fixtures.uniqueName("诸葛");
        long id = id(create(handler, "channel", "WEBSITE", "receivedOn", "2026-06-02", "subject", "网站举报",
                "categories", "[\"OTHER\"]", "reporterName", "临时"));
        String keys = System.getenv("BIANZHI_COMPLAINTS_KEYS");
        String k1Only = java.util.Arrays.stream(keys.split(",")).filter(k -> k.startsWith("k1:")).findFirst().orElseThrow();
        String sealedWithK1 = AesGcmReporterCipher.configured(k1Only, "k1").seal("reporterName", reporter);
        try (Connection c = pg(); PreparedStatement s = c.prepareStatement("update complaint set reporter_name = ? where id = ?")) {
            s.setString(1, sealedWithK1);
            s.setLong(2, id);
            assertEquals(1, s.executeUpdate());
        }
        assertEquals(reporter, expect(200, handler.get("complaints/" + id)).json().getJsonObject("reporter").getString("name"));
        expect(403, handler.post("complaints/reencryption", "{}"));
        JsonObject outcome = expect(200, api.post("complaints/reencryption", "{}")).json();
        assertEquals("k2", outcome.getString("keyId"));
        assertTrue(outcome.getInt("reencrypted") >= 1, outcome::toString);
        try (Connection c = pg()) {
            String now = strings(c, "select reporter_name from complaint where id = ?", id).get(0);
            assertTrue(now.startsWith("k2:") && !now.contains(reporter), now);
        }
        assertEquals(reporter, expect(200, handler.get("complaints/" + id)).json().getJsonObject("reporter").getString("name"));
        assertEquals(0, expect(200, api.post("complaints/reencryption", "{}")).json().getInt("reencrypted"), "nothing left to move");
    }

    @Test
    void anAnonymousComplaintTakesNoReporter() {
        Api handler = account("COMPLAINT_HANDLER", null);
        Api.Answer refused = expect(422, handler.post("complaints", Api.obj("channel", "VISIT", "receivedOn", "2026-06-03",
                "subject", "来访举报", "categories", "[\"OTHER\"]", "anonymous", true, "reporterName", "王某", "reporterContact", "13900000000")));
        assertEquals(Set.of("reporterName", "reporterContact"), fields(refused));
        assertTrue(refused.raw().contains("匿名举报不能登记举报人姓名"), refused::toString);
        JsonObject ok = create(handler, "channel", "VISIT", "receivedOn", "2026-06-03", "subject", "来访举报",
                "categories", "[\"OTHER\"]", "anonymous", true);
        assertTrue(ok.getJsonObject("complaint").getBoolean("anonymous"));
        assertTrue(noReporter(expect(200, handler.get("complaints/" + id(ok))).json()));
        // a case cannot be made anonymous while keeping the reporter: the edit drops it
        long named = id(create(handler, "channel", "PHONE", "receivedOn", "2026-06-03", "subject", "电话举报",
                "categories", "[\"OTHER\"]", "reporterName", "赵某"));
        expect(200, handler.edit("complaints/" + named, Api.obj("anonymous", true)));
        assertTrue(noReporter(expect(200, handler.get("complaints/" + named)).json()));
    }

    @Test
    void statusStepsGoInOrderAndNeedAResultToConclude() {
        Api handler = account("COMPLAINT_HANDLER", null);
        String handlerName = lastUsername;
        long id = id(create(handler, "channel", "PHONE", "receivedOn", "2026-06-05", "subject", "混编混岗",
                "categories", "[\"MIXED_POSTS\"]"));
        Api.Answer early = expect(409, handler.post("complaints/" + id + "/conclude", Api.obj("result", "TRUE", "conclusion", "属实")));
        assertTrue(early.json().getString("detail").contains("当前状态为“受理”"), early::toString);

        JsonObject investigating = expect(200, handler.post("complaints/" + id + "/investigate", Api.obj("note", "转核查"))).json();
        assertEquals("INVESTIGATING", investigating.getJsonObject("complaint").getString("status"));
        Api.Answer again = expect(409, handler.post("complaints/" + id + "/investigate", "{}"));
        assertTrue(again.json().getString("detail").contains("当前状态为“核查”"), again::toString);

        Api.Answer noResult = expect(422, handler.post("complaints/" + id + "/conclude", Api.obj("conclusion", "经核查属实")));
        assertEquals(Set.of("result"), fields(noResult));
        Api.Answer badResult = expect(422, handler.post("complaints/" + id + "/conclude", Api.obj("result", "大概", "conclusion", "x")));
        assertTrue(badResult.raw().contains("属实/部分属实/不属实"), badResult::toString);

        JsonObject done = expect(200, handler.post("complaints/" + id + "/conclude", Api.obj("result", "部分属实",
                "conclusion", "经核查部分属实，已责令整改"))).json().getJsonObject("complaint");
        assertEquals(List.of("CONCLUDED", "PARTLY_TRUE", "经核查部分属实，已责令整改", "2026-06-30"),
                List.of(done.getString("status"), done.getString("result"),
                        done.getString("conclusion"), done.getString("concludedOn")));
        JsonArray history = expect(200, handler.get("complaints/" + id)).json().getJsonArray("history");
        assertEquals(List.of("RECEIVED/RECEIVED", "INVESTIGATION_STARTED/INVESTIGATING", "CONCLUDED/CONCLUDED"),
                history.stream().map(v -> v.asJsonObject().getString("action") + "/"
                        + v.asJsonObject().getString("status")).toList());
        assertTrue(history.stream().allMatch(v -> v.asJsonObject().getString("actor").equals(handlerName)));
        assertEquals("转核查", history.getJsonObject(1).getString("note"));
        expect(409, handler.edit("complaints/" + id, Api.obj("subject", "改")));
    }

    @Test
    void theDueDateDefaultsTo60DaysAndOverdueCasesAreListed() {
        String unit = unit(true, "瑞安市教育局", null);
        Api handler = account("COMPLAINT_HANDLER", null);
        Api office = account("OFFICE", null);
        String units = "[\"" + unit + "\"]";
        JsonObject late = create(handler, "channel", "PHONE", "receivedOn", "2026-04-01", "subject", "逾期", "categories",
                "[\"GHOST_PAYROLL\"]", "unitCodes", units).getJsonObject("complaint");
        assertEquals("2026-05-31", late.getString("dueDate"));
        assertEquals(List.of(true, 30), List.of(late.getBoolean("overdue"), late.getInt("daysOverdue")));
        JsonObject inTime = create(handler, "channel", "PHONE", "receivedOn", "2026-06-01", "subject", "未到期", "categories",
                "[\"GHOST_PAYROLL\"]", "unitCodes", units).getJsonObject("complaint");
        assertEquals("2026-07-31", inTime.getString("dueDate"));
        assertFalse(inTime.getBoolean("overdue"));
        JsonObject given = create(handler, "channel", "PHONE", "receivedOn", "2026-03-01", "subject", "指定期限", "categories",
                "[\"GHOST_PAYROLL\"]", "unitCodes", units, "dueDate", "2026-06-29").getJsonObject("complaint");
        assertEquals(1, given.getInt("daysOverdue"));
        long closed = create(handler, "channel", "PHONE", "receivedOn", "2026-02-01", "subject", "已办结", "categories",
                "[\"GHOST_PAYROLL\"]", "unitCodes", units).getJsonObject("complaint").getJsonNumber("id").longValue();
        expect(200, handler.post("complaints/" + closed + "/investigate", "{}"));
        expect(200, handler.post("complaints/" + closed + "/conclude", Api.obj("result", "UNTRUE", "conclusion", "不属实")));

        JsonObject overdue = expect(200, office.get("complaints?overdue=true&unit=" + unit)).json();
        assertEquals(List.of(late.getString("caseNumber") + ":30", given.getString("caseNumber") + ":1"),
                overdue.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("caseNumber") + ":"
                        + v.asJsonObject().getInt("daysOverdue")).toList());
        assertEquals(4, expect(200, office.get("complaints?unit=" + unit)).json().getInt("total"));
        assertEquals(1, expect(200, office.get("complaints?unit=" + unit + "&status=办结")).json().getInt("total"));
        assertEquals(0, expect(200, office.get("complaints?unit=" + unit + "&category=OVER_LEADERSHIP")).json().getInt("total"));
        assertEquals(4, expect(200, office.get("complaints?unit=" + unit + "&category=吃空饷")).json().getInt("total"));
        expect(422, office.get("complaints?status=whatever"));
    }

    @Test
    void unknownLinksAreRefusedNamingEachField() {
        Api handler = account("COMPLAINT_HANDLER", null);
        Api.Answer refused = expect(422, handler.post("complaints", Api.obj("channel", "PHONE", "receivedOn", "2026-06-05",
                "subject", "x", "categories", "[\"OTHER\"]", "unitCodes", "[\"" + Fixtures.unitCode(true) + "\"]",
                "personIds", "[999999999]", "findingIds", "[999999998]", "handler", "nobody-here")));
        assertEquals(Set.of("unitCodes", "personIds", "findingIds", "handler"), fields(refused), refused::toString);
        assertTrue(refused.raw().contains("999999999") && refused.raw().contains("nobody-here"), refused::toString);
        Api.Answer future = expect(422, handler.post("complaints", Api.obj("channel", "电报", "receivedOn", "2026-07-05",
                "categories", "[]")));
        assertEquals(Set.of("channel", "receivedOn", "subject", "categories"), fields(future), future::toString);
        // a unit clerk (or an inspector) cannot handle cases
        account("INSPECTOR", null);
        Api.Answer notHandler = expect(422, handler.post("complaints", Api.obj("channel", "PHONE", "receivedOn", "2026-06-05",
                "subject", "x", "categories", "[\"OTHER\"]", "handler", lastUsername)));
        assertEquals(Set.of("handler"), fields(notHandler));
    }

    @Test
    void theCaseShowsItsPeopleWithTheirCurrentQuotaAndItsFindings() throws Exception {
        String unit = unit(true, "瑞安市卫健局", null);
        long person = personId("林");
        occupy(person, unit, "2021-03-01");
        expect(201, api.post("people/" + person + "/postings", Api.obj("unitCode", unit, "postType", "ADMINISTRATIVE_POST",
                "arrangement", "REGULAR", "validFrom", "2021-03-01", "basisDocument", "存量登记")));
        long unnoticed = personId("何");
        expect(201, api.post("people/" + unnoticed + "/occupancies", Api.obj("unitCode", unit, "quotaType", "ADMINISTRATIVE",
                "validFrom", "2022-01-01", "entryRoute", "EXAM", "basisDocument", "存量登记")));
        JsonObject finding = null;
        for (int i = 0; i < 50 && finding == null; i++) {
            JsonArray items = expect(200, api.get("findings?unit=" + unit + "&rule=ENTRY_WITHOUT_NOTICE")).json().getJsonArray("items");
            if (!items.isEmpty()) finding = items.getJsonObject(0);
            else Thread.sleep(200);
        }
        assertNotNull(finding, "the audit found the entry without notice");
        Api handler = account("COMPLAINT_HANDLER", null);
        Api inspector = account("INSPECTOR", null);
        long id = id(create(handler, "channel", "PHONE", "receivedOn", "2026-06-05", "subject", "无通知单进编",
                "categories", "[\"OVER_QUOTA_HIRING\"]", "unitCodes", "[\"" + unit + "\"]", "personIds", "[" + person + "]",
                "findingIds", "[" + finding.getJsonNumber("id") + "]"));
        JsonObject view = expect(200, handler.get("complaints/" + id)).json();
        JsonObject p = view.getJsonArray("people").getJsonObject(0);
        String idNumber = p.getJsonObject("person").getString("idNumber");
        assertTrue(idNumber.matches("\\d{17}[\\dX]"), "handlers see the full ID number: " + idNumber);
        JsonObject occupancy = p.getJsonObject("current").getJsonArray("occupancies").getJsonObject(0);
        assertEquals(List.of(unit, "ADMINISTRATIVE"), List.of(occupancy.getString("unitCode"), occupancy.getString("quotaType")));
        assertEquals("ADMINISTRATIVE_POST", p.getJsonObject("current").getJsonArray("postings").getJsonObject(0).getString("postType"));
        assertEquals(unit, view.getJsonArray("units").getJsonObject(0).getString("code"));
        JsonObject f = view.getJsonArray("findings").getJsonObject(0);
        assertEquals(List.of("ENTRY_WITHOUT_NOTICE", "无通知单进编", finding.getString("message")),
                List.of(f.getString("rule"), f.getString("ruleLabel"), f.getString("message")));
        assertTrue(expect(200, api.get("access-log?person=" + person)).items().stream()
                .anyMatch(e -> e.asJsonObject().getString("path").endsWith("/api/v1/complaints/" + id)), "the full ID number shown is logged");
        String masked = expect(200, inspector.get("complaints/" + id)).json().getJsonArray("people").getJsonObject(0)
                .getJsonObject("person").getString("idNumber");
        assertTrue(masked.contains("********") && !masked.equals(idNumber), masked);
    }

    @Test
    void theAsOfViewShowsTheUnitAndPeopleOnTheIncidentDate() {
        String unit = unit(true, "瑞安市住建局", null);
        approveQuota(unit, "ADMINISTRATIVE", 5, "2020-01-01");
        long left = personId("钱");
        long leftOccupancy = occupy(left, unit, "2020-03-01");
        expect(201, api.post("notices", Api.obj("kind", "DECREASE", "occupancyId", leftOccupancy, "exitDate", "2025-12-31",
                "reason", "调出")));
        long stayed = personId("孙");
        occupy(stayed, unit, "2021-03-01");
        long entered = personId("李");
        occupy(entered, unit, "2026-05-01");
        Api handler = account("COMPLAINT_HANDLER", null);
        long id = id(create(handler, "channel", "LETTER", "receivedOn", "2026-06-10", "incidentDate", "2026-02-01",
                "subject", "2026年2月超编", "categories", "[\"OVER_QUOTA_HIRING\"]", "unitCodes", "[\"" + unit + "\"]",
                "personIds", "[" + left + "," + entered + "]"));

        JsonObject asOf = expect(200, handler.get("complaints/" + id + "/as-of")).json();
        assertEquals("2026-02-01", asOf.getString("date"));
        JsonObject u = asOf.getJsonArray("units").getJsonObject(0);
        assertEquals(expect(200, api.get("units/" + unit + "/establishment?asOf=2026-02-01")).json(), u.getJsonObject("establishment"),
                "the same numbers as the unit's establishment on the date");
        JsonObject line = u.getJsonObject("establishment").getJsonArray("quotas").getJsonObject(0);
        assertEquals(List.of(5, 1), List.of(line.getInt("approved"), line.getInt("occupied")));
        JsonObject people = u.getJsonObject("people");
        assertEquals(1, people.getInt("total"));
        assertEquals(List.of(stayed), people.getJsonArray("items").stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList(),
                "only who was there on the incident date: not who left before it, nor who entered after it");

        JsonArray linked = asOf.getJsonArray("people");
        assertEquals(List.of(left, entered), linked.stream().map(v -> v.asJsonObject().getJsonObject("person").getJsonNumber("id").longValue()).toList());
        assertTrue(linked.getJsonObject(0).getJsonObject("records").getJsonArray("occupancies").isEmpty(), "left on 2025-12-31");
        assertTrue(linked.getJsonObject(1).getJsonObject("records").getJsonArray("occupancies").isEmpty(), "entered on 2026-05-01");

        JsonObject later = expect(200, handler.get("complaints/" + id + "/as-of?date=2026-06-30&limit=1")).json();
        JsonObject laterPeople = later.getJsonArray("units").getJsonObject(0).getJsonObject("people");
        assertEquals(List.of(2, 1), List.of(laterPeople.getInt("total"), laterPeople.getJsonArray("items").size()), "capped, with the total");
        assertEquals(1, later.getJsonArray("people").getJsonObject(1).getJsonObject("records").getJsonArray("occupancies").size());
        expect(422, handler.get("complaints/" + id + "/as-of?date=2026-13-01"));
    }

    @Test
    void unitClerksHaveNoAccessAndEditsNeedTheHandlerRole() {
        String unit = unit(true, "瑞安市民政局", null);
        Api handler = account("COMPLAINT_HANDLER", null);
        long id = id(create(handler, "channel", "PHONE", "receivedOn", "2026-06-05", "subject", "民政局", "categories", "[\"OTHER\"]",
                "unitCodes", "[\"" + unit + "\"]"));
        Api clerk = account("UNIT_CLERK", unit);
        expect(403, clerk.get("complaints"));
        expect(403, clerk.get("complaints/" + id));
        expect(403, clerk.get("complaints/" + id + "/as-of"));
        expect(403, clerk.post("complaints", Api.obj("channel", "PHONE")));
        Api office = account("OFFICE", null);
        expect(403, office.edit("complaints/" + id, Api.obj("subject", "改")));
        expect(403, office.post("complaints/" + id + "/investigate", "{}"));
        expect(404, handler.get("complaints/999999999"));
        // edits keep what they do not name
        JsonObject edited = expect(200, handler.edit("complaints/" + id, Api.obj("subject", "民政局违规设置机构",
                "categories", "[\"UNAUTHORISED_BODY\"]"))).json().getJsonObject("complaint");
        assertEquals(List.of("民政局违规设置机构", "UNAUTHORISED_BODY", unit, "PHONE"), List.of(edited.getString("subject"),
                edited.getJsonArray("categories").getString(0), edited.getJsonArray("unitCodes").getString(0),
                edited.getString("channel")));
        expect(409, handler.put("complaints/" + id, Api.obj("subject", "旧版本", "version", 0)));
    }

    // ---- helpers ----

    private static Connection pg() throws Exception {
        return DriverManager.getConnection(System.getenv("BIANZHI_DB_URL"), System.getenv("BIANZHI_DB_USER"),
                System.getenv("BIANZHI_DB_PASSWORD"));
    }

    /** Every column of every row, as strings in order. */
    private static List<String> strings(Connection c, String sql, long id) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            List<String> values = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) values.add(r.getString(i));
                }
            }
            return values;
        }
    }

    /** Whether the JSON of a case view holds no reporter (JSON-B leaves a null out). */
    private static boolean noReporter(JsonObject view) {
        return !view.containsKey("reporter") || view.isNull("reporter");
    }

    /** Whether the bytes hold the text as UTF-8 or as H2's MVStore writes strings (DataUtils.writeStringData). */
    private static boolean contains(byte[] db, String text) {
        java.io.ByteArrayOutputStream h2 = new java.io.ByteArrayOutputStream();
        for (char c : text.toCharArray()) {
            if (c < 0x80) {
                h2.write(c);
            } else if (c >= 0x800) {
                h2.write(0xe0 | (c >> 12));
                h2.write((c >> 6) & 0x3f);
                h2.write(c & 0x3f);
            } else {
                h2.write(0xc0 | (c >> 6));
                h2.write(c & 0x3f);
            }
        }
        return indexOf(db, h2.toByteArray()) >= 0 || indexOf(db, text.getBytes(StandardCharsets.UTF_8)) >= 0;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) if (haystack[i + j] != needle[j]) continue outer;
            return i;
        }
        return -1;
    }
}
