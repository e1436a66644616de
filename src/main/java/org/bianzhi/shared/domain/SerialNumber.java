package org.bianzhi.shared.domain;

import java.util.Locale;

/**
 * 编号 of a document or case: a prefix of letters, the year and a five-digit serial, e.g. {@code JB2026-00001}
 * (举报件), {@code TZ2026-00012} (团组), {@code CG2026-00003} (出国申请), {@code Z2026-00007} (增人通知单; J: 减人). The serial
 * comes from the year's counter (SerialCounters); this is the one place its text is written.
 */
public final class SerialNumber {

    private SerialNumber() {
    }

    public static String format(String prefix, int year, int serial) {
        return String.format(Locale.ROOT, "%s%d-%05d", prefix, year, serial);
    }
}
