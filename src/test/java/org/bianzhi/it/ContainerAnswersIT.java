package org.bianzhi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the container, not the API, used to answer: English HTML pages, empty bodies. Every such answer is now Chinese
 * (problem+json under /api), and every answer carries the security headers, the web interface's files too.
 */
class ContainerAnswersIT extends ApiTest {

    @Test
    void aPathNoResourceMatchesAnswersProblemJsonUnderTheApiAndAChinesePageElsewhere() {
        for (String path : List.of("api/v1/units/..%2f..", "api/v1/units/%2e%2e%2f%2e%2e%2fetc", "api/v1/no-such-thing")) {
            Api.Answer a = api.getAbsolute(api.root() + path, "application/json");
            assertEquals(404, a.status(), a::toString);
            assertTrue(a.contentType().startsWith("application/problem+json"), a::toString);
            assertEquals("not-found", a.json().getString("code"), a::toString);
            assertNoInternals(a);
        }
        // beside the web interface: the container's own endpoints and what a prober tries
        for (String path : List.of("no/such/page", "openapi/nothing", "metrics/nothing", "WEB-INF/web.xml",
                "js/no-such.js", "api/nothing")) {
            Api.Answer page = api.getAbsolute(api.root() + path, "text/html");
            assertEquals(404, page.status(), path + ": " + page);
            assertTrue(page.contentType().startsWith("text/html") || page.contentType().startsWith("application/problem+json"),
                    path + ": " + page);
            assertTrue((page.raw().contains("页面不存在") || page.raw().contains("不存在")) && !page.raw().contains("Payara")
                    && !page.raw().contains("GlassFish") && !page.raw().contains("Not Found"), path + ": " + page);
        }
        // encoded dot segments are refused by the HTTP listener before any servlet runs: a bare 400, nothing of the container
        Api.Answer dots = api.getAbsolute(api.root() + "%2e%2e/%2e%2e/etc/passwd", "text/html");
        assertTrue(dots.status() == 400 || dots.status() == 404, dots::toString);
        assertTrue(!dots.raw().contains("Payara") && !dots.raw().contains("root:"), dots::toString);
    }

    @Test
    void anOverLongAddressIsRefusedInChineseNotWithAnEmptyPage() {
        Api.Answer a = api.get("units?name=" + "长".repeat(1000) + "&x=" + "a".repeat(9000));
        assertEquals(414, a.status(), a::toString);
        assertEquals("uri-too-long", a.json().getString("code"));
        assertTrue(a.json().getString("detail").contains("请求地址过长"), a::toString);
    }

    @Test
    void aSecondUnitWithACodeOnRecordIsRefusedWithTheNameOnRecordNotTheNameSent() {
        String code = unit(true, "瑞安市重复代码局", null);
        String stored = expect(200, api.get("units/" + code)).json().getString("name");
        Api.Answer a = expect(409, api.post("units", Api.obj("code", code, "name", "瑞安市别的名字局", "kind", "ORGAN",
                "regionCode", "330381", "level", "COUNTY", "funding", "FULL", "validFrom", "2021-01-01", "basisDocument", "瑞编〔2021〕1号")));
        assertEquals("unit-exists", a.json().getString("code"));
        assertTrue(a.json().getString("detail").contains("“" + stored + "”") && !a.json().getString("detail").contains("别的名字"), a::toString);
        assertEquals(stored, expect(200, api.get("units/" + code)).json().getString("name"), "nothing changed");
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersWithAPolicyForItsKind() {
        Api.Answer json = api.get("units?limit=1");
        Api.Answer error = api.getAbsolute(api.root() + "api/v1/units/..%2f..", "application/json");
        Api.Answer page = api.getAbsolute(api.root(), "text/html");
        Api.Answer script = api.getAbsolute(api.root() + "js/main.js", "*/*");
        for (Api.Answer a : List.of(json, error, page, script)) {
            assertEquals("nosniff", a.header("X-Content-Type-Options"), a::toString);
            assertEquals("DENY", a.header("X-Frame-Options"), a::toString);
            assertTrue(a.header("Content-Security-Policy").contains("frame-ancestors 'none'"), a::toString);
        }
        assertEquals("default-src 'none'; frame-ancestors 'none'", json.header("Content-Security-Policy"));
        assertEquals("default-src 'none'; frame-ancestors 'none'", error.header("Content-Security-Policy"));
        assertTrue(page.header("Content-Security-Policy").startsWith("default-src 'self'"), page::toString);
        assertFalse(page.header("Content-Security-Policy").contains("script-src 'self' 'unsafe-inline'"), "no inline scripts");
    }

    private static void assertNoInternals(Api.Answer a) {
        for (String leak : List.of("Exception", "org.", "java.", "SQL", "Payara", "<html")) {
            assertFalse(a.raw().contains(leak), () -> "'" + leak + "' in " + a);
        }
    }
}
