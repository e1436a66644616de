package org.bianzhi.travel.approval.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.bianzhi.roster.domain.IdNumber;
import org.bianzhi.roster.domain.Person;
import org.bianzhi.roster.domain.PersonRepository;
import org.bianzhi.shared.application.ChangeLog;
import org.bianzhi.shared.application.RegistryClock;
import org.bianzhi.shared.application.Scope;
import org.bianzhi.shared.domain.BianzhiException;
import org.bianzhi.shared.domain.Check;
import org.bianzhi.shared.domain.Labeled;
import org.bianzhi.travel.approval.domain.ApprovalRules;
import org.bianzhi.travel.approval.domain.Destination;
import org.bianzhi.travel.approval.domain.TravelApplication;
import org.bianzhi.travel.approval.domain.TravelApplicationRepository;
import org.bianzhi.travel.approval.domain.TravelPurpose;

/**
 * 历史审批记录导入: applications decided before the registry kept them, stored as they were decided — the decision
 * rules are not applied (they are history; the check 审批把关不严 reports what broke them). An application of the
 * same person with the same departure, return and decision day is on record already and is left alone, so a file
 * imported twice adds nothing. Only roles that see every unit import them. An opinion's verdict is read from its text
 * (不同意… disagrees); the approving unit (审批单位) is the file's 审批单位代码, else the configured one.
 */
@ApplicationScoped
public class ApplicationImport {

    private static final Set<String> APPROVED = Set.of("批准", "已批准", "同意", "APPROVED");
    private static final Set<String> REJECTED = Set.of("不予批准", "不批准", "不同意", "REJECTED");

    @Inject
    TravelApplicationRepository applications;

    @Inject
    PersonRepository people;

    @Inject
    TravelViewMapper views;

    @Inject
    ChangeLog changeLog;

    @Inject
    TravelApplicationService applicationService;

    @Inject
    RegistryClock clock;

    @Inject
    Scope scope;

    /** One decided application as a file has it; {@code destinations} as one cell (日本、中国香港). */
    public record Decided(String idNumber, String name, String destinations, String purpose, LocalDate departsOn,
                          LocalDate returnsOn, String unitOpinion, String disciplineOpinion, String decision,
                          LocalDate decidedOn, String decisionDocument, String approvingUnit) {}

    /** Stores the application; false when it is on record already. Refusals name the field at fault. */
    @Transactional(dontRollbackOn = BianzhiException.class)
    public boolean importDecided(Decided d) {
        scope.requireAllUnits("导入因私出国（境）审批记录");
        Check check = new Check();
        Person person = person(check, d.idNumber(), d.name());
        List<Destination> destinations = Destination.list(d.destinations());
        check.require(!destinations.isEmpty(), "destinations", "前往国家（地区）不能为空，多个以“、”或“,”分隔，每个不超过 100 字");
        check.notNull(d.departsOn(), "departsOn", "出发日期");
        check.notNull(d.returnsOn(), "returnsOn", "返回日期");
        if (d.departsOn() != null && d.returnsOn() != null) {
            check.require(!d.returnsOn().isBefore(d.departsOn()), "returnsOn", "返回日期 " + d.returnsOn() + " 早于出发日期 " + d.departsOn());
        }
        String decision = d.decision() == null ? "" : d.decision().strip().toUpperCase();
        check.require(APPROVED.contains(decision) || REJECTED.contains(decision), "decision",
                "审批结果“" + (d.decision() == null ? "" : d.decision()) + "”无法识别，应为 批准 或 不予批准");
        LocalDate today = clock.today();
        check.notNull(d.decidedOn(), "decidedOn", "审批日期");
        if (d.decidedOn() != null) check.require(!d.decidedOn().isAfter(today), "decidedOn", "审批日期 " + d.decidedOn() + " 晚于今天（" + today + "）");
        for (String[] text : new String[][] {{d.unitOpinion(), "unitOpinion", "单位意见"}, {d.disciplineOpinion(), "disciplineOpinion", "纪检意见"},
                {d.purpose(), "purpose", "事由"}}) {
            check.require(TravelApplicationService.length(text[0], TravelApplication.MAX_TEXT), text[1], text[2] + "不能超过 1000 字");
        }
        check.require(TravelApplicationService.length(d.decisionDocument(), TravelApplication.MAX_DOCUMENT), "decisionDocument", "批准文号不能超过 200 字");
        Long approvingUnit = null;
        try {
            approvingUnit = applicationService.approvingUnit(d.approvingUnit());
        } catch (BianzhiException e) {
            check.require(false, "approvingUnit", e.getMessage());
        }
        check.orThrow();
        if (applications.exists(person.id(), d.departsOn(), d.returnsOn(), d.decidedOn())) return false;

        String purposeText = TravelApplicationService.trim(d.purpose());
        TravelPurpose purpose = purpose(purposeText);
        String note = purposeText == null || purposeText.equals(purpose.label()) || purposeText.equalsIgnoreCase(purpose.name())
                ? null : purposeText;
        var plan = new TravelApplication.Plan(person.id(), destinations, purpose, note, d.departsOn(), d.returnsOn(), d.decidedOn());
        // the verdict as the text begins (不同意 …); an approval against a 不同意 is stored as decided, and found by the check
        TravelApplication a = TravelApplication.imported(applications.nextSerial(d.decidedOn().getYear()), plan,
                ApprovalRules.Opinion.ofText(TravelApplicationService.trim(d.unitOpinion())),
                ApprovalRules.Opinion.ofText(TravelApplicationService.trim(d.disciplineOpinion())),
                APPROVED.contains(decision), d.decidedOn(), TravelApplicationService.trim(d.decisionDocument()), approvingUnit,
                changeLog.actorName(), clock.now());
        applications.store(a);
        changeLog.record(new ChangeLog.Change("travel_application", a.id(), a.personId(), null, "导入历史审批记录",
                a.decisionDocument() == null ? a.number() : a.decisionDocument()), null, views.logged(a));
        return true;
    }

    /**
     * The choice a 事由 cell names: its code or label, or the one label it begins (探亲 → 探亲访友); anything else is
     * 其他, the text kept as the note.
     */
    static TravelPurpose purpose(String text) {
        if (text == null) return TravelPurpose.OTHER;
        var exact = Labeled.parse(TravelPurpose.class, text);
        if (exact.isPresent()) return exact.get();
        List<TravelPurpose> begun = java.util.Arrays.stream(TravelPurpose.values())
                .filter(p -> text.length() >= 2 && p.label().startsWith(text)).toList();
        return begun.size() == 1 ? begun.get(0) : TravelPurpose.OTHER;
    }

    /** The person on record with this ID number (an old 15-digit one converted) and this name; null after a violation. */
    private Person person(Check check, String idNumber, String name) {
        String number;
        try {
            number = IdNumber.read(idNumber).idNumber().value();
        } catch (BianzhiException e) {
            check.require(false, "idNumber", e.getMessage());
            return null;
        }
        Person p = people.findByIdNumber(number).orElse(null);
        check.require(p != null, "idNumber", "身份证号 " + number + " 未登记：请先登记该人员");
        if (p != null && name != null && !name.isBlank()) {
            check.require(p.name().equals(name.strip()), "name", "姓名“" + name.strip() + "”与身份证号 " + number
                    + " 登记的姓名“" + p.name() + "”不符");
        }
        return p;
    }
}
