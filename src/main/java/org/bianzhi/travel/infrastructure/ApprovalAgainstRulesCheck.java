package org.bianzhi.travel.infrastructure;

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
import org.bianzhi.travel.domain.ApprovalRules;
import org.bianzhi.travel.domain.HandlingRecords;
import org.bianzhi.travel.domain.TravelCheck;
import org.bianzhi.travel.domain.TravelFinding;
import org.bianzhi.travel.domain.TravelRule;

/**
 * 审批把关不严: every approval (entered or imported) decided by the day asked that {@link ApprovalRules} would have
 * refused on its decision day — given within the years after a handling, without both opinions, or after departure.
 */
@ApplicationScoped
public class ApprovalAgainstRulesCheck implements TravelCheck {

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;

    @Inject
    HandlingRecords handlings;

    @Inject
    TravelSettings settings;

    private record Approved(long personId, String number, LocalDate departsOn, String unitOpinion, String disciplineOpinion,
                            LocalDate decidedOn) {}

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
            found.add(new TravelFinding(TravelRule.APPROVAL_AGAINST_RULES, a.personId(), a.number(), a.decidedOn(),
                    "申请" + a.number() + "于 " + a.decidedOn() + " 批准，违反审批规定：" + why));
        }
        return found;
    }

    private List<Approved> approved(Context context) {
        String sql = "select person_id, application_number, departs_on, unit_opinion, discipline_opinion, decided_on"
                + " from travel_application where status = 'APPROVED' and decided_on <= ?"
                + " and recorded_at < ? and (source = 'IMPORT' or decided_on <= ?)" // the decision on record by the cut-off
                + (context.personId() == null ? "" : " and person_id = ?");
        var h = context.horizon();
        Object[] params = context.personId() == null ? new Object[] {h.asOf(), h.recordedBefore(), h.lastRecordingDay()}
                : new Object[] {h.asOf(), h.recordedBefore(), h.lastRecordingDay(), context.personId()};
        return Sql.call(dataSource, c -> Sql.list(c, sql, r -> new Approved(r.getLong(1), r.getString(2), r.getDate(3).toLocalDate(),
                r.getString(4), r.getString(5), r.getDate(6).toLocalDate()), params));
    }
}
