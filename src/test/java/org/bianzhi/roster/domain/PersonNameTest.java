package org.bianzhi.roster.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonNameTest {

    @Test
    void acceptsAPlainChineseNameWithoutSurroundingSpace() {
        assertEquals("张三", PersonName.normalise(" 张三 "));
    }

    @Test
    void acceptsAMinorityNameWithTheMiddleDot() {
        assertEquals("阿依古丽·买买提", PersonName.normalise("阿依古丽·买买提"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"阿依古丽•买买提", "阿依古丽・买买提", "阿依古丽．买买提", "阿依古丽.买买提", "阿依古丽‧买买提",
        "阿依古丽∙买买提", "阿依古丽⋅买买提", "阿依古丽･买买提", "阿依古丽﹒买买提", "阿依古丽 · 买买提"})
    void normalisesMiddleDotVariants(String typed) {
        assertEquals("阿依古丽·买买提", PersonName.normalise(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"张三1", "张三２", "张#三", "张三（借调）", "·买买提", "阿依古丽·", "阿依古丽··买买提", "  "})
    void refusesDigitsSymbolsAndStrayDots(String text) {
        assertNull(PersonName.normalise(text));
    }

    @Test
    void refusesANameLongerThanFiftyCharacters() {
        assertNull(PersonName.normalise("张".repeat(51)));
        assertEquals("张".repeat(50), PersonName.normalise("张".repeat(50)));
    }
}
