package org.bianzhi.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.List;
import org.bianzhi.establishment.domain.LeadershipCategory;
import org.bianzhi.establishment.domain.QuotaType;
import org.bianzhi.roster.domain.Arrangement;
import org.bianzhi.roster.domain.Gender;
import org.bianzhi.roster.domain.PersonIdentity;
import org.junit.jupiter.api.Test;

class BreachesTest {

    private static final LocalDate D = LocalDate.of(2026, 6, 30);

    @Test
    void messagesGiveTheNumbers() {
        assertEquals("核定单位副职职数 2 名，实配 3 名，超职数配备 1 名",
                Breaches.overLeadership(1, LeadershipCategory.UNIT_DEPUTY, 2, List.of(1L, 2L, 3L)).message());
        assertEquals("占用行政编制，人员身份为事业人员，不是公务员",
                Breaches.nonCivilServantOnAdminQuota(1, 2, QuotaType.ADMINISTRATIVE, PersonIdentity.INSTITUTION_STAFF).message());
        assertEquals("1965年4月出生，男，法定退休年龄60岁1个月，应于 2025-05-15 退休，已超过 1 年 1 个月 仍占用行政编制",
                Breaches.overage(1, 2, QuotaType.ADMINISTRATIVE, LocalDate.of(1965, 4, 15), Gender.MALE, "60岁1个月",
                        LocalDate.of(2025, 5, 15), D).message());
        assertEquals("自 2025-01-01 起借调，借调截止日期 2025-12-31 已过，已借调 17 个月，超过 12 个月的期限",
                Breaches.secondmentOverdue(1, 2, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), 12, D).message());
        assertEquals("占用某中心事业编制，在某局（机关）行政岗位工作；借调已于 2026-03-31 到期",
                Breaches.institutionStaffInAdminPost(1, 2, QuotaType.PUBLIC_INSTITUTION, "某中心", "某局", Arrangement.SECONDMENT,
                        LocalDate.of(2026, 3, 31), "某文〔2025〕1号").message());
    }

    @Test
    void aDuplicateIsNamedOnTheLaterOccupancy() {
        Breach b = Breaches.duplicateOccupancy(5, List.of(new Breaches.Held(10, "甲局", QuotaType.ADMINISTRATIVE, LocalDate.of(2010, 1, 1)),
                new Breaches.Held(20, "乙中心", QuotaType.PUBLIC_INSTITUTION, LocalDate.of(2020, 3, 1))));
        assertEquals(20, b.unitId());
        assertEquals("同时占用 2 个编制：甲局行政编制（2010-01-01 入编）；乙中心事业编制（2020-03-01 入编）", b.message());
    }

    @Test
    void theSameViolationKeepsItsKeyWhenItsNumbersChange() {
        assertEquals(Breaches.overQuota(1, QuotaType.ADMINISTRATIVE, 3, 4, List.of(9L)).key(),
                Breaches.overQuota(1, QuotaType.ADMINISTRATIVE, 3, 5, List.of(8L, 9L)).key());
        assertNotEquals(Breaches.overQuota(1, QuotaType.ADMINISTRATIVE, 3, 4, List.of(9L)).key(),
                Breaches.overQuota(1, QuotaType.ORGAN_WORKER, 3, 4, List.of(9L)).key());
    }
}
