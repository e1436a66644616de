package org.bianzhi.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.util.List;
import org.bianzhi.it.Api;
import org.bianzhi.it.ApiTest;
import org.bianzhi.it.DemoCountyLoaded;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the browser tests: the packaged service with the demo county imported once (through the API, as an office
 * would), an office account and a unit clerk of 青田县水利局, and a fresh browser per test.
 */
@ExtendWith(BrowserCondition.class)
abstract class WebTest extends ApiTest {

    static final String WATER_BUREAU = "11331121009444601E";
    static final String PROPAGANDA = "11331121002310491A";
    static final String OFFICE = "web-office";
    static final String CLERK = "web-clerk";
    static final String PASSWORD = "Browser2026test";

    private static boolean loaded;
    private static Browser shared;
    protected Browser browser;

    @BeforeEach
    void demoCountyAndBrowser() throws Exception {
        if (!loaded) {
            DemoCountyLoaded.into(api);
            expect(201, api.post("accounts", Api.obj("username", OFFICE, "displayName", "编办业务员", "password", PASSWORD,
                    "role", "OFFICE")));
            expect(201, api.post("accounts", Api.obj("username", CLERK, "displayName", "水利局人事专员", "password", PASSWORD,
                    "role", "UNIT_CLERK", "unitCode", WATER_BUREAU)));
            loaded = true;
        }
        // the browser talks to localhost: chromium refuses downloads from a plain-HTTP page of another address
        // (the README's advice for real offices is TLS, see docs/security.md)
        if (shared == null) shared = new Browser(new URL("http", "localhost", deployment().getPort(), deployment().getPath()));
        browser = shared;
        // each test starts signed out on a freshly loaded page (no session, no message left from the test before)
        browser.open("/login");
        browser.script("sessionStorage.clear()");
        browser.reload();
    }

    @AfterEach
    void noScriptErrors() {
        List<String> errors = browser.consoleErrors().stream()
                // a refused request (4xx) is logged by chromium itself; the screen shows it to the user
                .filter(e -> !e.contains("Failed to load resource")).toList();
        assertEquals(List.of(), errors, "the screens logged script errors");
    }

    @AfterAll
    static void closeBrowser() {
        if (shared != null) shared.close();
        shared = null;
    }
}
