package org.bianzhi.complaint.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.bianzhi.establishment.application.EstablishmentView;
import org.bianzhi.roster.application.Views.PersonView;
import org.bianzhi.roster.application.Views.RecordsOn;
import org.bianzhi.shared.application.Page;
import org.bianzhi.shared.application.Versioned;

/** What the 12310 desk shows. No view but {@link Detail} ever holds the reporter, and it only for handlers. */
public final class ComplaintViews {

    private ComplaintViews() {
    }

    /**
     * A case as lists show it (and as the change log keeps it): never the reporter. {@code daysOverdue} counts the
     * days past {@code dueDate} of a case not yet concluded.
     */
    public record Summary(Long id, String caseNumber, String channel, String channelLabel, LocalDate receivedOn, LocalDate incidentDate,
                          String subject, List<String> categories, List<String> categoryLabels, List<String> unitCodes, List<Long> personIds,
                          List<Long> findingIds, String handler, LocalDate dueDate, boolean overdue, long daysOverdue,
                          String status, String statusLabel, String result, String resultLabel, String conclusion, LocalDate concludedOn, boolean anonymous,
                          String createdBy, Instant createdAt, long version) implements Versioned {}

    /** The reporter, shown to complaint handlers and administrators in the single-case view only, and logged; {@code problem} says why it cannot be opened. */
    public record Reporter(String name, String contact, String problem) {}

    public record UnitRef(String code, String name) {}

    /** A person the case concerns, with the occupancies and postings in force today. */
    public record PersonRef(PersonView person, RecordsOn current) {}

    public record FindingRef(Long id, String rule, String ruleLabel, String unitCode, String unitName, String message,
                             String status, String statusLabel) {}

    public record Step(String action, String status, String statusLabel, String actor, Instant at, String note) {}

    /** One case with what it concerns and its history; {@code reporter} is null for every role but handlers. */
    public record Detail(Summary complaint, Reporter reporter, List<UnitRef> units, List<PersonRef> people,
                         List<FindingRef> findings, List<Step> history) implements Versioned {
        @Override
        public long version() {
            return complaint.version();
        }
    }

    /** A linked unit on the date: its establishment and its people (a page, with the total). */
    public record UnitOnDate(String code, String name, EstablishmentView establishment, Page<PersonView> people, String note) {}

    /** A linked person on the date: the occupancies, postings and appointments in force. */
    public record PersonOnDate(PersonView person, RecordsOn records) {}

    /** 举报事项发生时的情况: the linked units and people as they were on {@code date}. */
    public record AsOf(Long id, String caseNumber, LocalDate date, List<UnitOnDate> units, List<PersonOnDate> people) {}

    /** The outcome of re-encrypting every reporter value with the current key. */
    public record Reencryption(String keyId, int reencrypted, List<String> unreadable) {}

    /** A change-log state: the case and, instead of the reporter, only whether one is on file or what happened to it. */
    public record Logged(Summary complaint, String reporter) {}
}
