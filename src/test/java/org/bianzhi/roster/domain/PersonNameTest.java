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

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"张伟,张,伟", "欧阳明,欧阳,明", "司马相如,司马,相如", "诸葛亮,诸葛,亮",
            "欧阳,欧,阳", "爱新觉罗溥仪,爱新觉罗,溥仪", "王小明,王,小明", "阿依古丽·买买提,买买提,阿依古丽", "𠀀明,𠀀,明"})
    void splitsSurnameAndGivenName(String name, String surname, String given) {
        assertEquals(new PersonName.Parts(surname, given), PersonName.split(name));
    }
}
