package org.bianzhi.travel.approval.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DestinationTest {

    @Test
    void theWaysOfWritingHongKongMacaoAndTaiwanAreOneName() {
        for (String hk : List.of("香港", "中国香港", "香港特别行政区", "中国香港特别行政区", " 香港　")) {
            assertEquals(new Destination("香港"), Destination.of(hk), hk);
        }
        assertEquals("澳门", Destination.of("澳门特别行政区").name());
        assertEquals("澳门", Destination.of("中国澳门").name());
        assertEquals("台湾", Destination.of("中国台湾").name());
        assertEquals("台湾", Destination.of("台湾地区").name());
    }

    @Test
    void otherNamesAreKeptAsWrittenOnlyTrimmed() {
        assertEquals("日本", Destination.of("  日本 ").name());
        assertEquals("New Zealand", Destination.of(" New \t Zealand ").name());
        assertNotEquals(Destination.of("香港"), Destination.of("澳门"));
        // a near miss: a name that merely contains 香港 is not 香港
        assertNotEquals(Destination.of("香港"), Destination.of("香港岛以外"));
    }

    @Test
    void emptyIsNoDestination() {
        assertNull(Destination.of(null));
        assertNull(Destination.of(" \u3000 "));
        assertFalse(Destination.readable(""));
        assertFalse(Destination.readable("长".repeat(101)));
        assertTrue(Destination.readable("长".repeat(100)));
    }

    @Test
    void aCellListsSeveralDestinationsEachOnce() {
        assertEquals(List.of("日本", "香港", "泰国"),
                Destination.list("日本、中国香港,泰国，香港特别行政区；").stream().map(Destination::name).toList());
        assertEquals(List.of(), Destination.list(null));
        assertEquals(List.of(), Destination.list(" 、 , "));
    }
}
