package org.bianzhi.complaint.application;

import java.time.LocalDate;
import java.util.List;

/** What a handler submits to the 12310 desk. */
public final class ComplaintCommands {

    private ComplaintCommands() {
    }

    /**
     * A case to register, or the changes to a case ({@code PUT}: a field left out (null) stays as it is; an empty
     * reporter field removes it). {@code incidentDate} defaults to {@code receivedOn}, {@code handler} to the
     * submitter, {@code dueDate} to {@code receivedOn} plus {@code bianzhi.complaints.due-days} (60).
     */
    public record ComplaintCommand(String channel, LocalDate receivedOn, LocalDate incidentDate, String subject,
                                   List<String> categories, List<String> unitCodes, List<Long> personIds,
                                   List<Long> findingIds, String handler, LocalDate dueDate, Boolean anonymous,
                                   String reporterName, String reporterContact, String note, Long version) {}

    /** 办结: the result (属实/部分属实/不属实) and the conclusion. */
    public record ConcludeCommand(String result, String conclusion) {}

    /** A note to a workflow step. */
    public record NoteCommand(String note) {}
}
