package org.bianzhi.delegation.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.bianzhi.shared.application.Bound;

/** What the office and unit clerks submit about official delegations and disciplinary reviews. */
public final class DelegationCommands {

    private DelegationCommands() {
    }

    /** 登记纪律审查: the person, the first day under review, the document. */
    public record ReviewCommand(Long personId, LocalDate from, String basisDocument) {}

    /** 审查结束: the day the review ended (from then on the person is no longer under review), the document. */
    public record EndReviewCommand(LocalDate date, String basisDocument) {}

    /** A member: the person and their role (LEADER 团长 / MEMBER 成员, default MEMBER). */
    public record MemberCommand(Long personId, String role) {}

    /**
     * A delegation to create, or a draft's new content (every field, as the form holds it); {@code purpose} the 出访类别
     * of the review statistics (VISIT/TRADE/LABOUR/TRAINING/OTHER, optional).
     */
    public record DelegationCommand(String name, String organiserUnitCode, @Bound(chars = 2000) String task, String inviter,
                                    @Bound(chars = 100) List<String> destinations, LocalDate departsOn, LocalDate returnsOn,
                                    String fundingSource, LocalDate noticeFrom, LocalDate noticeTo, String noticePlace,
                                    List<MemberCommand> members, Long version, String purpose) {}

    /** 批准: the approval document (批准文号). */
    public record ApproveCommand(String approvalDocument) {}

    /** 回国: the actual return date. */
    public record ReturnCommand(LocalDate date) {}

    /** 出访报告: the day it was filed and its summary. */
    public record ReportCommand(LocalDate date, @Bound(chars = 4000) String summary) {}

    /** 撤销: why. */
    public record CancelCommand(@Bound(chars = 1000) String reason) {}

    /** 公示异议: the day received, channel (ORAL/PHONE/WRITTEN), the member it concerns (null: the delegation), who raised it, what it says. */
    public record ObjectionCommand(LocalDate receivedOn, String channel, Long personId, @Bound(chars = 100) String raisedBy,
                                   @Bound(chars = 2000) String content) {}

    /** 复核: the day, outcome (UPHELD 异议成立 / DISMISSED 异议不成立), findings, document. */
    public record ObjectionReviewCommand(LocalDate date, String outcome, @Bound(chars = 2000) String finding, String basisDocument) {}

    /** 出国人员鉴定表: the member, the day filed, the evaluation, the leader's opinion, the unit that reviewed and sealed it. */
    public record EvaluationCommand(Long personId, LocalDate filedOn, @Bound(chars = 2000) String conduct,
                                    @Bound(chars = 1000) String leaderOpinion, String reviewedByUnit) {}

    /** 财务审计: the day, the auditor, the total spent and the part refused (元), the conclusion. */
    public record AuditCommand(LocalDate auditedOn, String auditor, BigDecimal spentYuan, BigDecimal disallowedYuan,
                               @Bound(chars = 2000) String conclusion) {}
}
