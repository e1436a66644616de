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

    @Test
    void aTextLongerThanACellIsCutWithoutHalvingACharacter() {
        org.junit.jupiter.api.Assertions.assertEquals("短", SpreadsheetText.fitCell("短"));
        String exact = "a".repeat(SpreadsheetText.MAX_CELL);
        org.junit.jupiter.api.Assertions.assertSame(exact, SpreadsheetText.fitCell(exact));
        String cut = SpreadsheetText.fitCell("😀".repeat(SpreadsheetText.MAX_CELL));
        org.junit.jupiter.api.Assertions.assertTrue(cut.length() <= SpreadsheetText.MAX_CELL, () -> "" + cut.length());
        int markerAt = cut.indexOf('…');
        org.junit.jupiter.api.Assertions.assertFalse(Character.isHighSurrogate(cut.charAt(markerAt - 1)), "no lone surrogate before the marker");
        org.junit.jupiter.api.Assertions.assertTrue(cut.endsWith("…（已截断：原文 65534 个字符，表格单元格最多 32767 个）"), cut.substring(markerAt));
    }
}
