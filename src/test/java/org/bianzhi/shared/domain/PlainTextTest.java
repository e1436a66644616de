package org.bianzhi.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void anEmptyOptionalFieldIsNullAndAFilledOneIsStripped() {
        assertNull(PlainText.blankToNull(null));
        assertNull(PlainText.blankToNull(" \u3000\t"));
        assertEquals("瑞编〔2024〕1号", PlainText.blankToNull("  瑞编〔2024〕1号\u3000"));
    }
}
