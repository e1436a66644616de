package org.bianzhi.travel.approval.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.bianzhi.shared.application.Versioned;

/** What the private-travel screens show. */
public final class TravelViews {

    private TravelViews() {
    }

    /** The person concerned, with their unit today (null when they have no record). */
    public record PersonRef(long id, String name, String idNumber, String unitCode, String unitName) {}

    /** A rule that forbids approving the application today, with its reason. */
    public record Blocker(String rule, String ruleLabel, String field, String message) {}

    /** A point for the approver to look at (审查提示, not a refusal), with the figures it rests on. */
    public record Flag(String code, String label, String message, Map<String, Object> figures) {}

    /**
     * An application. {@code blockers}: for one waiting for its decision, what would refuse an approval today
     * (empty: it may be approved); {@code flags}: its long stay, frequent trips and repeated purpose. Both null in lists
     * and in the change log. Each opinion has its verdict (同意 / 不同意) and the account that entered it;
     * {@code approvingUnit}: the 审批单位 (code and name) of a decided one.
     */
    public record ApplicationView(Long id, String number, PersonRef person, List<String> destinations, String purpose, String purposeLabel,
                                  String purposeNote, LocalDate departsOn, LocalDate returnsOn, LocalDate appliedOn,
                                  String unitVerdict, String unitVerdictLabel, String unitOpinion, String unitOpinionBy, String unitOpinionAccount,
                                  LocalDate unitOpinionOn, String disciplineVerdict, String disciplineVerdictLabel, String disciplineOpinion,
                                  String disciplineOpinionBy, String disciplineOpinionAccount, LocalDate disciplineOpinionOn,
                                  String status, String statusLabel, LocalDate decidedOn, String decidedBy, String approvingUnitCode, String approvingUnitName, String decisionDocument,
                                  String decisionNote, String source, String sourceLabel, String recordedBy, Instant recordedAt, long version,
                                  List<Blocker> blockers, List<Flag> flags) implements Versioned {}
}
