package org.bianzhi.complaint.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Base64;
import org.bianzhi.shared.domain.BianzhiException;
import org.junit.jupiter.api.Test;

class AesGcmReporterCipherTest {

    private static final String K1 = key();
    private static final String K2 = key();

    private static String key() {
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        return Base64.getEncoder().encodeToString(k);
    }

    private static AesGcmReporterCipher cipher(String keys, String current) {
        AesGcmReporterCipher c = AesGcmReporterCipher.configured(keys, current);
        assertTrue(c.ready(), c::problem);
        return c;
    }

    @Test
    void roundTripNamesTheKeyAndHidesThePlainText() {
        AesGcmReporterCipher c = cipher("k1:" + K1, "k1");
        String sealed = c.seal("reporterName", "张三丰");
        assertTrue(sealed.startsWith("k1:"), sealed);
        assertFalse(sealed.contains("张三丰"));
        byte[] raw = Base64.getDecoder().decode(sealed.substring(3));
        assertEquals(12 + "张三丰".getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 16, raw.length, "iv, ciphertext, tag");
        assertEquals("张三丰", c.open("reporterName", sealed));
    }

    @Test
    void everyValueGetsItsOwnIv() {
        AesGcmReporterCipher c = cipher("k1:" + K1, null);
        assertNotEquals(c.seal("reporterContact", "13800000000"), c.seal("reporterContact", "13800000000"));
    }

    @Test
    void anAlteredValueIsRefused() {
        AesGcmReporterCipher c = cipher("k1:" + K1, "k1");
        String sealed = c.seal("reporterName", "李四");
        byte[] raw = Base64.getDecoder().decode(sealed.substring(3));
        raw[raw.length / 2] ^= 1;
        String altered = "k1:" + Base64.getEncoder().encodeToString(raw);
        BianzhiException e = assertThrows(BianzhiException.class, () -> c.open("reporterName", altered));
        assertEquals(BianzhiException.Kind.CONFLICT, e.kind());
        assertTrue(e.getMessage().contains("校验失败"), e.getMessage());
        // a value moved to the other field does not open either (the field is associated data)
        assertThrows(BianzhiException.class, () -> c.open("reporterContact", sealed));
        // nor one sealed with another key under this key's id
        String foreign = cipher("k1:" + K2, "k1").seal("reporterName", "李四");
        assertThrows(BianzhiException.class, () -> c.open("reporterName", foreign));
    }

    @Test
    void afterRotationOldValuesStillOpenAndReencryptionMovesThemToTheNewKey() {
        String sealedWithK1 = cipher("k1:" + K1, "k1").seal("reporterName", "王五");
        AesGcmReporterCipher rotated = cipher("k1:" + K1 + ",k2:" + K2, "k2");
        assertEquals("k2", rotated.currentKeyId());
        assertFalse(rotated.isCurrent(sealedWithK1));
        assertEquals("王五", rotated.open("reporterName", sealedWithK1));

        String resealed = rotated.seal("reporterName", rotated.open("reporterName", sealedWithK1));
        assertTrue(resealed.startsWith("k2:") && rotated.isCurrent(resealed), resealed);

        AesGcmReporterCipher withoutK1 = cipher("k2:" + K2, "k2");
        assertEquals("王五", withoutK1.open("reporterName", resealed));
        BianzhiException e = assertThrows(BianzhiException.class, () -> withoutK1.open("reporterName", sealedWithK1));
        assertTrue(e.getMessage().contains("k1") && e.getMessage().contains("未配置"), e.getMessage());
    }

    @Test
    void withoutAValidKeyNothingIsSealedAndTheMessageSaysHowToConfigureIt() {
        for (var c : new AesGcmReporterCipher[] {
                AesGcmReporterCipher.configured(null, null),
                AesGcmReporterCipher.configured("  ", "k1"),
                AesGcmReporterCipher.configured("k1:" + Base64.getEncoder().encodeToString(new byte[16]), "k1"),
                AesGcmReporterCipher.configured("k1:not base64!", "k1"),
                AesGcmReporterCipher.configured("k1:" + K1, "k2"),
                AesGcmReporterCipher.configured("k1:" + K1 + ",k2:" + K2, null)}) {
            assertFalse(c.ready());
            assertNull(c.currentKeyId());
            assertTrue(c.problem().contains("BIANZHI_COMPLAINTS_KEYS") && c.problem().contains("openssl rand -base64 32"), c.problem());
            BianzhiException e = assertThrows(BianzhiException.class, () -> c.seal("reporterName", "赵六"));
            assertEquals(c.problem(), e.getMessage());
        }
        assertTrue(AesGcmReporterCipher.configured("k1:" + Base64.getEncoder().encodeToString(new byte[16]), "k1").problem()
                .contains("16 字节"));
    }
}
