package org.bianzhi.travel.casework.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bianzhi.testdb.EachDatabase;
import org.bianzhi.testdb.TestDb;
import org.bianzhi.travel.approval.domain.ApprovalRules.Handling;
import org.bianzhi.travel.casework.domain.HandlingMethod;
import org.bianzhi.travel.casework.domain.ProblemClass;
import org.bianzhi.travel.infrastructure.TravelFixtures;

/** The handlings the approval rules weigh: every handling of every case of the people asked for, and only theirs. */
class JdbcHandlingRecordsTest {

    @EachDatabase
    void eachHandlingOfThePersonsCasesIsReadWithItsCaseAndDay(TestDb db) throws SQLException {
        TravelFixtures t = new TravelFixtures(db);
        long handled = db.person("受处理", "CIVIL_SERVANT");
        long other = db.person("他人", "CIVIL_SERVANT");
        long unapproved = t.travelCase(handled, "UNAPPROVED_TRIP", "2024-01-01", "COUNTY");
        // 审批把关不严 in the application of `other`: charged to `handled`, the approver, never to the traveller
        long lax = t.travelCase(other, "LAX_APPROVAL", "2025-01-01", "COUNTY");
        t.charge(lax, null, handled);
        long laxUncharged = t.travelCase(other, "LAX_APPROVAL", "2025-01-01", "COUNTY");
        t.handling(laxUncharged, "CRITICISM", "2025-02-01");
        t.handling(unapproved, "CRITICISM", "2024-02-01");
        t.handling(unapproved, "ADMONISHMENT", "2024-03-01");
        t.handling(lax, "REASSIGNMENT", "2025-02-01");
        t.handling(t.travelCase(other, "UNDECLARED_TRIP", "2024-01-01", "TOWNSHIP"), "DEMOTION", "2024-05-01");
        long unhandled = db.person("未处理", "CIVIL_SERVANT");
        t.travelCase(unhandled, "UNDECLARED_TRIP", "2024-01-01", "TOWNSHIP");

        Set<Handling> expected = Set.of(new Handling(unapproved, ProblemClass.UNAPPROVED_TRIP, HandlingMethod.CRITICISM, LocalDate.of(2024, 2, 1)),
                new Handling(unapproved, ProblemClass.UNAPPROVED_TRIP, HandlingMethod.ADMONISHMENT, LocalDate.of(2024, 3, 1)),
                new Handling(lax, ProblemClass.LAX_APPROVAL, HandlingMethod.REASSIGNMENT, LocalDate.of(2025, 2, 1)));
        assertEquals(expected, Set.copyOf(records(db).of(handled)));
        assertEquals(List.of(), records(db).of(unhandled), "a case not yet handled restricts nothing");
        assertEquals(List.of(HandlingMethod.DEMOTION), records(db).of(other).stream().map(Handling::method).toList(),
                "the traveller is not handled for the approver's 审批把关不严");
        Map<Long, List<Handling>> everyone = records(db).ofPeople(null);
        assertEquals(Set.of(handled, other), everyone.keySet());
        assertEquals(Set.of(handled), records(db).ofPeople(List.of(handled, unhandled)).keySet());
    }

    private static JdbcHandlingRecords records(TestDb db) {
        JdbcHandlingRecords records = new JdbcHandlingRecords();
        records.dataSource = db.dataSource();
        return records;
    }
}
