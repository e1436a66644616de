package org.bianzhi.travel.approval.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.bianzhi.shared.infrastructure.DatabaseDefinition;
import org.bianzhi.shared.infrastructure.Sql;
import org.bianzhi.travel.application.TravelSettings;
import org.bianzhi.travel.approval.domain.ApprovalRules;
import org.bianzhi.travel.casework.domain.HandlingRecords;
import org.bianzhi.travel.approval.domain.OpinionVerdict;
import org.bianzhi.travel.domain.PersonUnits;
import org.bianzhi.travel.domain.TravelCheck;
import org.bianzhi.travel.domain.TravelFinding;
import org.bianzhi.travel.domain.TravelRule;

/**
 * 审批把关不严: every approval (entered or imported) decided by the day asked that {@link ApprovalRules} would have
 * refused on its decision day — given within the years after a handling, without both opinions or against a 不同意,
 * or after departure. The finding is charged to the approver and the approving unit (审批单位), not the traveller.
 */
@ApplicationScoped
public class ApprovalAgainstRulesCheck implements TravelCheck {

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;

    @Inject
    HandlingRecords handlings;

    @Inject
    TravelSettings settings;

    private record Approved(long personId, String number, LocalDate departsOn, ApprovalRules.Opinion unitOpinion,
                            ApprovalRules.Opinion disciplineOpinion, LocalDate decidedOn, String traveller, String decidedBy,
                            PersonUnits.UnitRef approvingUnit) {}

    @Override
    public List<TravelRule> rules() {
        return List.of(TravelRule.APPROVAL_AGAINST_RULES);
    }

    @Override
    public List<TravelFinding> run(Context context) {
        List<Approved> approved = approved(context);
        if (approved.isEmpty()) return List.of();
        Set<Long> people = approved.stream().map(Approved::personId).collect(Collectors.toSet());
        Map<Long, List<ApprovalRules.Handling>> byPerson = handlings.ofPeople(people);
        ApprovalRules rules = new ApprovalRules(settings.sanctionYears());
        List<TravelFinding> found = new ArrayList<>();
        for (Approved a : approved) {
            List<ApprovalRules.Breach> breaches = rules.breaches(new ApprovalRules.Facts(a.decidedOn(), a.departsOn(),
                    a.unitOpinion(), a.disciplineOpinion(), byPerson.getOrDefault(a.personId(), List.of())));
            if (breaches.isEmpty()) continue;
            String why = breaches.stream().map(b -> "【" + b.rule().label() + "】" + b.message()).collect(Collectors.joining("；"));
            // charged to the approver and the approving unit; the traveller stays the finding's person and is named
            String who = (a.decidedBy() == null ? "" : "由 " + a.decidedBy() + " ") + "批准（审批单位："
                    + (a.approvingUnit() == null ? "未登记" : a.approvingUnit().name()) + "）";
            found.add(new TravelFinding(TravelRule.APPROVAL_AGAINST_RULES, a.personId(), a.number(), a.decidedOn(),
                    "申请" + a.number() + "（申请人 " + a.traveller() + "）于 " + a.decidedOn() + " " + who + "，违反审批规定：" + why,
                    new TravelFinding.Charge(a.decidedBy(), a.approvingUnit())));
        }
        return found;
    }

    private List<Approved> approved(Context context) {
        String sql = "select a.person_id, a.application_number, a.departs_on, a.unit_verdict, a.unit_opinion, a.discipline_verdict,"
                + " a.discipline_opinion, a.decided_on, p.name, a.decided_by, u.id, u.code, u.path,"
                + " (select v.name from unit_version v where v.unit_id = u.id order by v.valid_from desc fetch first 1 rows only)"
                + " from travel_application a join person p on p.id = a.person_id left join unit u on u.id = a.approving_unit_id"
                + " where a.status = 'APPROVED' and a.decided_on <= ?"
                + " and a.recorded_at < ? and (a.source = 'IMPORT' or a.decided_on <= ?)" // the decision on record by the cut-off
                + (context.personId() == null ? "" : " and a.person_id = ?")
                + " order by a.person_id, a.application_number"; // the same findings in the same order on every run
        var h = context.horizon();
        Object[] params = context.personId() == null ? new Object[] {h.asOf(), h.recordedBefore(), h.lastRecordingDay()}
                : new Object[] {h.asOf(), h.recordedBefore(), h.lastRecordingDay(), context.personId()};
        return Sql.call(dataSource, c -> Sql.list(c, sql, r -> new Approved(r.getLong(1), r.getString(2), r.getDate(3).toLocalDate(),
                opinion(r.getString(4), r.getString(5)), opinion(r.getString(6), r.getString(7)), r.getDate(8).toLocalDate(),
                r.getString(9), r.getString(10), r.getObject(11) == null ? null
                        : new PersonUnits.UnitRef(r.getLong(11), r.getString(12), r.getString(14), r.getString(13))), params));
    }

    private static ApprovalRules.Opinion opinion(String verdict, String text) {
        return verdict == null ? ApprovalRules.Opinion.ofText(text) : new ApprovalRules.Opinion(OpinionVerdict.valueOf(verdict), text);
    }
}
