package org.bianzhi.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The demo county is loaded at start-up and quoted in the manifest and the README: its four files for seed
 * 20261122 and 3,000 people must not change when the generator is refactored (for the province generator).
 */
class DemoPinTest {

    /**
     * SHA-256 of units, quotas, leadership and roster CSV, each followed by a form feed, as of the first release; changed
     * once on purpose when the roster gained 职务层次 and 户口所在地 (issue 21 item 8), every earlier cell unchanged.
     */
    private static final String DEMO_SHA256 = "3b778cb74c7f000ee5cb873e4b382a3acf7603ae1b067c5cc936ff9f0bf7b520";

    /** SHA-256 of the demo manifest's {@code toString()} (planted cases and notes). */
    private static final String MANIFEST_SHA256 = "b69104aea7a725b4ff64f71159afb886b28785b0ac9355f4a5cb31575724225e";

    @Test
    void theDemoManifestIsUnchanged() throws Exception {
        byte[] text = DemoCounty.demo().manifest().toString().getBytes(StandardCharsets.UTF_8);
        assertEquals(MANIFEST_SHA256, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text)));
    }

    @Test
    void theDemoFilesAreByteIdentical() throws Exception {
        DemoCounty demo = DemoCounty.demo();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (String csv : new String[] {demo.unitsCsv(), demo.quotasCsv(), demo.leadershipCsv(), demo.rosterCsv()}) {
            sha.update(csv.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\f');
        }
        assertEquals(DEMO_SHA256, HexFormat.of().formatHex(sha.digest()));
    }
}
