package org.bianzhi.it;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.bianzhi.establishment.domain.UnitCode;
import org.bianzhi.roster.domain.IdNumber;

/**
 * Valid, never-repeating unit codes, unit names and ID numbers, so tests can share one database
 * (and a run can start on a database that earlier runs left behind) without colliding.
 */
public final class Fixtures {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final long RUN = System.currentTimeMillis() % 100_000_000L;
    private static final AtomicInteger SEQ = new AtomicInteger();

    private Fixtures() {
    }

    /** A valid 统一社会信用代码 of an organ ({@code organ}) or institution in region 330381. */
    public static String unitCode(boolean organ) {
        long n = RUN * 1000 + SEQ.incrementAndGet();
        StringBuilder org = new StringBuilder();
        for (int i = 0; i < 9; i++) {
            org.append(ALPHABET.charAt((int) (n % 31)));
            n /= 31;
        }
        String first17 = (organ ? "11" : "12") + "330381" + org;
        return first17 + UnitCode.checkCharacter(first17);
    }

    public static String unitName(String base) {
        return base + "（测试" + RUN + "-" + SEQ.incrementAndGet() + "）";
    }

    /** A valid ID number of a person born on {@code birth}; unique within a run (up to 45,000 per birth date). */
    public static String idNumber(LocalDate birth, boolean male) {
        int seq = SEQ.incrementAndGet();
        String region = "33" + String.format("%02d", RUN % 90 + 10) + String.format("%02d", seq % 90 + 10);
        int order = (seq / 90) % 500 * 2 + (male ? 1 : 0);
        String first17 = region + birth.toString().replace("-", "") + String.format("%03d", order);
        return first17 + IdNumber.checkCharacter(first17);
    }

    /** A Chinese name no other test uses: the surname and the run's numbers written as 甲乙丙… characters. */
    public static String uniqueName(String surname) {
        String digits = "甲乙丙丁戊己庚辛壬癸";
        StringBuilder b = new StringBuilder(surname);
        for (char c : String.valueOf(RUN % 100000 * 1000 + SEQ.incrementAndGet() % 1000).toCharArray()) b.append(digits.charAt(c - '0'));
        return b.toString();
    }
}
