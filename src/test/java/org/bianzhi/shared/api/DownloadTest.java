package org.bianzhi.shared.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DownloadTest {

    @Test
    void theChineseNameGoesInFilenameStarAndAnAsciiNameBesideIt() {
        assertEquals("attachment; filename=\"roster.xlsx\"; filename*=UTF-8''%E5%AE%9E%E5%90%8D%E4%BA%BA%E5%91%98%E8%8A%B1%E5%90%8D%E5%86%8C.xlsx",
                Download.contentDisposition("实名人员花名册.xlsx", "roster.xlsx"));
    }

    @Test
    void theAsciiFallbackKeepsTheAsciiLettersAndDigitsOfTheName() {
        assertEquals("bianzhi.xlsx", Download.asciiFallback("机构.xlsx"));
        assertEquals("bianzhi-2026-06-30.csv", Download.asciiFallback("稽核问题统计（2026-06-30）.csv"));
        assertEquals("bianzhi-12.xlsx", Download.asciiFallback("导入作业12-错误行.xlsx"));
        assertEquals("roster-template.xlsx", Download.asciiFallback("roster-template.xlsx"));
        assertEquals("a-b.xlsx", Download.asciiFallback("a\"; b.xlsx"));
        assertEquals("bianzhi", Download.asciiFallback("说明"));
    }
}
