package org.bianzhi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Units, approvals, establishment as of a date, people and their records, through the REST API. */
class RegistryIT extends ApiTest {

    @Test
    void establishmentIsAnsweredAsOfAnyDate() {
        String unit = unit(true, "瑞安市水利局", null);
        approveQuota(unit, "ADMINISTRATIVE", 10, "2020-01-01");
        approveQuota(unit, "ADMINISTRATIVE", 8, "2024-01-01");
        List<String> names = List.of("王明", "王亮", "王静");
        List<String> entries = List.of("2021-05-01", "2023-01-01", "2025-02-01");
        for (int i = 0; i < 3; i++) {
            String entry = entries.get(i);
            long id = person(names.get(i), "CIVIL_SERVANT", LocalDate.of(1988, 1, 1)).getJsonNumber("id").longValue();
            expect(201, api.post("people/" + id + "/occupancies", Api.obj("unitCode", unit, "quotaType", "行政编制",
                    "validFrom", entry, "entryRoute", "EXAM", "increaseNoticeNumber", "Z2020-0001", "basisDocument", "存量登记")));
        }
        JsonObject y2022 = line(unit, "ADMINISTRATIVE", "2022-06-30");
        assertEquals(List.of(10, 1, 0, 9, 0), numbers(y2022));
        JsonObject y2024 = line(unit, "ADMINISTRATIVE", "2024-06-30");
        assertEquals(List.of(8, 2, 0, 6, 0), numbers(y2024));
        JsonObject now = line(unit, "ADMINISTRATIVE", null);
        assertEquals(List.of(8, 3, 0, 5, 0), numbers(now));
        var before = expect(422, api.get("units/" + unit + "/establishment?asOf=2019-12-31"));
        assertTrue(before.json().getString("detail").contains("于 2020-01-01 设立"), before::toString);

        var history = expect(200, api.get("units/" + unit + "/quotas")).array();
        assertEquals(2, history.size());
        assertEquals("2024-01-01", history.getJsonObject(0).getString("validTo"), "the earlier approval ends where the later begins");
        assertEquals("瑞编〔2024〕8号", history.getJsonObject(1).getString("basisDocument"));
    }

    @Test
    void aPersonAClerkRegistersIsLoggedWithTheWholeIdNumber() {
        String unit = unit(true, "瑞安市档案局", null);
        String user = "log-clerk-" + unit.substring(10, 16).toLowerCase();
        expect(201, api.post("accounts", Api.obj("username", user, "displayName", "档案局人事", "password", "Secure2026pass",
                "role", "UNIT_CLERK", "unitCode", unit)));
        Api clerk = api.withToken(null).signIn(user, "Secure2026pass");
        String idNumber = Fixtures.idNumber(LocalDate.of(1991, 7, 7), true);
        JsonObject registered = expect(201, clerk.post("people", Api.obj("idNumber", idNumber, "name", Fixtures.uniqueName("宋"),
                "identity", "CIVIL_SERVANT"))).json();
        assertTrue(registered.getString("idNumber").contains("*"), "the clerk's answer is masked");
        long id = registered.getJsonNumber("id").longValue();
        expect(200, clerk.edit("people/" + id, Api.obj("name", Fixtures.uniqueName("宋"), "identity", "CIVIL_SERVANT",
                "basisDocument", "瑞档〔2026〕2号")));
        var changes = expect(200, api.get("people/" + id)).json().getJsonArray("changes").getValuesAs(JsonObject.class);
        assertEquals(2, changes.size(), changes::toString);
        for (JsonObject c : changes) assertTrue(c.getString("after").contains(idNumber), "what the clerk entered is kept whole: " + c);
        assertTrue(changes.get(1).getString("before").contains(idNumber), changes.get(1)::toString);
    }

    @Test
    void theUnitTreeStartsAtTheUnitsWithoutASuperior() {
        String bureau = unit(true, "瑞安市林业局", null);
        String station = unit(false, "瑞安市林业技术推广站", bureau);
        JsonObject roots = expect(200, api.get("units?top=true&limit=500")).json();
        var codes = roots.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(u -> u.getString("code")).toList();
        assertTrue(codes.contains(bureau), codes::toString);
        assertTrue(!codes.contains(station), "a subordinate unit is not a root");
        assertTrue(roots.getJsonArray("items").getValuesAs(JsonObject.class).stream().noneMatch(u -> u.containsKey("parentCode")));
        assertEquals(List.of(station), expect(200, api.get("units?parent=" + bureau)).json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(u -> u.getString("code")).toList());
    }

    @Test
    void theChangeListShowsTheNewestChangesWithTheirDocumentsToThoseWhoMaySeeThem() {
        String unit = unit(true, "瑞安市审计局", null);
        String other = unit(true, "瑞安市统计局", null);
        approveQuota(unit, "ADMINISTRATIVE", 6, "2020-01-01");
        approveQuota(other, "ADMINISTRATIVE", 4, "2020-01-01");
        JsonObject own = expect(200, api.get("changes?unit=" + unit)).json();
        var lines = own.getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(2, own.getInt("total"), own::toString);
        assertEquals(List.of("quota_approval", "unit"), lines.stream().map(l -> l.getString("entityType")).toList(), "newest first");
        assertEquals("瑞编〔2020〕6号", lines.get(0).getString("basisDocument"));
        assertTrue(lines.get(0).getString("unitName").startsWith("瑞安市审计局"), lines.get(0)::toString);
        assertEquals(unit, lines.get(0).getString("unitCode"));

        String user = "changes-clerk-" + unit.substring(10, 16).toLowerCase();
        expect(201, api.post("accounts", Api.obj("username", user, "displayName", "审计局人事", "password", "Secure2026pass",
                "role", "UNIT_CLERK", "unitCode", unit)));
        Api clerk = api.withToken(null).signIn(user, "Secure2026pass");
        JsonObject seen = expect(200, clerk.get("changes?limit=100")).json();
        assertTrue(seen.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .allMatch(l -> unit.equals(l.getString("unitCode", null))), "a clerk sees only their unit's lines: " + seen);
        assertEquals(2, seen.getInt("total"), "the account created for the clerk is not among them: " + seen);
        expect(404, clerk.get("changes?unit=" + other));
        assertEquals("to", expect(422, api.get("changes?to=2026-13-01")).json().getJsonArray("errors").getJsonObject(0).getString("field"));
        JsonObject accounts = expect(200, api.get("changes?limit=5")).json();
        assertTrue(accounts.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(l -> l.getString("entityType").equals("account")), "an administrator sees account changes: " + accounts);
    }

    private static List<Integer> numbers(JsonObject line) {
        return List.of(line.getInt("approved"), line.getInt("occupied"), line.getInt("reserved"), line.getInt("vacant"), line.getInt("over"));
    }

    @Test
    void wrongCheckCharacterIsRefusedWithTheExpectedCharacterAndEveryFieldError() {
        String good = Fixtures.unitCode(true);
        char wrong = good.charAt(17) == '0' ? '1' : '0';
        var answer = expect(422, api.post("units", Api.obj("code", good.substring(0, 17) + wrong, "name", "",
                "kind", "机关", "regionCode", "33038", "level", "县", "funding", "全额拨款", "validFrom", "2020-01-01")));
        assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
        var errors = answer.json().getJsonArray("errors");
        assertTrue(errors.stream().anyMatch(e -> e.asJsonObject().getString("field").equals("code")
                && e.asJsonObject().getString("reason").contains("应为“" + good.charAt(17) + "”")), errors::toString);
        assertTrue(errors.stream().anyMatch(e -> e.asJsonObject().getString("field").equals("name")), errors::toString);
        assertTrue(errors.stream().anyMatch(e -> e.asJsonObject().getString("field").equals("regionCode")), errors::toString);
        expect(404, api.get("units/" + good.substring(0, 17) + wrong));
    }

    @Test
    void aChangeKeepsTheEarlierStateAndRefusesAStaleVersion() {
        String parent = unit(true, "瑞安市人民政府", null);
        String unit = unit(true, "瑞安市交通局", parent);
        JsonObject current = expect(200, api.get("units/" + unit)).json();
        String newName = Fixtures.unitName("瑞安市交通运输局");
        JsonObject changed = expect(200, api.put("units/" + unit, Api.obj("name", newName, "kind", "ORGAN", "regionCode", "330381",
                "level", "COUNTY", "funding", "FULL", "validFrom", "2024-03-01", "basisDocument", "瑞编〔2024〕3号",
                "version", current.getInt("version")))).json();
        assertEquals(newName, changed.getString("name"));
        assertEquals(parent, changed.getString("parentCode"), "a change without parentCode keeps the parent");
        assertEquals(current.getString("name"), expect(200, api.get("units/" + unit + "?asOf=2023-12-31")).json().getString("name"));
        assertEquals(2, expect(200, api.get("units/" + unit + "/history")).array().size());
        var stale = expect(409, api.put("units/" + unit, Api.obj("name", Fixtures.unitName("又一个名称"), "kind", "ORGAN",
                "regionCode", "330381", "level", "COUNTY", "funding", "FULL", "validFrom", "2025-01-01",
                "basisDocument", "瑞编〔2025〕1号", "version", current.getInt("version"))));
        assertEquals("stale-version", stale.json().getString("code"));
    }

    @Test
    void aUnitMovesWithItsSubordinatesButNeverUnderItself() {
        String bureau = unit(true, "瑞安市农业农村局", null);
        String station = unit(false, "瑞安市农技推广站", bureau);
        String lab = unit(false, "瑞安市农产品检测室", station);
        var cycle = expect(422, api.post("units/" + bureau + "/move", Api.obj("parentCode", lab, "validFrom", "2025-01-01",
                "basisDocument", "瑞编〔2025〕9号")));
        assertEquals("parentCode", cycle.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        String other = unit(true, "瑞安市林业局", null);
        expect(200, api.post("units/" + station + "/move", Api.obj("parentCode", other, "validFrom", "2025-01-01",
                "basisDocument", "瑞编〔2025〕10号")));
        var children = expect(200, api.get("units?parent=" + other)).json();
        assertEquals(1, children.getInt("total"));
        assertEquals(station, children.getJsonArray("items").getJsonObject(0).getString("code"));
        assertEquals(bureau, expect(200, api.get("units/" + station + "?asOf=2024-12-31")).json().getString("parentCode"));
        // the lab moved along: now the bureau may go under it without a cycle
        expect(200, api.post("units/" + bureau + "/move", Api.obj("parentCode", lab, "validFrom", "2025-06-01",
                "basisDocument", "瑞编〔2025〕11号")));
    }

    @Test
    void anAbolishedUnitKeepsItsHistoryAndTakesNoChanges() {
        String unit = unit(false, "瑞安市旧城改造指挥部", null);
        expect(200, api.post("units/" + unit + "/abolish", Api.obj("abolishedOn", "2025-12-31", "basisDocument", "瑞编〔2025〕30号")));
        assertEquals("2025-12-31", expect(200, api.get("units/" + unit)).json().getString("abolishedOn"));
        expect(200, api.get("units/" + unit + "?asOf=2024-01-01"));
        var refused = expect(409, api.post("units/" + unit + "/abolish", Api.obj("abolishedOn", "2026-01-31", "basisDocument", "x")));
        assertTrue(refused.json().getString("detail").contains("已于 2025-12-31 撤销"), refused::toString);
    }

    @Test
    void aQuotaTypeTheUnitKindDoesNotAllowIsRefused() {
        String organ = unit(true, "瑞安市统计局", null);
        var answer = expect(422, api.post("units/" + organ + "/quotas", Api.obj("quotaType", "PUBLIC_INSTITUTION", "approved", 3,
                "validFrom", "2021-01-01", "basisDocument", "瑞编〔2021〕4号")));
        assertEquals("quotaType", answer.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void aPersonIsRegisteredOnlyWithAnIdNumberThatAgreesWithGenderAndBirthDate() {
        String id = Fixtures.idNumber(LocalDate.of(1990, 5, 17), true);
        String badCheck = id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1');
        var refused = expect(422, api.post("people", Api.obj("idNumber", badCheck, "name", "赵六", "identity", "CIVIL_SERVANT")));
        assertTrue(refused.json().getJsonArray("errors").getJsonObject(0).getString("reason").contains("校验位"), refused::toString);
        var mismatch = expect(422, api.post("people", Api.obj("idNumber", id, "name", "赵六", "gender", "FEMALE",
                "birthDate", "1990-05-18", "identity", "公务员")));
        var fields = mismatch.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")).toList();
        assertEquals(List.of("birthDate", "gender"), fields.stream().sorted().toList());
        JsonObject p = expect(201, api.post("people", Api.obj("idNumber", id.toLowerCase(), "name", "赵六", "identity", "公务员"))).json();
        assertEquals("MALE", p.getString("gender"));
        assertEquals("1990-05-17", p.getString("birthDate"));
        assertEquals("person-exists", expect(409, api.post("people", Api.obj("idNumber", id, "name", "赵六", "identity", "公务员")))
                .json().getString("code"));
    }

    @Test
    void aPersonsWholeHistoryShowsPostingsSecondmentsAndAppointments() {
        String organ = unit(true, "瑞安市发展和改革局", null);
        String institution = unit(false, "瑞安市价格认证中心", organ);
        approveQuota(institution, "PUBLIC_INSTITUTION", 5, "2020-01-01");
        expect(201, api.post("units/" + organ + "/leadership", Api.obj("category", "UNIT_DEPUTY", "approved", 1,
                "validFrom", "2020-01-01", "basisDocument", "瑞编〔2020〕5号")));
        long id = person("钱七", "INSTITUTION_STAFF", LocalDate.of(1985, 8, 8)).getJsonNumber("id").longValue();
        expect(201, api.post("people/" + id + "/occupancies", Api.obj("unitCode", institution, "quotaType", "PUBLIC_INSTITUTION",
                "validFrom", "2020-03-01", "entryRoute", "OPEN_RECRUITMENT", "basisDocument", "存量登记")));
        var noEnd = expect(422, api.post("people/" + id + "/postings", Api.obj("unitCode", organ, "postType", "ADMINISTRATIVE_POST",
                "arrangement", "SECONDMENT", "validFrom", "2025-01-01", "basisDocument", "瑞人〔2025〕1号")));
        assertEquals("secondmentEnd", noEnd.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        var wrongPost = expect(422, api.post("people/" + id + "/postings", Api.obj("unitCode", organ, "postType", "PROFESSIONAL",
                "validFrom", "2025-01-01")));
        assertEquals("postType", wrongPost.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        var beforeUnit = expect(422, api.post("people/" + id + "/postings", Api.obj("unitCode", institution, "postType", "PROFESSIONAL",
                "validFrom", "2015-03-01", "basisDocument", "存量登记")));
        assertTrue(beforeUnit.json().getString("detail").contains("设立于 2020-01-01"), beforeUnit::toString);
        expect(201, api.post("people/" + id + "/postings", Api.obj("unitCode", institution, "postType", "PROFESSIONAL",
                "validFrom", "2020-03-01", "basisDocument", "存量登记")));
        expect(201, api.post("people/" + id + "/postings", Api.obj("unitCode", organ, "postType", "ADMINISTRATIVE_POST",
                "arrangement", "借调", "validFrom", "2025-01-01", "secondmentEnd", "2026-12-31",
                "approvalDocument", "瑞人社〔2025〕7号", "basisDocument", "瑞人社〔2025〕7号")));
        long appointment = expect(201, api.post("people/" + id + "/appointments", Api.obj("unitCode", organ, "category", "单位副职",
                "validFrom", "2025-02-01", "basisDocument", "瑞委〔2025〕2号"))).json().getJsonNumber("id").longValue();

        JsonObject dossier = expect(200, api.get("people/" + id)).json();
        assertEquals(1, dossier.getJsonArray("occupancies").size());
        assertEquals(2, dossier.getJsonArray("postings").size(), "a secondment runs beside the regular post");
        assertEquals("SECONDMENT", dossier.getJsonArray("postings").getJsonObject(1).getString("arrangement"));
        assertEquals("2026-12-31", dossier.getJsonArray("postings").getJsonObject(1).getString("secondmentEnd"));
        assertEquals(1, dossier.getJsonArray("appointments").size());
        assertTrue(dossier.getJsonArray("changes").size() >= 5, "every change is in the person's change log");

        JsonObject leadership = expect(200, api.get("units/" + organ + "/establishment")).json().getJsonArray("leadership").getJsonObject(0);
        assertEquals(1, leadership.getInt("holders"));
        expect(200, api.post("appointments/" + appointment + "/end", Api.obj("endDate", "2026-03-01", "basisDocument", "瑞委〔2026〕1号")));
        assertEquals(0, expect(200, api.get("units/" + organ + "/establishment")).json().getJsonArray("leadership")
                .getJsonObject(0).getInt("holders"));
        assertEquals(1, expect(200, api.get("units/" + organ + "/establishment?asOf=2026-02-28")).json().getJsonArray("leadership")
                .getJsonObject(0).getInt("holders"));
        assertEquals(1, expect(200, api.get("units/" + organ + "/people")).json().getInt("total"), "the seconded person works there");
    }

    @Test
    void errorsAreProblemDocumentsInChinese() {
        var unknown = expect(404, api.get("people/999999999"));
        assertTrue(unknown.contentType().startsWith("application/problem+json"));
        assertTrue(unknown.json().getString("detail").contains("未找到"));
        var malformed = expect(400, api.post("units", "{\"code\": "));
        assertEquals("malformed-json", malformed.json().getString("code"));
        var badDate = expect(422, api.get("units/" + Fixtures.unitCode(true) + "/establishment?asOf=2024-13-01"));
        assertEquals("asOf", badDate.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        var noRoute = expect(404, api.get("no-such-resource"));
        assertTrue(noRoute.contentType().startsWith("application/problem+json"));
        var nothing = expect(422, api.post("people", "null"));
        assertEquals("body", nothing.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals("malformed-json", expect(400, api.post("people", "")).json().getString("code"));
    }
}
