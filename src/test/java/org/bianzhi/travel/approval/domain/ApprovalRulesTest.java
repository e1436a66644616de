package org.bianzhi.travel.approval.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.bianzhi.travel.approval.domain.ApprovalRules.Breach;
import org.bianzhi.travel.approval.domain.ApprovalRules.Facts;
import org.bianzhi.travel.approval.domain.ApprovalRules.Handling;
import org.bianzhi.travel.approval.domain.ApprovalRules.Rule;
import org.junit.jupiter.api.Test;
import org.bianzhi.travel.casework.domain.HandlingMethod;
import org.bianzhi.travel.casework.domain.ProblemClass;

class ApprovalRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    private final ApprovalRules rules = new ApprovalRules(3);

    private static Facts facts(LocalDate day, LocalDate departs, String unit, String discipline, Handling... handlings) {
        return new Facts(day, departs, ApprovalRules.Opinion.ofText(unit), ApprovalRules.Opinion.ofText(discipline), List.of(handlings));
    }

    private static ApprovalRules.Opinion agree() {
        return new ApprovalRules.Opinion(OpinionVerdict.AGREE, "同意");
    }

    private static Handling handled(long caseId, HandlingMethod method, LocalDate on) {
        return new Handling(caseId, ProblemClass.UNAPPROVED_TRIP, method, on);
    }

    private List<Rule> broken(Facts f) {
        return rules.breaches(f).stream().map(Breach::rule).toList();
    }

    @Test
    void anApprovalWithOpinionsBeforeDepartureAndNoHandlingIsAllowed() {
        assertEquals(List.of(), broken(facts(TODAY, TODAY.plusDays(10), "同意", "同意")));
    }

    @Test
    void noApprovalWithinThreeYearsOfAHandling() {
        LocalDate lessADay = TODAY.minusYears(3).plusDays(1);
        List<Breach> refused = rules.breaches(facts(TODAY, TODAY.plusDays(5), "同意", "同意",
                handled(41, HandlingMethod.ADMONISHMENT, lessADay)));
        assertEquals(List.of(Rule.SANCTION), refused.stream().map(Breach::rule).toList());
        String message = refused.get(0).message();
        assertTrue(message.contains("问题编号 41") && message.contains("诫勉") && message.contains("2023-07-01")
                && message.contains("自 2026-07-01 起方可批准"), message);
        assertEquals("person", refused.get(0).field());
        // near miss: three years and a day ago is past the limit; exactly three years is the first day allowed
        assertEquals(List.of(), broken(facts(TODAY, TODAY.plusDays(5), "同意", "同意",
                handled(41, HandlingMethod.ADMONISHMENT, TODAY.minusYears(3).minusDays(1)))));
        assertEquals(List.of(), broken(facts(TODAY, TODAY.plusDays(5), "同意", "同意",
                handled(41, HandlingMethod.ADMONISHMENT, TODAY.minusYears(3)))));
    }

    @Test
    void theLatestHandlingDecidedByTheDecisionDayCounts() {
        Handling old = handled(1, HandlingMethod.CRITICISM, TODAY.minusYears(5));
        Handling recent = handled(2, HandlingMethod.DISMISSAL, TODAY.minusYears(1));
        Breach b = rules.breaches(facts(TODAY, TODAY, "同意", "同意", old, recent)).get(0);
        assertTrue(b.message().contains("问题编号 2") && b.message().contains("免职"), b.message());
        // a handling decided after the decision day did not yet forbid it (the check judges past approvals on their day)
        assertEquals(List.of(), broken(facts(TODAY.minusYears(2), TODAY.minusYears(2), "同意", "同意", recent)));
    }

    @Test
    void bothOpinionsAreNeeded() {
        List<Breach> none = rules.breaches(facts(TODAY, TODAY, null, " "));
        assertEquals(List.of(Rule.OPINIONS), none.stream().map(Breach::rule).toList());
        assertTrue(none.get(0).message().contains("所在单位意见和纪检意见"), none.get(0).message());
        Breach noDiscipline = rules.breaches(facts(TODAY, TODAY, "同意", null)).get(0);
        assertEquals("disciplineOpinion", noDiscipline.field());
        assertTrue(noDiscipline.message().contains("尚未签署纪检意见"), noDiscipline.message());
        assertEquals("unitOpinion", rules.breaches(facts(TODAY, TODAY, "", "同意")).get(0).field());
    }

    @Test
    void theDecisionMayBeOnTheDayOfDepartureNotAfter() {
        assertEquals(List.of(), broken(facts(TODAY, TODAY, "同意", "同意")));
        List<Breach> late = rules.breaches(facts(TODAY, TODAY.minusDays(1), "同意", "同意"));
        assertEquals(List.of(Rule.AFTER_DEPARTURE), late.stream().map(Breach::rule).toList());
        assertTrue(late.get(0).message().contains("审批日期 2026-06-30 晚于出发日期 2026-06-29"), late.get(0).message());
    }

    @Test
    void everyRuleBrokenIsNamedInOrder() {
        assertEquals(List.of(Rule.SANCTION, Rule.OPINIONS, Rule.AFTER_DEPARTURE), broken(facts(TODAY, TODAY.minusDays(3), null, null,
                handled(7, HandlingMethod.REFERRAL, TODAY.minusMonths(2)))));
    }

    @Test
    void theYearsAreASetting() {
        Handling h = handled(3, HandlingMethod.CRITICISM, TODAY.minusYears(2));
        assertEquals(List.of(), new ApprovalRules(2).breaches(facts(TODAY, TODAY, "同意", "同意", h)));
        assertEquals(1, new ApprovalRules(5).breaches(facts(TODAY, TODAY, "同意", "同意", h)).size());
    }

    @Test
    void aPersonUnderReviewIsRefusedWithTheDayTheReviewBegan() {
        var open = new DisciplineReviews.Period(LocalDate.of(2026, 5, 20), null, "瑞纪〔2026〕8号");
        List<Breach> refused = rules.breaches(new Facts(TODAY, TODAY.plusDays(5), agree(), agree(), List.of(), open));
        assertEquals(List.of(Rule.DISCIPLINE_REVIEW), refused.stream().map(Breach::rule).toList());
        assertEquals("person", refused.get(0).field());
        assertTrue(refused.get(0).message().contains("自 2026-05-20 起处于纪律审查期间") && refused.get(0).message().contains("瑞纪〔2026〕8号")
                && refused.get(0).message().contains("尚未结束") && refused.get(0).message().contains("不能批准"), refused.get(0)::message);
        // without a review (none found, or not asked, as by the check of past approvals) nothing is said
        assertEquals(List.of(), broken(new Facts(TODAY, TODAY.plusDays(5), agree(), agree(), List.of(), null)));
    }

    @Test
    void aDisagreeingOpinionBlocksTheApprovalAndSaysWhichOne() {
        List<Breach> unit = rules.breaches(facts(TODAY, TODAY.plusDays(5), "不同意，工作任务重", "同意"));
        assertEquals(List.of(Rule.DISAGREED), unit.stream().map(Breach::rule).toList());
        assertEquals("unitOpinion", unit.get(0).field());
        assertTrue(unit.get(0).message().contains("所在单位意见为“不同意”（不同意，工作任务重）"), unit.get(0)::message);
        List<Breach> both = rules.breaches(facts(TODAY, TODAY.plusDays(5), "不同意", "不予同意"));
        assertEquals(List.of("unitOpinion", "disciplineOpinion"), both.stream().map(Breach::field).toList());
        assertTrue(both.get(1).message().startsWith("纪检意见（派驻纪检组意见）为“不同意”"), both.get(1)::message);
        // the verdict decides, not the wording: a text beginning 同意 under a DISAGREE verdict still blocks
        var f = new Facts(TODAY, TODAY.plusDays(5), new ApprovalRules.Opinion(OpinionVerdict.DISAGREE, "同意出访的意见保留"), agree(), List.of());
        assertEquals(List.of(Rule.DISAGREED), broken(f));
        // a verdict with no text is an opinion given
        assertEquals(List.of(), broken(new Facts(TODAY, TODAY.plusDays(5), new ApprovalRules.Opinion(OpinionVerdict.AGREE, null), agree(), List.of())));
    }

    @Test
    void opinionTextsAreReadAsTheMigrationReadsThem() {
        assertEquals(OpinionVerdict.DISAGREE, OpinionVerdict.ofText(" 不同意"));
        assertEquals(OpinionVerdict.DISAGREE, OpinionVerdict.ofText("不予同意，近期任务重"));
        assertEquals(OpinionVerdict.AGREE, OpinionVerdict.ofText("同意"));
        assertEquals(OpinionVerdict.AGREE, OpinionVerdict.ofText("无违纪问题，同意"));
        assertEquals(null, OpinionVerdict.ofText("  "));
    }
}
