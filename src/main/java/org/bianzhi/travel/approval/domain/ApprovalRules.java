package org.bianzhi.travel.approval.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.bianzhi.travel.casework.domain.HandlingMethod;
import org.bianzhi.travel.casework.domain.ProblemClass;
import org.bianzhi.travel.domain.TravelRule;

/**
 * 因私出国（境）审批规则: what an approval must respect, checked when the office approves and again, for every approval
 * on record (also imported ones), by the check 审批把关不严 ({@link TravelRule#APPROVAL_AGAINST_RULES}):
 * <ul>
 *   <li>(a) {@link Rule#SANCTION}: no approval within {@code sanctionYears} after the person was last handled for a
 *   travel violation; approval is possible again from the anniversary of that handling;</li>
 *   <li>(b) {@link Rule#OPINIONS}: the unit's opinion and the discipline-inspection opinion (纪检意见) are on record,
 *   and {@link Rule#DISAGREED}: neither of them says 不同意;</li>
 *   <li>(c) {@link Rule#AFTER_DEPARTURE}: the decision is made on the day of departure at the latest (先出后批 and
 *   以请假代替审批 are not allowed);</li>
 *   <li>(d) {@link Rule#DISCIPLINE_REVIEW}: the person is not under disciplinary review on the decision day or during
 *   the trip, as for official delegations (the review is found by {@link DisciplineReviews}; the check of past
 *   approvals passes none, since its findings reach unit clerks, who may not learn of a review).</li>
 * </ul>
 */
public final class ApprovalRules {

    public enum Rule {
        SANCTION("受处理未满限制期限"),
        OPINIONS("未经单位和纪检部门签署意见"),
        DISAGREED("单位或纪检部门意见为不同意"),
        AFTER_DEPARTURE("先出后批"),
        DISCIPLINE_REVIEW("处于纪律审查期间");

        private final String label;

        Rule(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A handling (处理) of one of the person's cases: which case, how, and on which day it was decided. */
    public record Handling(long caseId, ProblemClass problemClass, HandlingMethod method, LocalDate decidedOn) {}

    /** An opinion as signed: its verdict (null: not given) and its text. */
    public record Opinion(OpinionVerdict verdict, String text) {

        /** An opinion known by its text only (imported, or recorded before verdicts): its verdict read from the text. */
        public static Opinion ofText(String text) {
            return new Opinion(OpinionVerdict.ofText(text), text);
        }

        boolean given() {
            return verdict != null;
        }
    }

    /**
     * What an approval is judged on: its day, the planned departure, the two opinions, the person's handlings and the
     * review that bars them (null: none, or not asked).
     */
    public record Facts(LocalDate decisionDay, LocalDate departsOn, Opinion unitOpinion, Opinion disciplineOpinion,
                        Collection<Handling> handlings, DisciplineReviews.Period review) {

        public Facts(LocalDate decisionDay, LocalDate departsOn, Opinion unitOpinion, Opinion disciplineOpinion,
                     Collection<Handling> handlings) {
            this(decisionDay, departsOn, unitOpinion, disciplineOpinion, handlings, null);
        }
    }

    /** One rule an approval breaks, with the field it concerns and a message that says exactly why. */
    public record Breach(Rule rule, String field, String message) {}

    private final int sanctionYears;

    public ApprovalRules(int sanctionYears) {
        this.sanctionYears = sanctionYears;
    }

    /** Every rule the approval described by {@code f} breaks, in the order (a) to (d); empty when it may be given. */
    public List<Breach> breaches(Facts f) {
        List<Breach> found = new ArrayList<>();
        latestHandling(f).ifPresent(h -> {
            LocalDate again = h.decidedOn().plusYears(sanctionYears);
            if (f.decisionDay().isBefore(again)) {
                found.add(new Breach(Rule.SANCTION, "person", "该人员因违规问题（问题编号 " + h.caseId() + "，"
                        + h.problemClass().label() + "）于 " + h.decidedOn() + " 受到“" + h.method().label() + "”处理，"
                        + sanctionYears + " 年内不得批准其因私出国（境），自 " + again + " 起方可批准"));
            }
        });
        boolean unit = given(f.unitOpinion());
        boolean discipline = given(f.disciplineOpinion());
        if (!unit || !discipline) {
            String missing = !unit && !discipline ? "所在单位意见和纪检意见" : !unit ? "所在单位意见" : "纪检意见";
            found.add(new Breach(Rule.OPINIONS, !unit ? "unitOpinion" : "disciplineOpinion",
                    "尚未签署" + missing + "，须经所在单位和纪检部门签署意见后方可审批"));
        }
        disagreed(found, f.unitOpinion(), "unitOpinion", "所在单位意见");
        disagreed(found, f.disciplineOpinion(), "disciplineOpinion", "纪检意见（派驻纪检组意见）");
        if (f.decisionDay().isAfter(f.departsOn())) {
            found.add(new Breach(Rule.AFTER_DEPARTURE, "departsOn", "审批日期 " + f.decisionDay() + " 晚于出发日期 "
                    + f.departsOn() + "，不得先出后批或以请假代替审批"));
        }
        DisciplineReviews.Period r = f.review();
        if (r != null) {
            found.add(new Breach(Rule.DISCIPLINE_REVIEW, "person", "该人员自 " + r.from() + " 起处于纪律审查期间（"
                    + r.basisDocument() + "，" + (r.to() == null ? "尚未结束" : "至 " + r.to() + " 结束") + "），不能批准其因私出国（境）"));
        }
        return found;
    }

    /** The latest handling decided by the decision day: the one that restricts longest. */
    private static Optional<Handling> latestHandling(Facts f) {
        return f.handlings().stream()
                .filter(h -> !h.decidedOn().isAfter(f.decisionDay()))
                .max(Comparator.comparing(Handling::decidedOn).thenComparing(Handling::caseId));
    }

    private static boolean given(Opinion o) {
        return o != null && o.given();
    }

    private static void disagreed(List<Breach> found, Opinion o, String field, String which) {
        if (o == null || o.verdict() != OpinionVerdict.DISAGREE) return;
        found.add(new Breach(Rule.DISAGREED, field, which + "为“不同意”" + (o.text() == null || o.text().isBlank() ? ""
                : "（" + o.text().strip() + "）") + "，不能批准"));
    }
}
