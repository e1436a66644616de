package org.bianzhi.roster.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.bianzhi.shared.application.Versioned;

/** What the roster shows: people and their records, staffing plans and notices. */
public final class Views {

    private Views() {
    }

    /** {@code rank} (职务层次 code, null: not recorded) and {@code household} (户口所在地) as in force today. */
    public record PersonView(Long id, String idNumber, String name, String gender, String genderLabel, LocalDate birthDate,
                             String identity, String identityLabel, String recordedBy, Instant recordedAt, long version,
                             String rank, String rankLabel, String household) implements Versioned {}

    /** One version of a person's 职务层次 (RANK) or 户口所在地 (HOUSEHOLD). */
    public record FactView(String kind, String value, String label, LocalDate validFrom, LocalDate validTo,
                           String basisDocument, String recordedBy, Instant recordedAt) {}

    public record OccupancyView(Long id, Long personId, String unitCode, String unitName, String quotaType,
                                String quotaTypeLabel, LocalDate validFrom, LocalDate validTo, String entryRoute,
                                String entryRouteLabel, String increaseNoticeNumber, String exitReason, String exitReasonLabel,
                                String decreaseNoticeNumber, String overrideReason,
                                String basisDocument, String recordedBy, Instant recordedAt, long version) implements Versioned {}

    public record PostingView(Long id, Long personId, String unitCode, String unitName, String postType,
                              String postTypeLabel, String arrangement, String arrangementLabel, LocalDate validFrom, LocalDate validTo, LocalDate secondmentEnd,
                              String approvalDocument, String basisDocument, String recordedBy, Instant recordedAt,
                              long version) implements Versioned {}

    public record AppointmentView(Long id, Long personId, String unitCode, String unitName, String category,
                                  String categoryLabel, LocalDate validFrom, LocalDate validTo, String basisDocument,
                                  String recordedBy, Instant recordedAt, long version, String leadingRole,
                                  String leadingRoleLabel, String postTitle) implements Versioned {}

    public record PlanView(Long id, String unitCode, String unitName, String quotaType, String quotaTypeLabel,
                           int count, int used, int remaining, String reason, String status, String statusLabel, LocalDate appliedOn, String appliedBy,
                           LocalDate decidedOn, String decidedBy, String decisionDocument, String decisionNote,
                           LocalDate validUntil, long version) implements Versioned {}

    public record NoticeView(Long id, String number, String kind, String kindLabel, int year, int serial, String unitCode,
                             String unitName, String quotaType, String quotaTypeLabel, Long personId, String personName,
                             String idNumber, Long occupancyId, Long staffingPlanId, LocalDate effectiveDate,
                             String entryRoute, String entryRouteLabel, String exitReason, String exitReasonLabel,
                             String overrideReason, LocalDate issuedOn, String issuedBy, Instant issuedAt) {}

    public record ChangeView(Instant occurredAt, String actor, String entityType, Long entityId, String action,
                             String basisDocument, String before, String after) {}

    /** A person's occupancies, postings and appointments in force on one date. */
    public record RecordsOn(LocalDate date, List<OccupancyView> occupancies, List<PostingView> postings,
                            List<AppointmentView> appointments) {}

    /** A person's whole history: every occupancy, posting, appointment, rank and household version, notice and change. */
    public record Dossier(PersonView person, List<OccupancyView> occupancies, List<PostingView> postings,
                          List<AppointmentView> appointments, List<NoticeView> notices, List<ChangeView> changes,
                          List<FactView> facts) implements Versioned {
        @Override
        public long version() {
            return person.version();
        }
    }
}
