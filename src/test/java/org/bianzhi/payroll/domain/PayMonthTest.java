package org.bianzhi.payroll.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import org.bianzhi.shared.domain.BianzhiException;
import org.junit.jupiter.api.Test;

class PayMonthTest {

    private static final YearMonth JUNE = YearMonth.of(2026, 6);

    @Test
    void everySpellingAnOfficeWritesIsTheSameMonth() {
        for (String text : new String[] {"2026-06", "2026-6", "2026/6", "2026/06", "2026年6月", "2026年06月", " 2026 年 6 月 ",
                "202606", "2026.6", "2026-06-01", "2026/6/1", "2026年6月1日"}) {
            assertEquals(JUNE, PayMonth.parse(text).value(), text);
        }
    }

    @Test
    void aDayOtherThanTheFirstIsRefusedAsADayNotAMonth() {
        var e = assertThrows(BianzhiException.class, () -> PayMonth.parse("2026-06-15"));
        assertTrue(e.getMessage().contains("应只写月份，如 2026-06"), e.getMessage());
    }

    @Test
    void nearMissesAreRefusedWithTheSpellingsToUse() {
        for (String text : new String[] {"2026-13", "2026-00", "20266", "2026年", "26-06", "2026-06-", "六月", "2026613", "1948-12"}) {
            var e = assertThrows(BianzhiException.class, () -> PayMonth.parse(text), text);
            assertTrue(e.getMessage().contains("发薪月份"), e.getMessage());
        }
        assertTrue(assertThrows(BianzhiException.class, () -> PayMonth.parse("2026-13")).getMessage()
                .contains("2026-06、2026/6、2026年6月 或 202606"));
        assertEquals("发薪月份不能为空", assertThrows(BianzhiException.class, () -> PayMonth.parse(" ")).getMessage());
    }

    @Test
    void theMonthRunsFromItsFirstDayToTheNextMonthsFirstExclusive() {
        PayMonth feb = PayMonth.parse("2024-02");
        assertEquals(LocalDate.of(2024, 2, 1), feb.firstDay());
        assertEquals(LocalDate.of(2024, 3, 1), feb.end());
        assertEquals(LocalDate.of(2027, 1, 1), PayMonth.parse("2026-12").end());
        assertEquals("2026-06", PayMonth.parse("2026年6月").toString());
        assertEquals("2026年6月", PayMonth.parse("202606").chinese());
    }
}
