package org.bianzhi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bianzhi.demo.DemoCounty;

/**
 * The demo county, imported once per run into the shared service through the API as an office would (units,
 * quotas, leadership, roster), for every test that reads it. Its tests leave it as its manifest says: a test that
 * changes things does so in units of its own.
 */
public final class DemoCountyLoaded {

    private static DemoCounty county;

    private DemoCountyLoaded() {
    }

    /** The demo county, imported by the first caller (as the administrator {@code admin}) and searchable. */
    public static synchronized DemoCounty into(Api admin) {
        if (county == null) {
            DemoCounty demo = DemoCounty.demo();
            for (var file : List.of(List.of("units", demo.unitsCsv()), List.of("quotas", demo.quotasCsv()),
                    List.of("leadership", demo.leadershipCsv()), List.of("roster", demo.rosterCsv()))) {
                var answer = admin.postBytes("imports/" + file.get(0) + "?wait=true", "text/csv", file.get(1).getBytes(StandardCharsets.UTF_8));
                assertEquals(200, answer.status(), () -> "the demo county's " + file.get(0) + " file was refused: " + answer);
            }
            // the search index follows the imports; wait until it has them
            assertEquals(200, admin.get("search?fresh=true&q=zw").status());
            county = demo;
        }
        return county;
    }
}
