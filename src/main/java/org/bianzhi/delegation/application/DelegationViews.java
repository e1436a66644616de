package org.bianzhi.delegation.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.bianzhi.shared.application.Versioned;

/** What the module shows: reviews, delegations with their members and notice, and the trip reports due. */
public final class DelegationViews {

    private DelegationViews() {
    }

    public record UnitRef(String code, String name) {}

    /** 纪律审查期间: {@code to} is the day the review ended (null while it lasts). */
    public record ReviewView(Long id, long personId, String personName, LocalDate from, LocalDate to, boolean open,
                             String basisDocument, String endBasisDocument, String recordedBy, Instant recordedAt,
                             String endedBy, Instant endedAt) {}

    /** A member with their unit on the departure day. */
    public record MemberView(long personId, String name, UnitRef unit, String role, String roleLabel) {}

    /** 公示: from, to (inclusive) and where it was posted. */
    public record Notice(LocalDate from, LocalDate to, String place) {}

    /**
     * A delegation. {@code reportDue}: the 7th working day after the return; {@code reportDaysLate}: days the report came
     * (or, while missing, is) past it as of today.
     */
    public record DelegationView(Long id, String number, String name, UnitRef organiser, String task, String inviter,
                                 List<String> destinations, LocalDate departsOn, LocalDate returnsOn, String fundingSource,
                                 Notice notice, List<MemberView> members, String status, String statusLabel, LocalDate submittedOn,
                                 LocalDate approvedOn, String approvalDocument, LocalDate returnedOn, LocalDate reportDue,
                                 LocalDate reportedOn, String reportSummary, long reportDaysLate, LocalDate cancelledOn,
                                 String cancelReason, String createdBy, Instant createdAt, long version, String purpose, String purposeLabel) implements Versioned {}

    /** A trip report missing after its due day, or filed after it, as of {@code asOf}. */
    public record OverdueReport(Long id, String number, String name, UnitRef organiser, List<String> leaders,
                                LocalDate returnedOn, LocalDate reportDue, LocalDate reportedOn, long daysOverdue) {}

    /** 出访报告逾期: {@code missing} not filed after the due day, {@code late} filed after it. */
    public record OverdueList(LocalDate asOf, List<OverdueReport> missing, List<OverdueReport> late) {}
}
