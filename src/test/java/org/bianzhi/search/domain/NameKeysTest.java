package org.bianzhi.search.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NameKeysTest {

    @Test
    void aNameIsFoundWholeByItsBeginningAndByAnyPart() {
        NameKeys k = NameKeys.of("王小明");
        assertEquals("王小明", k.exact());
        assertTrue(k.prefixes().contains("王"));
        assertTrue(k.prefixes().contains("王小"));
        assertFalse(k.prefixes().contains("王小明"), "the whole name is the exact key, not a prefix");
        assertTrue(k.parts().contains("小明"));
        assertTrue(k.parts().contains("明"));
    }

    @Test
    void pinyinInitialsAndTheMixedFormAClerkTypes() {
        NameKeys k = NameKeys.of("张伟");
        assertTrue(k.pinyin().contains("zhangwei"));
        assertTrue(k.initials().contains("zw"));
        assertTrue(k.mixed().contains("zhangw"));
        assertTrue(k.pinyinParts().contains("wei"), "the given name alone");
        assertTrue(k.pinyinPrefixes().contains("zhangw"));
        assertTrue(k.pinyinPrefixes().contains("zh"));
    }

    @ParameterizedTest
    @CsvSource({"单雄信, shanxiongxin", "曾国藩, zengguofan", "解缙英, xiejinying", "仇英, qiuying", "区志强, ouzhiqiang",
            "朴正熙, piaozhengxi", "查良镛, zhaliangyong", "翟志刚, zhaizhigang", "尉迟恭, yuchigong", "长孙无忌, zhangsunwuji"})
    void polyphonicSurnamesAreReadAsSurnames(String name, String pinyin) {
        assertTrue(NameKeys.of(name).pinyin().contains(pinyin), name + " → " + NameKeys.of(name).pinyin());
    }

    @Test
    void theCommonReadingOfAPolyphonicSurnameStillFinds() {
        assertTrue(NameKeys.of("单雄信").pinyin().contains("danxiongxin"));
    }

    @Test
    void compoundSurnamesKeepTheirGivenNameApart() {
        NameKeys k = NameKeys.of("欧阳修文");
        assertTrue(k.mixed().contains("ouyangxw"));
        assertTrue(k.initialParts().contains("xw"));
        assertTrue(k.pinyinParts().contains("xiuwen"));
    }

    @Test
    void traditionalCharactersAndNameSeparatorsAreNormalised() {
        assertEquals("张伟", NameKeys.of("張偉").exact());
        NameKeys k = NameKeys.of("阿依古丽·买买提");
        assertEquals("阿依古丽买买提", k.exact());
        assertTrue(k.pinyin().contains("ayigulimaimaiti"));
        assertEquals("刘德华", ChineseText.normalized("劉德華"));
    }
}
