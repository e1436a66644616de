package org.bianzhi.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\r=1"})
    void prefixesAnythingASpreadsheetWouldRunAsAFormula(String text) {
        assertEquals("'" + text, SpreadsheetText.safe(text));
    }

    @Test
    void leavesOrdinaryTextAlone() {
        assertEquals("青编〔2024〕12号", SpreadsheetText.safe("青编〔2024〕12号"));
        assertEquals("张三", SpreadsheetText.safe("张三"));
        assertEquals("", SpreadsheetText.safe(""));
        assertNull(SpreadsheetText.safe(null));
    }
}
