package org.bianzhi.travel.infrastructure;

import static org.bianzhi.travel.infrastructure.TravelRows.date;
import static org.bianzhi.travel.infrastructure.TravelRows.instant;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.bianzhi.shared.application.RegistryClock;
import org.bianzhi.shared.infrastructure.DatabaseDefinition;
import org.bianzhi.shared.infrastructure.Sql;
import org.bianzhi.travel.filing.domain.CustodyMovementKind;
import org.bianzhi.travel.filing.domain.DocumentType;
import org.bianzhi.travel.domain.Horizon;
import org.bianzhi.travel.domain.TravelCheck;
import org.bianzhi.travel.domain.TravelFinding;
import org.bianzhi.travel.domain.TravelRule;

/**
 * 事后补录: every entry stored with a late reason (V23) — a custody move, a document's declaration or cancellation, a
 * trip the person reported — as a finding dated the day it was entered, naming the fact, its date, who entered it,
 * when, and why. Known from the moment it was entered: as of an earlier day, or recorded on an earlier day, it is not
 * there.
 */
@ApplicationScoped
public class LateEntryCheck implements TravelCheck {

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;

    @Override
    public List<TravelRule> rules() {
        return List.of(TravelRule.LATE_ENTRY_CUSTODY, TravelRule.LATE_ENTRY_TRAVEL);
    }

    @Override
    public List<TravelFinding> run(Context context) {
        Horizon h = context.horizon();
        Instant endOfDay = new Horizon(context.asOf(), context.asOf()).recordedBefore(); // entered by the end of the day asked
        Instant until = endOfDay.isBefore(h.recordedBefore()) ? endOfDay : h.recordedBefore();
        Long person = context.personId();
        String who = person == null ? "" : " and d.person_id = ?";
        Object[] params = person == null ? new Object[] {until} : new Object[] {until, person};
        List<TravelFinding> found = new ArrayList<>();
        Sql.run(dataSource, c -> {
            Sql.list(c, "select m.id, d.person_id, m.kind, m.moved_on, m.recorded_at, m.recorded_by, m.late_reason, d.doc_type, d.doc_number"
                    + " from custody_movement m join travel_document d on d.id = m.document_id"
                    + " where m.late_reason is not null and m.recorded_at < ?" + who, r -> found.add(finding(TravelRule.LATE_ENTRY_CUSTODY,
                    r.getLong(2), "custody_movement:" + r.getLong(1), "证件" + CustodyMovementKind.valueOf(r.getString(3)).label()
                            + "（" + document(r.getString(8), r.getString(9)) + "）", date(r, 4), instant(r, 5), r.getString(6),
                    r.getString(7))), params);
            Sql.list(c, "select d.id, d.person_id, d.declared_on, d.recorded_at, d.recorded_by, d.late_reason, d.doc_type, d.doc_number"
                    + " from travel_document d where d.late_reason is not null and d.recorded_at < ?" + who,
                    r -> found.add(finding(TravelRule.LATE_ENTRY_CUSTODY, r.getLong(2), "travel_document:" + r.getLong(1),
                            "报告持有证件（" + document(r.getString(7), r.getString(8)) + "）", date(r, 3), instant(r, 4),
                            r.getString(5), r.getString(6))), params);
            Sql.list(c, "select d.id, d.person_id, d.cancelled_on, d.cancel_recorded_at, d.cancel_recorded_by, d.cancel_late_reason,"
                    + " d.doc_type, d.doc_number from travel_document d where d.cancel_late_reason is not null and d.cancel_recorded_at < ?" + who,
                    r -> found.add(finding(TravelRule.LATE_ENTRY_CUSTODY, r.getLong(2), "travel_document:" + r.getLong(1) + ":cancel",
                            "证件注销（" + document(r.getString(7), r.getString(8)) + "）", date(r, 3), instant(r, 4),
                            r.getString(5), r.getString(6))), params);
            Sql.list(c, "select d.id, d.person_id, d.declared_on, d.recorded_at, d.recorded_by, d.late_reason, d.departs_on,"
                    + " d.returns_on, d.destinations from travel_declaration d where d.late_reason is not null and d.recorded_at < ?" + who,
                    r -> found.add(finding(TravelRule.LATE_ENTRY_TRAVEL, r.getLong(2), "travel_declaration:" + r.getLong(1),
                            "个人报告出国（境）情况（" + date(r, 7) + " 至 " + (date(r, 8) == null ? "未返回" : date(r, 8).toString())
                                    + "，" + r.getString(9) + "）", date(r, 3), instant(r, 4), r.getString(5), r.getString(6))), params);
        });
        return found;
    }

    private static String document(String type, String number) {
        return DocumentType.valueOf(type).label() + " " + number;
    }

    private static TravelFinding finding(TravelRule rule, long personId, String subject, String what, LocalDate effective,
                                         Instant recordedAt, String by, String reason) {
        LocalDate recorded = recordedAt.atZone(RegistryClock.ZONE).toLocalDate();
        return new TravelFinding(rule, personId, subject, recorded, what + "的日期为 " + effective + "，于 " + recorded + " 由 " + by
                + " 登记，事后补录 " + ChronoUnit.DAYS.between(effective, recorded) + " 天；补录原因：" + reason);
    }
}
