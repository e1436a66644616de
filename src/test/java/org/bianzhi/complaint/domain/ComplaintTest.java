package org.bianzhi.complaint.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.bianzhi.shared.domain.BianzhiException;
import org.bianzhi.shared.domain.Check;
import org.bianzhi.shared.domain.Violation;
import org.junit.jupiter.api.Test;

class ComplaintTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    private static final Instant NOW = Instant.parse("2026-06-30T02:00:00Z");

    private static Complaint.Details details(LocalDate received, LocalDate due) {
        return new Complaint.Details(Channel.PHONE, received, null, "某局超编进人", Set.of(Category.OVER_QUOTA_HIRING),
                Set.of(), Set.of(), Set.of(), "jubao", due);
    }

    private static Complaint received() {
        return Complaint.received(2026, 7, details(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 31)), true, null, null, "jubao", NOW);
    }

    @Test
    void numberIncidentDateAndFirstEvent() {
        Complaint c = received();
        assertEquals("JB2026-00007", c.caseNumber());
        assertEquals(LocalDate.of(2026, 6, 1), c.incidentDate(), "defaults to the date received");
        assertEquals(ComplaintStatus.RECEIVED, c.status());
        List<ComplaintEvent> events = c.drainEvents();
        assertEquals(1, events.size());
        assertEquals(ComplaintEvent.Action.RECEIVED, events.get(0).action());
        assertEquals(List.of(), c.drainEvents(), "each event is stored once");
    }

    @Test
    void statusMovesOnlyForward() {
        Complaint c = received();
        BianzhiException early = assertThrows(BianzhiException.class, () -> c.conclude(Result.TRUE, "属实，已责令整改", "jubao", NOW, TODAY));
        assertEquals(BianzhiException.Kind.CONFLICT, early.kind());
        assertTrue(early.getMessage().contains("当前状态为“受理”"), early.getMessage());

        c.investigate("jubao", NOW, "转核查组");
        BianzhiException twice = assertThrows(BianzhiException.class, () -> c.investigate("jubao", NOW, null));
        assertTrue(twice.getMessage().contains("当前状态为“核查”"), twice.getMessage());

        BianzhiException noResult = assertThrows(BianzhiException.class, () -> c.conclude(null, null, "jubao", NOW, TODAY));
        assertEquals(BianzhiException.Kind.INVALID, noResult.kind());
        assertEquals(List.of("result", "conclusion"), noResult.violations().stream().map(Violation::field).toList());
        assertEquals(ComplaintStatus.INVESTIGATING, c.status());

        c.conclude(Result.PARTLY_TRUE, " 部分属实 ", "jubao", NOW, TODAY);
        assertEquals(ComplaintStatus.CONCLUDED, c.status());
        assertEquals("部分属实", c.conclusion());
        assertEquals(TODAY, c.concludedOn());
        assertThrows(BianzhiException.class, () -> c.conclude(Result.TRUE, "再次", "jubao", NOW, TODAY));
        assertThrows(BianzhiException.class, () -> c.revise(details(LocalDate.of(2026, 6, 1), null), "jubao", NOW, null));
        assertEquals(List.of(ComplaintEvent.Action.RECEIVED, ComplaintEvent.Action.INVESTIGATION_STARTED, ComplaintEvent.Action.CONCLUDED),
                c.drainEvents().stream().map(ComplaintEvent::action).toList());
    }

    @Test
    void overdueCountsDaysPastTheDueDateUntilConcluded() {
        Complaint c = received();
        assertEquals(0, c.daysOverdue(LocalDate.of(2026, 7, 31)));
        assertEquals(3, c.daysOverdue(LocalDate.of(2026, 8, 3)));
        c.investigate("jubao", NOW, null);
        c.conclude(Result.UNTRUE, "不属实", "jubao", NOW, TODAY);
        assertEquals(0, c.daysOverdue(LocalDate.of(2026, 8, 3)));
    }

    @Test
    void aSubjectWithAControlOrInvisibleCharacterIsRefused() {
        for (String hidden : List.of("\u0000", "\u001b", "\u202e", "\u200b", "\ufeff", "\u2028", "\udc00")) {
            Check check = new Check();
            Complaint.checkDetails(check, new Complaint.Details(Channel.PHONE, TODAY, null, "某局" + hidden + "超编进人",
                    Set.of(Category.OVER_QUOTA_HIRING), Set.of(), Set.of(), Set.of(), "jubao", TODAY.plusDays(30)), TODAY);
            assertEquals(List.of("subject"), check.violations().stream().map(Violation::field).toList());
        }
    }

    @Test
    void detailsAndReporterRules() {
        Check check = new Check();
        Complaint.checkDetails(check, new Complaint.Details(Channel.LETTER, TODAY.plusDays(1), TODAY.plusDays(2), " ",
                Set.of(Category.OTHER), Set.of(), Set.of(), Set.of(), "jubao", TODAY), TODAY);
        Complaint.checkReporter(check, true, "张三", "");
        assertEquals(List.of("receivedOn", "incidentDate", "subject", "dueDate", "reporterName"),
                check.violations().stream().map(Violation::field).toList());
        assertThrows(BianzhiException.class, () -> received().reporter(true, "k1:abc", null));
        Check lengths = new Check();
        Complaint.checkReporter(lengths, false, "张".repeat(51), "1".repeat(201));
        Complaint.checkNote(lengths, "注".repeat(1001));
        assertEquals(List.of("reporterName", "reporterContact", "note"), lengths.violations().stream().map(Violation::field).toList());
        assertThrows(BianzhiException.class, () -> received().investigate("jubao", NOW, "注".repeat(1001)));

        Check categories = new Check();
        assertEquals(Set.of(Category.GHOST_PAYROLL, Category.MIXED_POSTS), Category.parse(categories, List.of("吃空饷", "MIXED_POSTS")));
        assertTrue(categories.ok());
        Category.parse(categories, List.of());
        Category.parse(categories, List.of("乱发奖金"));
        assertEquals(2, categories.violations().size());
        assertTrue(categories.violations().get(1).reason().contains("超编进人/混编混岗"), categories.violations().toString());
        assertNull(received().sealedReporterName());
    }
}
