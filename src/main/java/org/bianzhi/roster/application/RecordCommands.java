package org.bianzhi.roster.application;

import java.time.LocalDate;
import org.bianzhi.shared.application.Bound;

/** What a clerk submits to record a person's occupancy, posting or appointment, or to end one. */
public final class RecordCommands {

    private RecordCommands() {
    }

    /** 登记存量占编: an occupancy that exists already (outside the notice workflow). */
    public record OccupancyCommand(String unitCode, String quotaType, @Bound(since = Bound.PRC, yearsAhead = Bound.PLANNED_YEARS) LocalDate validFrom, String entryRoute,
                                   @Bound(chars = 40) String increaseNoticeNumber, String basisDocument) {}

    /** 岗位: where the person works; a 借调 needs its approved end date. */
    public record PostingCommand(String unitCode, String postType, String arrangement, @Bound(since = Bound.PRC, yearsAhead = Bound.PLANNED_YEARS) LocalDate validFrom,
                                 LocalDate secondmentEnd, String approvalDocument, String basisDocument) {}

    /** 领导职务任职. */
    public record AppointmentCommand(String unitCode, String category, @Bound(since = Bound.PRC, yearsAhead = Bound.PLANNED_YEARS) LocalDate validFrom, String basisDocument,
                                     String leadingRole, String postTitle) {}

    /** Ends a posting or an appointment on {@code endDate} (exclusive: the last day is the day before). */
    public record EndCommand(@Bound(since = Bound.PRC, yearsAhead = Bound.PLANNED_YEARS) LocalDate endDate, String basisDocument, Long version) {}
}
