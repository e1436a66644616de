package org.bianzhi.demo;

import java.time.LocalDate;
import org.bianzhi.establishment.domain.LeadershipCategory;
import org.bianzhi.establishment.domain.QuotaType;
import org.bianzhi.roster.domain.Arrangement;
import org.bianzhi.roster.domain.PostType;

/**
 * One line of the roster file: a person's occupancy (占编, absent for 编外人员), the leadership position held,
 * and the posting (实际工作岗位) with its arrangement.
 */
final class RosterRow {

    final DemoPerson person;
    final DemoUnit quotaUnit;
    final QuotaType quotaType;
    final LocalDate entryDate;
    String noticeNumber;
    /** Planted ENTRY_WITHOUT_NOTICE: no 增人通知单号 is given to this occupancy. */
    boolean withoutNotice;
    LeadershipCategory leader;
    final DemoUnit workUnit;
    PostType post;
    Arrangement arrangement = Arrangement.REGULAR;
    LocalDate secondmentStart;
    LocalDate secondmentEnd;
    String secondmentDocument;
    /** An ordinary member of staff, free to be picked for a planted violation that needs one. */
    boolean ordinary;

    RosterRow(DemoPerson person, DemoUnit quotaUnit, QuotaType quotaType, LocalDate entryDate, DemoUnit workUnit,
              PostType post) {
        this.person = person;
        this.quotaUnit = quotaUnit;
        this.quotaType = quotaType;
        this.entryDate = entryDate;
        this.workUnit = workUnit;
        this.post = post;
    }

    boolean hasOccupancy() {
        return quotaUnit != null;
    }

    /** The unit whose sheet this row belongs to: the quota unit, or the working unit for 编外人员. */
    DemoUnit sheetUnit() {
        return quotaUnit != null ? quotaUnit : workUnit;
    }
}
