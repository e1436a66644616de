package org.bianzhi.complaint.application;

import java.time.LocalDate;
import java.util.List;
import org.bianzhi.complaint.domain.Complaint;
import org.bianzhi.shared.application.Bound;

/** What a handler submits to the 12310 desk. */
public final class ComplaintCommands {

    private ComplaintCommands() {
    }

    /**
     * A case to register, or the changes to a case ({@code PUT}: a field left out (null) stays as it is; an empty
     * reporter field removes it). {@code incidentDate} defaults to {@code receivedOn}, {@code handler} to the
     * submitter, {@code dueDate} to {@code receivedOn} plus {@code bianzhi.complaints.due-days} (60). A case received
     * before 2000 is a typing error (the desk did not exist); one received after today the service refuses with the
     * other fields.
     */
    public record ComplaintCommand(String channel, @Bound(since = "2000-01-01") LocalDate receivedOn,
                                   @Bound(since = Bound.PRC) LocalDate incidentDate,
                                   @Bound(chars = Complaint.MAX_TEXT) String subject,
                                   List<String> categories, List<String> unitCodes, List<Long> personIds,
                                   List<Long> findingIds, @Bound(chars = 50) String handler, LocalDate dueDate, Boolean anonymous,
                                   @Bound(chars = 50) String reporterName, String reporterContact,
                                   @Bound(chars = Complaint.MAX_NOTE) String note, Long version) {}

    /** 办结: the result (属实/部分属实/不属实) and the conclusion. */
    public record ConcludeCommand(String result, @Bound(chars = Complaint.MAX_CONCLUSION) String conclusion) {}

    /** A note to a workflow step. */
    public record NoteCommand(@Bound(chars = Complaint.MAX_NOTE) String note) {}
}
