package org.bianzhi.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.bianzhi.complaint.domain.Complaint;
import org.bianzhi.delegation.domain.Delegation;
import org.bianzhi.roster.domain.Notice;
import org.bianzhi.travel.approval.domain.TravelApplication;
import org.junit.jupiter.api.Test;

class SerialNumberTest {

    @Test
    void everyDocumentNumberIsItsPrefixTheYearAndFiveDigits() {
        assertEquals(List.of("JB2026-00001", "TZ2026-00012", "CG2026-00300", "Z2026-04000", "J2026-99999"),
                List.of(Complaint.number(2026, 1), Delegation.number(2026, 12), TravelApplication.number(2026, 300),
                        Notice.Kind.INCREASE.number(2026, 4000), Notice.Kind.DECREASE.number(2026, 99999)));
    }

    @Test
    void aSerialPastFiveDigitsIsWrittenWhole() {
        assertEquals("JB2026-123456", SerialNumber.format("JB", 2026, 123456));
    }
}
