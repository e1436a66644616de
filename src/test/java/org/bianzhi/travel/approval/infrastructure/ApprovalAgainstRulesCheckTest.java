package org.bianzhi.travel.approval.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.bianzhi.testdb.EachDatabase;
import org.bianzhi.testdb.TestDb;
import org.bianzhi.travel.application.TravelSettings;
import org.bianzhi.travel.domain.TravelCheck.Context;
import org.bianzhi.travel.domain.TravelFinding;
import org.bianzhi.travel.domain.TravelRule;
import org.bianzhi.travel.casework.infrastructure.JdbcHandlingRecords;
import org.bianzhi.travel.infrastructure.TravelFixtures;

/** 审批把关不严 over the approvals on record: each rule an approval may break, with its near miss. */
class ApprovalAgainstRulesCheckTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    @EachDatabase
    void approvalsWithoutBothOpinionsOrAfterDepartureAreFoundOthersAreNot(TestDb db) throws SQLException {
        TravelFixtures t = new TravelFixtures(db);
        long p = db.person("申请人", "CIVIL_SERVANT");
        long fine = t.approval(p, "2026-05-01", "2026-05-10", "2026-04-20", "日本");
        long onDepartureDay = t.approval(p, "2026-05-01", "2026-05-10", "2026-05-01", "日本");
        long afterDeparture = t.approval(p, "2026-05-01", "2026-05-10", "2026-05-02", "日本");
        long noDiscipline = t.application(p, "APPROVED", "2026-05-01", "2026-05-10", "2026-04-20", "同意", null, "日本");
        long blankUnit = t.application(p, "APPROVED", "2026-05-01", "2026-05-10", "2026-04-20", "  ", "同意", "日本");
        t.application(p, "REJECTED", "2026-05-01", "2026-05-10", "2026-04-20", null, null, "日本");
        t.application(p, "APPROVED", "2026-08-01", "2026-08-10", "2026-07-01", null, null, "日本");

        List<TravelFinding> found = check(db).run(new Context(AS_OF, null));

        assertEquals(Set.of("T" + afterDeparture, "T" + noDiscipline, "T" + blankUnit),
                found.stream().map(TravelFinding::subject).collect(Collectors.toSet()),
                "T" + fine + " and T" + onDepartureDay + " are fine; rejected or decided after the day: not judged");
        assertTrue(found.stream().allMatch(f -> f.rule() == TravelRule.APPROVAL_AGAINST_RULES && f.personId() == p));
        assertEquals(LocalDate.of(2026, 5, 2), found.stream().filter(f -> f.subject().equals("T" + afterDeparture)).findFirst()
                .orElseThrow().date(), "dated by the decision");
        assertEquals(found, check(db).run(new Context(AS_OF, p)));
        assertEquals(List.of(), check(db).run(new Context(AS_OF, db.person("他人", "CIVIL_SERVANT"))));
    }

    @EachDatabase
    void anApprovalWithinThreeYearsOfAHandlingIsFoundOnTheAnniversaryItIsNot(TestDb db) throws SQLException {
        TravelFixtures t = new TravelFixtures(db);
        for (String handled : List.of("2023-05-10", "2024-02-29", "2023-12-31", "2024-01-01")) {
            LocalDate again = LocalDate.parse(handled).plusYears(3);
            long p = db.person("受处理", "CIVIL_SERVANT");
            t.handling(t.travelCase(p, "UNAPPROVED_TRIP", handled, "COUNTY"), "CRITICISM", handled);
            long dayBefore = t.approval(p, again.plusDays(5).toString(), again.plusDays(9).toString(), again.minusDays(1).toString(), "日本");
            long anniversary = t.approval(p, again.plusDays(20).toString(), again.plusDays(29).toString(), again.toString(), "日本");

            List<String> found = check(db).run(new Context(again.plusDays(30), p)).stream().map(TravelFinding::subject).toList();

            assertEquals(List.of("T" + dayBefore), found, "handled " + handled + ": T" + anniversary + " was decided on " + again);
        }
    }

    @EachDatabase
    void aHandlingAfterTheDecisionDoesNotMakeItAgainstTheRules(TestDb db) throws SQLException {
        TravelFixtures t = new TravelFixtures(db);
        long p = db.person("后受处理", "CIVIL_SERVANT");
        t.approval(p, "2026-05-01", "2026-05-10", "2026-04-20", "日本");
        t.handling(t.travelCase(p, "UNDECLARED_TRIP", "2026-04-21", "COUNTY"), "ADMONISHMENT", "2026-04-21");

        assertEquals(List.of(), check(db).run(new Context(AS_OF, p)));
    }

    private static ApprovalAgainstRulesCheck check(TestDb db) {
        ApprovalAgainstRulesCheck check = new ApprovalAgainstRulesCheck();
        check.dataSource = db.dataSource();
        check.handlings = JdbcHandlingRecords.over(db.dataSource());
        // the configured default (bianzhi.travel.sanction-years = 3); the bean's fields are injected only in the server
        check.settings = new TravelSettings() {
            @Override
            public int sanctionYears() {
                return 3;
            }
        };
        return check;
    }
}
