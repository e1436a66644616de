package org.bianzhi.roster.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.bianzhi.establishment.application.UnitService;
import org.bianzhi.establishment.domain.LeadershipCategory;
import org.bianzhi.establishment.domain.QuotaType;
import org.bianzhi.establishment.domain.Unit;
import org.bianzhi.establishment.domain.UnitVersion;
import org.bianzhi.roster.application.RecordCommands.AppointmentCommand;
import org.bianzhi.roster.application.RecordCommands.EndCommand;
import org.bianzhi.roster.application.RecordCommands.OccupancyCommand;
import org.bianzhi.roster.application.RecordCommands.PostingCommand;
import org.bianzhi.roster.application.Views.AppointmentView;
import org.bianzhi.roster.application.Views.OccupancyView;
import org.bianzhi.roster.application.Views.PostingView;
import org.bianzhi.roster.domain.Appointment;
import org.bianzhi.roster.domain.LeadingRole;
import org.bianzhi.roster.domain.Arrangement;
import org.bianzhi.roster.domain.EntryRoute;
import org.bianzhi.roster.domain.Occupancy;
import org.bianzhi.roster.domain.Person;
import org.bianzhi.roster.domain.PersonRecord;
import org.bianzhi.roster.domain.PostType;
import org.bianzhi.roster.domain.Posting;
import org.bianzhi.roster.domain.RecordRepository;
import org.bianzhi.shared.application.ChangeLog;
import org.bianzhi.shared.application.RegistryClock;
import org.bianzhi.shared.domain.BianzhiException;
import org.bianzhi.shared.domain.Check;
import org.bianzhi.shared.domain.Recorded;
import org.bianzhi.shared.application.ExpectedVersion;

/**
 * A person's records as they are found: existing occupancies (登记存量, no quota control: what exists is
 * recorded and the audit reports what breaks the rules), postings and leadership appointments.
 * The methods an import calls refuse before they write, so a rejected row leaves nothing behind and
 * does not doom the import's transaction ({@code dontRollbackOn}).
 */
@ApplicationScoped
@Transactional
public class RecordService {

    @Inject
    ExpectedVersion versions;

    @Inject
    PersonService people;

    @Inject
    UnitService units;

    @Inject
    RecordRepository records;

    @Inject
    ChangeLog changeLog;

    @Inject
    RegistryClock clock;

    @Inject
    ViewMapper views;

    /** A record and whether it was added now (false: the same record was already there). */
    public record Outcome<V>(V view, boolean created) {}

    @Transactional(dontRollbackOn = BianzhiException.class)
    public Outcome<OccupancyView> registerOccupancy(Long personId, OccupancyCommand c) {
        Person person = people.require(personId);
        Check check = new Check();
        check.notNull(c.unitCode(), "unitCode", "编制单位代码");
        QuotaType type = check.choice(QuotaType.class, c.quotaType(), "quotaType", "编制类型");
        check.notNull(c.quotaType(), "quotaType", "编制类型");
        EntryRoute route = check.choice(EntryRoute.class, c.entryRoute(), "entryRoute", "入编方式");
        check.notNull(c.validFrom(), "validFrom", "入编日期");
        check.orThrow();
        Unit unit = units.require(c.unitCode());
        units.requireActive(unit, c.validFrom(), "validFrom");
        var existing = records.findOccupancy(person.id(), unit.id(), type);
        if (existing.isPresent() && existing.get().period().isOpen()) {
            return new Outcome<>(views.occupancy(existing.get()), false);
        }
        Occupancy o = new Occupancy(person.id(), unit.id(), type, c.validFrom(), route, blankToNull(c.increaseNoticeNumber()),
                null, recorded(c.basisDocument()));
        records.add(o);
        OccupancyView view = views.occupancy(o);
        log(o, "登记存量占编", c.basisDocument(), null, view);
        return new Outcome<>(view, true);
    }

    @Transactional(dontRollbackOn = BianzhiException.class)
    public Outcome<PostingView> addPosting(Long personId, PostingCommand c, boolean asFound) {
        Person person = people.require(personId);
        Check check = new Check();
        check.notNull(c.unitCode(), "unitCode", "工作单位代码");
        PostType postType = check.choice(PostType.class, c.postType(), "postType", "岗位类型");
        check.notNull(c.postType(), "postType", "岗位类型");
        Arrangement arrangement = c.arrangement() == null || c.arrangement().isBlank() ? Arrangement.REGULAR
                : check.choice(Arrangement.class, c.arrangement(), "arrangement", "工作安排");
        check.notNull(c.validFrom(), "validFrom", "上岗日期");
        check.require(arrangement != Arrangement.SECONDMENT || c.secondmentEnd() != null, "secondmentEnd",
                "借调必须填写借调截止日期");
        check.require(arrangement == Arrangement.SECONDMENT || c.secondmentEnd() == null, "secondmentEnd",
                "只有借调才填写借调截止日期");
        check.orThrow();
        Unit unit = units.require(c.unitCode());
        UnitVersion state = units.requireActive(unit, c.validFrom(), "validFrom");
        if (!postType.existsIn(state.kind())) {
            throw BianzhiException.invalid("postType", state.kind().label() + "“" + state.name() + "”没有" + postType.label()
                    + "（" + (state.kind().name().equals("ORGAN") ? "机关的岗位类型为 行政岗位/机关工勤岗位" : "事业单位的岗位类型为 管理岗位/专业技术岗位/工勤技能岗位") + "）");
        }
        var open = records.postingsOf(person.id()).stream().filter(p -> p.period().isOpen()).toList();
        for (Posting same : open) {
            if (same.unitId().equals(unit.id()) && same.postType() == postType && same.arrangement() == arrangement) {
                return new Outcome<>(views.posting(same), false);
            }
        }
        Posting p = new Posting(person.id(), unit.id(), postType, arrangement, c.validFrom(), c.secondmentEnd(),
                c.approvalDocument(), recorded(c.basisDocument()));
        // A new regular post ends the previous regular one (调动); secondments run beside it. An import
        // records the situation as found, two regular posts included (the audit reports them).
        var ended = asFound || arrangement != Arrangement.REGULAR ? List.<Posting>of()
                : open.stream().filter(o -> o.arrangement() == Arrangement.REGULAR).toList();
        for (Posting o : ended) {
            if (c.validFrom().isBefore(o.period().validFrom())) {
                throw BianzhiException.invalid("validFrom", "上岗日期 " + c.validFrom() + " 早于现任岗位的开始日期 "
                        + o.period().validFrom() + "，请核对日期");
            }
        }
        for (Posting o : ended) {
            PostingView before = views.posting(o);
            o.endOn(c.validFrom());
            log(o, "结束岗位（调整岗位）", c.basisDocument(), before, views.posting(o));
        }
        records.add(p);
        PostingView view = views.posting(p);
        log(p, "登记岗位", c.basisDocument(), null, view);
        return new Outcome<>(view, true);
    }

    @Transactional(dontRollbackOn = BianzhiException.class)
    public Outcome<AppointmentView> addAppointment(Long personId, AppointmentCommand c) {
        Person person = people.require(personId);
        Check check = new Check();
        check.notNull(c.unitCode(), "unitCode", "任职单位代码");
        LeadershipCategory category = check.choice(LeadershipCategory.class, c.category(), "category", "领导职务类别");
        check.notNull(c.category(), "category", "领导职务类别");
        check.notNull(c.validFrom(), "validFrom", "任职日期");
        LeadingRole role = c.leadingRole() == null || c.leadingRole().isBlank() ? null
                : check.choice(LeadingRole.class, c.leadingRole(), "leadingRole", "主要领导身份");
        check.require(c.postTitle() == null || c.postTitle().strip().length() <= 100, "postTitle", "职务名称不能超过100字");
        check.require(role == null || category == null || category == LeadershipCategory.UNIT_PRINCIPAL, "leadingRole",
                "主要领导身份（" + (role == null ? "" : role.label()) + "）只能登记在单位正职的任职上");
        check.orThrow();
        Unit unit = units.require(c.unitCode());
        units.requireActive(unit, c.validFrom(), "validFrom");
        for (Appointment a : records.appointmentsOf(person.id())) {
            if (a.period().isOpen() && a.unitId().equals(unit.id()) && a.category() == category) {
                return new Outcome<>(views.appointment(a), false);
            }
        }
        Appointment a = new Appointment(person.id(), unit.id(), category, role, c.postTitle(), c.validFrom(), recorded(c.basisDocument()));
        records.add(a);
        AppointmentView view = views.appointment(a);
        log(a, "任职", c.basisDocument(), null, view);
        return new Outcome<>(view, true);
    }

    public PostingView endPosting(Long postingId, EndCommand c) {
        Posting p = records.findPosting(postingId).orElseThrow(() -> BianzhiException.notFound("岗位记录", String.valueOf(postingId)));
        units.requireVisible(p.unitId(), "岗位记录", String.valueOf(postingId));
        requireEnd(c, p);
        PostingView before = views.posting(p);
        p.endOn(c.endDate());
        PostingView after = views.posting(p);
        log(p, "结束岗位", c.basisDocument(), before, after);
        return after;
    }

    public AppointmentView endAppointment(Long appointmentId, EndCommand c) {
        Appointment a = records.findAppointment(appointmentId)
                .orElseThrow(() -> BianzhiException.notFound("任职记录", String.valueOf(appointmentId)));
        units.requireVisible(a.unitId(), "任职记录", String.valueOf(appointmentId));
        requireEnd(c, a);
        AppointmentView before = views.appointment(a);
        a.endOn(c.endDate());
        AppointmentView after = views.appointment(a);
        log(a, "免职", c.basisDocument(), before, after);
        return after;
    }

    /** The person's occupancies, postings and appointments in force on {@code date} (the person must be visible). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Views.RecordsOn inForce(Long personId, LocalDate date) {
        Long id = people.require(personId).id();
        return new Views.RecordsOn(date,
                records.occupanciesOf(id).stream().filter(o -> o.period().contains(date)).map(views::occupancy).toList(),
                records.postingsOf(id).stream().filter(p -> p.period().contains(date)).map(views::posting).toList(),
                records.appointmentsOf(id).stream().filter(a -> a.period().contains(date)).map(views::appointment).toList());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OccupancyView occupancy(Long id) {
        Occupancy o = records.findOccupancy(id).orElseThrow(() -> BianzhiException.notFound("占编记录", String.valueOf(id)));
        units.requireVisible(o.unitId(), "占编记录", String.valueOf(id));
        return views.occupancy(o);
    }

    private void requireEnd(EndCommand c, PersonRecord r) {
        Check check = new Check();
        check.notNull(c.endDate(), "endDate", "结束日期");
        check.notNull(c.basisDocument(), "basisDocument", "依据文号");
        check.orThrow();
        versions.check("该记录", c.version(), r.version());
    }

    private void log(PersonRecord r, String action, String basis, Object before, Object after) {
        changeLog.record(new ChangeLog.Change(r.getClass().getSimpleName().toLowerCase(), r.id(), r.personId(), r.unitId(),
                action, basis), before, after);
    }

    private Recorded recorded(String basis) {
        return new Recorded(blankToNull(basis), changeLog.actorName(), clock.now());
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

}
