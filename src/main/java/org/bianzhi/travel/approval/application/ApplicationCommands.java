package org.bianzhi.travel.approval.application;

import java.time.LocalDate;
import java.util.List;
import org.bianzhi.shared.application.Bound;
import org.bianzhi.travel.approval.domain.Destination;
import org.bianzhi.travel.approval.domain.TravelApplication;

/** What is submitted for a private-travel application. */
public final class ApplicationCommands {

    private ApplicationCommands() {
    }

    /** 申请: the person, where, why and when; {@code appliedOn} defaults to today. */
    public record ApplyCommand(Long personId, @Bound(chars = Destination.MAX_LENGTH) List<String> destinations, String purpose,
                               @Bound(chars = TravelApplication.MAX_TEXT) String purposeNote,
                               LocalDate departsOn, LocalDate returnsOn, LocalDate appliedOn) {}

    /** 单位意见 or 纪检意见: the verdict (AGREE 同意 / DISAGREE 不同意), the text and who signed it (default: the caller). */
    public record OpinionCommand(@Bound(chars = 20) String verdict, @Bound(chars = TravelApplication.MAX_TEXT) String text,
                                 @Bound(chars = 100) String by) {}

    /**
     * 审批: the decision document (批准文号), a note (required to reject) and the approving unit (审批单位, a unit code;
     * default: the setting {@code bianzhi.travel.approving-unit}).
     */
    public record DecisionCommand(String decisionDocument, @Bound(chars = TravelApplication.MAX_TEXT) String note,
                                  @Bound(chars = 50) String approvingUnit) {}

    /** A note to a step. */
    public record NoteCommand(@Bound(chars = TravelApplication.MAX_TEXT) String note) {}
}
