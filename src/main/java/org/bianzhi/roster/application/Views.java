package org.bianzhi.roster.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the roster shows: people and their records, staffing plans and notices. */
public final class Views {

    private Views() {
    }

    public record PersonView(Long id, String idNumber, String name, String gender, LocalDate birthDate, String identity,
                             String recordedBy, Instant recordedAt, long version) {}

    public record OccupancyView(Long id, Long personId, String unitCode, String unitName, String quotaType,
                                LocalDate validFrom, LocalDate validTo, String entryRoute, String increaseNoticeNumber,
                                String exitReason, String decreaseNoticeNumber, String overrideReason,
                                String basisDocument, String recordedBy, Instant recordedAt, long version) {}

    public record PostingView(Long id, Long personId, String unitCode, String unitName, String postType,
                              String arrangement, LocalDate validFrom, LocalDate validTo, LocalDate secondmentEnd,
                              String approvalDocument, String basisDocument, String recordedBy, Instant recordedAt,
                              long version) {}

    public record AppointmentView(Long id, Long personId, String unitCode, String unitName, String category,
                                  LocalDate validFrom, LocalDate validTo, String basisDocument, String recordedBy,
                                  Instant recordedAt, long version, String leadingRole, String postTitle) {}

    public record PlanView(Long id, String unitCode, String unitName, String quotaType, int count, int used,
                           int remaining, String reason, String status, LocalDate appliedOn, String appliedBy,
                           LocalDate decidedOn, String decidedBy, String decisionDocument, String decisionNote,
                           LocalDate validUntil, long version) {}

    public record NoticeView(Long id, String number, String kind, int year, int serial, String unitCode, String unitName,
                             String quotaType, Long personId, String personName, String idNumber, Long occupancyId,
                             Long staffingPlanId, LocalDate effectiveDate, String entryRoute, String exitReason,
                             String overrideReason, LocalDate issuedOn, String issuedBy, Instant issuedAt) {}

    public record ChangeView(Instant occurredAt, String actor, String entityType, Long entityId, String action,
                             String basisDocument, String before, String after) {}

    /** A person's occupancies, postings and appointments in force on one date. */
    public record RecordsOn(LocalDate date, List<OccupancyView> occupancies, List<PostingView> postings,
                            List<AppointmentView> appointments) {}

    /** A person's whole history: every occupancy, posting, appointment and notice, and every change. */
    public record Dossier(PersonView person, List<OccupancyView> occupancies, List<PostingView> postings,
                          List<AppointmentView> appointments, List<NoticeView> notices, List<ChangeView> changes) {}
}
