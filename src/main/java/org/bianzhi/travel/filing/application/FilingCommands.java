package org.bianzhi.travel.filing.application;

import java.time.LocalDate;
import org.bianzhi.shared.application.Bound;

/** What a clerk submits about filings, documents and the custody ledger. */
public final class FilingCommands {

    private FilingCommands() {
    }

    /** 登记备案: since = the day the obligation arose; reportedOn when already reported to public security. */
    public record FilingCommand(Long personId, String category, String department, LocalDate since, LocalDate reportedOn,
                                String basisDocument) {}

    /** 报备公安机关. */
    public record ReportCommand(LocalDate reportedOn, String basisDocument) {}

    /** 变更登记备案: a new category and/or department from {@code effectiveOn}. */
    public record ChangeCommand(String category, String department, LocalDate effectiveOn, String basisDocument, Long version) {}

    /** 撤销登记备案 on {@code endDate} (exclusive), e.g. 退休, 调离, 不再担任领导职务. */
    public record EndCommand(LocalDate endDate, @Bound(chars = 500) String reason, String basisDocument) {}

    /**
     * 证件登记 (and its correction, with the version read); {@code lateReason} (补录原因) when {@code declaredOn} lies
     * more than the allowed days back ({@link org.bianzhi.travel.domain.LateEntry}).
     */
    public record DocumentCommand(Long personId, String docType, @Bound(chars = 30) String docNumber, LocalDate issuedOn, LocalDate expiresOn,
                                  LocalDate declaredOn, String basisDocument, Long version, @Bound(chars = 500) String lateReason) {}

    /** 注销/吊销/遗失; {@code lateReason} when the date lies more than the allowed days back. */
    public record CancelCommand(LocalDate date, @Bound(chars = 500) String reason, String basisDocument, @Bound(chars = 500) String lateReason) {}

    /**
     * A move of the custody ledger; {@code applicationId} for a check-out, {@code reason} for a release,
     * {@code lateReason} (补录原因) when the date lies more than the allowed days back.
     */
    public record MoveCommand(LocalDate date, Long applicationId, @Bound(chars = 500) String note, @Bound(chars = 500) String reason,
                              String basisDocument, @Bound(chars = 500) String lateReason) {}
}
