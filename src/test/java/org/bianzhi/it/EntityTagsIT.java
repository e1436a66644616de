package org.bianzhi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every editable record answers its version as {@code ETag}; a change names the version it was made on: a stale
 * {@code If-Match} is 412, a {@code PUT} naming no version (neither {@code If-Match} nor the body's {@code version})
 * is 428, and neither changes anything. The current one goes through and answers the next version.
 */
class EntityTagsIT extends ApiTest {

    /** A record and a change to it. */
    private record Editable(String what, String path, String change) {}

    private List<Editable> records() {
        String unit = unit(true, "版本测试局", null);
        long person = person(Fixtures.uniqueName("欧阳"), "CIVIL_SERVANT", LocalDate.of(1980, 3, 1)).getJsonNumber("id").longValue();
        String username = "etag-" + System.nanoTime() % 1_000_000;
        expect(201, api.post("accounts", Api.obj("username", username, "displayName", "版本测试", "password", "Etag2026pass",
                "role", "INSPECTOR")));
        long complaint = expect(201, api.post("complaints", Api.obj("channel", "LETTER", "receivedOn", "2026-06-01",
                "subject", "举报" + Fixtures.uniqueName("某局") + "超编", "categories", "[\"GHOST_PAYROLL\"]"))).json()
                .getJsonObject("complaint").getJsonNumber("id").longValue();
        long document = expect(201, api.post("travel/documents", Api.obj("lateReason", "据原台账补录", "personId", person,
                "docType", "PASSPORT", "docNumber", String.format("E%08d", System.nanoTime() % 100_000_000L),
                "issuedOn", "2024-01-01", "expiresOn", "2034-01-01", "declaredOn", "2026-06-01", "basisDocument", "个人报告")))
                .json().getJsonObject("document").getJsonNumber("id").longValue();
        List<Editable> all = new ArrayList<>();
        all.add(new Editable("unit", "units/" + unit, Api.obj("name", Fixtures.unitName("版本测试改名局"), "kind", "ORGAN",
                "regionCode", "330381", "level", "COUNTY", "funding", "FULL", "validFrom", "2026-01-01", "basisDocument", "瑞编〔2026〕7号")));
        all.add(new Editable("person", "people/" + person, Api.obj("name", Fixtures.uniqueName("欧阳"), "identity", "CIVIL_SERVANT",
                "basisDocument", "更正姓名")));
        all.add(new Editable("person's rank (a dated fact, not the person's own row)", "people/" + person, Api.obj("rank", "COUNTY",
                "factsFrom", "2026-01-01", "basisDocument", "瑞委〔2026〕3号")));
        all.add(new Editable("account", "accounts/" + username, Api.obj("displayName", "版本测试改")));
        all.add(new Editable("complaint", "complaints/" + complaint, Api.obj("subject", "改过的事由" + System.nanoTime())));
        all.add(new Editable("document", "travel/documents/" + document, Api.obj("expiresOn", "2035-01-01")));
        return all;
    }

    @Test
    void aChangeNamesTheVersionItWasMadeOn() {
        List<String> wrong = new ArrayList<>();
        for (Editable r : records()) {
            Api.Answer read = expect(200, api.get(r.path()));
            String tag = read.header("ETag");
            if (tag == null || !tag.matches("\"\\d+\"")) {
                wrong.add(r.what() + ": ETag " + tag);
                continue;
            }
            Api.Answer none = api.put(r.path(), r.change(), null);
            if (none.status() != 428 || !none.raw().contains("If-Match")) wrong.add(r.what() + " without a version: " + none);
            Api.Answer stale = api.put(r.path(), r.change(), "\"" + (Long.parseLong(tag.replace("\"", "")) + 7) + "\"");
            if (stale.status() != 412 || !"stale-version".equals(stale.json().getString("code"))) wrong.add(r.what() + " stale: " + stale);
            Api.Answer garbage = api.put(r.path(), r.change(), "\"abc\"");
            if (garbage.status() != 412) wrong.add(r.what() + " with an ETag we never issued: " + garbage);
            if (!read.raw().equals(expect(200, api.get(r.path())).raw())) wrong.add(r.what() + ": a refused change changed it");
            Api.Answer current = api.put(r.path(), r.change(), "W/" + tag);
            if (current.status() != 200) {
                wrong.add(r.what() + " current: " + current);
                continue;
            }
            String next = current.header("ETag");
            assertNotEquals(tag, next, r.what() + ": the change answers the next version");
            assertEquals(next, expect(200, api.get(r.path())).header("ETag"), r.what());
            Api.Answer again = api.put(r.path(), r.change(), tag);
            if (again.status() != 412) wrong.add(r.what() + ": the version read before the change is stale now: " + again);
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theBodyVersionStillWorksAndAStarMatchesAnyVersion() {
        String unit = unit(true, "版本测试二局", null);
        Api.Answer read = expect(200, api.get("units/" + unit));
        long version = read.json().getJsonNumber("version").longValue();
        String body = Api.obj("name", Fixtures.unitName("版本测试二改局"), "kind", "ORGAN", "regionCode", "330381", "level", "COUNTY",
                "funding", "FULL", "validFrom", "2026-01-01", "basisDocument", "瑞编〔2026〕8号", "version", version + 3);
        assertEquals("stale-version", expect(409, api.put("units/" + unit, body)).json().getString("code"));
        assertTrue(expect(200, api.put("units/" + unit, body.replace("\"version\":" + (version + 3), "\"version\":" + version)))
                .header("ETag") != null);
        expect(200, api.put("units/" + unit, Api.obj("name", Fixtures.unitName("版本测试三改局"), "kind", "ORGAN", "regionCode", "330381",
                "level", "COUNTY", "funding", "FULL", "validFrom", "2026-01-01", "basisDocument", "瑞编〔2026〕9号"), "*"));
    }
}
