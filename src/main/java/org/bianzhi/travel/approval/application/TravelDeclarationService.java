package org.bianzhi.travel.approval.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bianzhi.roster.application.PersonService;
import org.bianzhi.shared.application.Bound;
import org.bianzhi.shared.application.ChangeLog;
import org.bianzhi.shared.application.Page;
import org.bianzhi.shared.application.RegistryClock;
import org.bianzhi.shared.application.Scope;
import org.bianzhi.shared.domain.BianzhiException;
import org.bianzhi.shared.domain.Check;
import org.bianzhi.travel.approval.application.TravelViews.PersonRef;
import org.bianzhi.travel.approval.domain.Destination;
import org.bianzhi.travel.domain.LateEntry;
import org.bianzhi.travel.approval.domain.TravelDeclaration;
import org.bianzhi.travel.approval.domain.TravelDeclarationRepository;
import org.bianzhi.travel.application.TravelSettings;

/** 个人报告的出国（境）情况: the office, 干部监督, or a clerk for their own people record trips people reported. */
@ApplicationScoped
@Transactional
public class TravelDeclarationService {

    @Inject
    TravelDeclarationRepository declarations;

    @Inject
    TravelViewMapper views;

    @Inject
    PersonService people;

    @Inject
    ChangeLog changeLog;

    @Inject
    RegistryClock clock;

    @Inject
    Scope scope;

    @Inject
    TravelSettings settings;

    /**
     * A reported trip: {@code returnsOn} empty while not back; {@code declaredOn} defaults to today; {@code lateReason}
     * (补录原因) when {@code declaredOn} lies more than the allowed days back.
     */
    public record DeclarationCommand(Long personId, LocalDate departsOn, LocalDate returnsOn,
                                     @Bound(chars = Destination.MAX_LENGTH) List<String> destinations,
                                     LocalDate declaredOn, @Bound(chars = TravelDeclaration.MAX_NOTE) String note,
                                     @Bound(chars = LateEntry.MAX_REASON) String lateReason) {}

    public record DeclarationView(Long id, PersonRef person, LocalDate departsOn, LocalDate returnsOn, List<String> destinations,
                                  LocalDate declaredOn, String note, String lateReason, String recordedBy, Instant recordedAt) {}

    public DeclarationView declare(DeclarationCommand c) {
        if (c == null) throw BianzhiException.invalid("body", "请求内容不能为空，请提交 JSON 格式的数据");
        Check check = new Check();
        check.notNull(c.personId(), "personId", "人员");
        if (c.personId() != null) people.require(c.personId());
        LocalDate today = clock.today();
        LocalDate declaredOn = c.declaredOn() == null ? today : c.declaredOn();
        check.notNull(c.departsOn(), "departsOn", "出发日期");
        if (c.departsOn() != null) {
            check.require(!c.departsOn().isAfter(declaredOn), "departsOn", "出发日期 " + c.departsOn() + " 晚于报告日期 "
                    + declaredOn + "：个人报告的是已经发生的出国（境）");
            if (c.returnsOn() != null) {
                check.require(!c.returnsOn().isBefore(c.departsOn()), "returnsOn", "返回日期 " + c.returnsOn() + " 早于出发日期 " + c.departsOn());
            }
        }
        check.require(!declaredOn.isAfter(today), "declaredOn", "报告日期 " + declaredOn + " 晚于今天（" + today + "）");
        List<Destination> destinations = new ArrayList<>();
        if (c.destinations() != null) c.destinations().forEach(t -> Destination.list(t).stream().filter(d -> !destinations.contains(d))
                .forEach(destinations::add));
        check.require(!destinations.isEmpty(), "destinations", "前往国家（地区）不能为空，至少填写一个");
        check.require(String.join(TravelDeclaration.SEPARATOR, destinations.stream().map(Destination::name).toList()).length()
                <= TravelDeclaration.MAX_DESTINATIONS, "destinations", "前往国家（地区）合计不能超过 500 字");
        check.require(TravelApplicationService.length(c.note(), TravelDeclaration.MAX_NOTE), "note", "说明不能超过 1000 字");
        String late = LateEntry.reason(check, "个人报告出国（境）情况", "报告日期", declaredOn, today, settings.lateEntryDays(), c.lateReason());
        check.orThrow();
        TravelDeclaration d = TravelDeclaration.declared(c.personId(), c.departsOn(), c.returnsOn(), destinations, declaredOn,
                TravelApplicationService.trim(c.note()), changeLog.actorName(), clock.now(), late);
        declarations.store(d);
        changeLog.record(new ChangeLog.Change("travel_declaration", d.id(), d.personId(), null, "登记个人报告的出国（境）情况", null),
                null, view(d, views.plain(d.personId())));
        return view(d, views.refs(List.of(d.personId())).get(d.personId()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<DeclarationView> list(Long personId, int offset, int limit) {
        if (personId != null) people.require(personId);
        List<TravelDeclaration> found = declarations.list(personId, scope.unitPath(), offset, limit);
        Map<Long, PersonRef> refs = views.refs(found.stream().map(TravelDeclaration::personId).toList());
        return new Page<>(found.stream().map(d -> view(d, refs.get(d.personId()))).toList(),
                declarations.count(personId, scope.unitPath()), offset, limit);
    }

    private static DeclarationView view(TravelDeclaration d, PersonRef person) {
        return new DeclarationView(d.id(), person, d.departsOn(), d.returnsOn(), d.destinations(), d.declaredOn(), d.note(),
                d.lateReason(), d.recordedBy(), d.recordedAt());
    }
}
