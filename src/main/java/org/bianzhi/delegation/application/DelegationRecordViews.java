package org.bianzhi.delegation.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.bianzhi.delegation.application.DelegationViews.UnitRef;

/** The public notice with its objections, and what the return brings (鉴定表, 财务审计) with what is still due. */
public final class DelegationRecordViews {

    private DelegationRecordViews() {
    }

    /** 拟出国（境）人员: name, identity (身份: unit and post on the departure day), dispatching unit (派遣单位), role in the delegation. */
    public record NoticePerson(long personId, String name, String identity, UnitRef dispatchingUnit, String role, String roleLabel) {}

    /**
     * 公示内容 (seed 000): 姓名、身份、邀请单位、组团单位、派遣部门、出国（境）目的和任务、所去国家和地区、行期、经费来源和批准单位.
     * {@code approvingUnit}: the setting {@code bianzhi.delegation.approving-unit}, with the approval document once approved.
     */
    public record NoticeContents(String number, String name, List<NoticePerson> people, String inviter, UnitRef organiser,
                                 List<UnitRef> dispatchingUnits, String purpose, List<String> destinations, LocalDate departsOn,
                                 LocalDate returnsOn, String fundingSource, String approvingUnit, String approvalDocument) {}

    /** 复核: its outcome and findings. */
    public record ReviewView(Long id, LocalDate reviewedOn, String outcome, String outcomeLabel, String finding, String basisDocument,
                             String recordedBy, Instant recordedAt) {}

    /**
     * 公示异议: about a member ({@code personId}) or the delegation (null); {@code raisedBy} is shown to the roles that see
     * every unit only; {@code outcome} the latest review's (null: unresolved); every review kept, oldest first.
     */
    public record ObjectionView(Long id, LocalDate receivedOn, String channel, String channelLabel, Long personId, String personName, String raisedBy,
                                String content, String recordedBy, Instant recordedAt, String outcome, String outcomeLabel, List<ReviewView> reviews) {}

    /**
     * 公示: the contents, the period (a week, {@code days} long), whether it is required (a leader among the members),
     * its state on today (NONE 未公示, PENDING 未开始, RUNNING 公示中, ENDED 已期满), the objections, and what keeps the
     * delegation from being approved today ({@code blockers}, empty when nothing does).
     */
    public record NoticeView(Long delegationId, NoticeContents contents, LocalDate from, LocalDate to, String place, long days,
                             boolean required, String state, List<ObjectionView> objections, List<String> blockers) {}

    /** 出国人员鉴定表 of a member. */
    public record EvaluationView(Long id, long personId, String personName, LocalDate filedOn, String conduct, String leaderOpinion,
                                 String reviewedByUnit, String recordedBy, Instant recordedAt) {}

    /** 财务审计（结算）. */
    public record AuditView(Long id, LocalDate auditedOn, String auditor, BigDecimal spentYuan, BigDecimal disallowedYuan,
                            String conclusion, String recordedBy, Instant recordedAt) {}

    /** Something the return still owes: EVALUATION 鉴定表 (of a member) or AUDIT 财务审计, its due day and days past it. */
    public record DueItem(String what, String label, Long personId, String personName, LocalDate due, long daysOverdue) {}

    /** 回国后: the evaluations and audit on record, and what is missing as of {@code asOf}. */
    public record ReturnRecord(Long delegationId, String number, String name, UnitRef organiser, LocalDate returnedOn,
                               List<EvaluationView> evaluations, AuditView audit, List<DueItem> missing) {}

    /** 回国后应交未交: per returned delegation what is missing on {@code asOf}; {@code overdue} counts the items past due. */
    public record ReturnDueList(LocalDate asOf, int overdue, List<ReturnRecord> delegations) {}
}
