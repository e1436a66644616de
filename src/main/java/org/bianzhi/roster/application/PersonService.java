package org.bianzhi.roster.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.bianzhi.establishment.application.UnitService;
import org.bianzhi.roster.application.Views.Dossier;
import org.bianzhi.roster.application.Views.PersonView;
import org.bianzhi.roster.domain.CadreRank;
import org.bianzhi.roster.domain.Gender;
import org.bianzhi.roster.domain.IdNumber;
import org.bianzhi.roster.domain.Person;
import org.bianzhi.roster.domain.PersonFact;
import org.bianzhi.roster.domain.PersonFactKind;
import org.bianzhi.roster.domain.PersonIdentity;
import org.bianzhi.roster.domain.PersonName;
import org.bianzhi.roster.domain.PersonRepository;
import org.bianzhi.roster.domain.RecordRepository;
import org.bianzhi.roster.domain.WorkflowRepository;
import org.bianzhi.shared.application.ChangeLog;
import org.bianzhi.shared.application.Page;
import org.bianzhi.shared.application.PersonalDataReads;
import org.bianzhi.shared.application.RegistryClock;
import org.bianzhi.shared.application.Scope;
import org.bianzhi.shared.domain.BianzhiException;
import org.bianzhi.shared.domain.ChangeLogRepository;
import org.bianzhi.shared.domain.Check;
import org.bianzhi.shared.domain.Recorded;
import org.bianzhi.shared.application.ExpectedVersion;
import org.bianzhi.shared.application.UnitOfWork;

/** 人员登记: register people by real name and ID number, correct them, read their whole history. */
@ApplicationScoped
@Transactional
public class PersonService {

    @Inject
    ExpectedVersion versions;

    @Inject
    UnitOfWork work;

    @Inject
    PersonRepository people;

    @Inject
    RecordRepository records;

    @Inject
    WorkflowRepository workflow;

    @Inject
    ChangeLogRepository changes;

    @Inject
    UnitService units;

    @Inject
    ChangeLog changeLog;

    @Inject
    RegistryClock clock;

    @Inject
    ViewMapper views;

    @Inject
    Scope scope;

    @Inject
    PersonalDataReads reads;

    /** The person and whether they were registered now (false: the same person was on record). */
    public record Outcome(Person person, boolean created) {}

    public PersonView register(PersonCommand c) {
        Outcome o = findOrRegister(c, "");
        if (o.created()) recordFacts(o.person(), c);
        if (!o.created()) {
            if (!sees(o.person())) throw registeredElsewhere(o.person().idNumber(), "");
            throw BianzhiException.conflict("person-exists", "idNumber", "身份证号 " + o.person().idNumber()
                    + " 已登记为“" + o.person().name() + "”（人员编号 " + o.person().id() + "）");
        }
        return views.person(o.person());
    }

    /**
     * The person with this ID number, registering them if new. A record naming the same ID number with
     * another name is a conflict: one of the two is wrong and a clerk must decide which.
     * {@code fieldPrefix} places field errors inside a larger request (e.g. {@code person.}).
     */
    @Transactional(dontRollbackOn = BianzhiException.class)
    public Outcome findOrRegister(PersonCommand c, String fieldPrefix) {
        Check check = new Check(fieldPrefix);
        String idProblem = IdNumber.problem(c.idNumber(), clock.today());
        check.require(idProblem == null, "idNumber", idProblem);
        Gender gender = check.choice(Gender.class, c.gender(), "gender", "性别");
        PersonIdentity identity = check.choice(PersonIdentity.class, c.identity(), "identity", "人员身份");
        check.notNull(c.identity(), "identity", "人员身份");
        IdNumber id = idProblem == null ? new IdNumber(c.idNumber()) : null;
        if (id != null) Person.checkDetails(check, id, c.name(), PersonName.normalise(c.name()), gender, c.birthDate());
        check.orThrow();
        var existing = people.findByIdNumber(id.value());
        if (existing.isPresent()) {
            Person p = existing.get();
            if (!p.sameDetails(c.name())) {
                if (!sees(p)) throw registeredElsewhere(id, fieldPrefix);
                throw BianzhiException.conflict("person-conflict", fieldPrefix + "name", "身份证号 " + id + " 已登记为“"
                        + p.name() + "”，与提交的姓名“" + c.name() + "”不一致，请核对身份证号和姓名");
            }
            return new Outcome(p, false);
        }
        Person p = Person.register(id, c.name(), gender, c.birthDate(), identity,
                new Recorded(c.basisDocument(), changeLog.actorName(), clock.now()));
        people.add(p);
        changeLog.record(new ChangeLog.Change("person", p.id(), p.id(), null, "登记人员", c.basisDocument()), null, views.asRecorded(p));
        return new Outcome(p, true);
    }

    /**
     * Whether the caller may learn who this person is: roles that see every unit always; a unit clerk when the person
     * has a record in their units, or has none yet and the clerk registered them (person numbers run in sequence, so
     * other clerks could otherwise reach everyone registered and not yet placed by counting).
     */
    public boolean sees(Person p) {
        String path = scope.unitPath();
        if (path == null) return true;
        return records.hasRecords(p.id()) ? records.hasRecordUnder(p.id(), path)
                : p.recorded().recordedBy().equals(changeLog.actorName());
    }

    /**
     * The one answer a unit clerk gets about an ID number registered to someone outside their units, whatever name
     * they gave: no stored name, person number or unit. A newcomer transferred in (调入) needs none of it: once the old
     * unit's decrease notice ends the occupancy there, the office's increase notice with the same ID number and name
     * takes the registered person into the clerk's unit, where the clerk then sees them and records their post.
     */
    private static BianzhiException registeredElsewhere(IdNumber id, String fieldPrefix) {
        return BianzhiException.conflict("person-registered", fieldPrefix + "idNumber", "身份证号 " + id
                + " 已有登记，该人员不在您管理的单位，不能再次登记或查看其登记信息。调入人员由原单位办理减人通知单后，"
                + "由编办开具增人通知单（身份证号和姓名须与登记一致），之后即可在本单位查看并登记其岗位；对登记信息有疑问的，请联系编办核实");
    }

    /** Corrects the name or records a change of identity. */
    public PersonView change(Long personId, PersonCommand c) {
        Person p = require(personId);
        versions.check("人员“" + p.name() + "”的信息", c.version(), p.version());
        Check check = new Check();
        PersonIdentity identity = check.choice(PersonIdentity.class, c.identity(), "identity", "人员身份");
        check.require(c.idNumber() == null || c.idNumber().strip().equalsIgnoreCase(p.idNumber().value()), "idNumber",
                "身份证号不能修改；号码登记错误时请登记正确号码的人员并办理相应手续");
        check.notNull(c.basisDocument(), "basisDocument", "变更依据（文号）");
        check.orThrow();
        PersonView before = views.asRecorded(p);
        p.change(c.name(), identity);
        recordFacts(p, c);
        work.nextVersion(p);
        changeLog.record(new ChangeLog.Change("person", p.id(), p.id(), null, "变更人员信息", c.basisDocument()), before,
                views.asRecorded(p));
        return views.person(p);
    }

    /**
     * Records 职务层次 and 户口所在地 when given and different from the value in force: a new version from
     * {@code factsFrom} (default today) closing the old one, never an overwrite.
     */
    private void recordFacts(Person p, PersonCommand c) {
        Check check = new Check();
        CadreRank rank = check.choice(CadreRank.class, c.rank(), "rank", "职务层次");
        String household = c.household() == null || c.household().isBlank() ? null : c.household().strip();
        LocalDate from = c.factsFrom() == null ? clock.today() : c.factsFrom();
        check.require(from.isAfter(p.birthDate()), "factsFrom", "职务层次、户口所在地的生效日期 " + from + " 早于出生日期");
        check.orThrow();
        if (rank == null && household == null) return;
        Recorded recorded = new Recorded(c.basisDocument(), changeLog.actorName(), clock.now());
        List<PersonFact> history = people.factsOf(p.id());
        if (rank != null) PersonFact.succeed(history, p.id(), PersonFactKind.RANK, rank.name(), from, recorded).ifPresent(people::addFact);
        if (household != null) PersonFact.succeed(history, p.id(), PersonFactKind.HOUSEHOLD, household, from, recorded)
                .ifPresent(people::addFact);
    }

    /** The person, or a 404 refusal — also when the caller may not see them ({@link #sees}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Person require(Long personId) {
        Person p = people.findById(personId).orElseThrow(() -> BianzhiException.notFound("人员", String.valueOf(personId)));
        if (!sees(p)) throw BianzhiException.notFound("人员", String.valueOf(personId));
        return p;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Dossier dossier(Long personId) {
        Person p = require(personId);
        reads.read(p.id(), PersonalDataReads.What.FULL_RECORD);
        List<PersonFact> facts = people.factsOf(p.id());
        return new Dossier(views.person(p, facts),
                records.occupanciesOf(p.id()).stream().map(views::occupancy).toList(),
                records.postingsOf(p.id()).stream().map(views::posting).toList(),
                records.appointmentsOf(p.id()).stream().map(views::appointment).toList(),
                workflow.noticesOf(p.id()).stream().map(views::notice).toList(),
                changes.ofPerson(p.id()).stream().map(views::change).toList(),
                facts.stream().map(views::fact).toList());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PersonView> list(String text, String unitCode, int offset, int limit) {
        String path = unitCode == null || unitCode.isBlank() ? scope.unitPath() : units.require(unitCode).path();
        return new Page<>(views.people(people.search(text, path, offset, limit)),
                people.count(text, path), offset, limit);
    }


    /** People with an occupancy or a posting at the unit on {@code asOf}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PersonView> peopleAt(String unitCode, LocalDate asOf, int offset, int limit) {
        Long unitId = units.require(unitCode).id();
        LocalDate date = asOf == null ? clock.today() : asOf;
        // the unit is in scope and every listed person has a record there: no per-person scope check
        List<PersonView> items = views.people(records.personIdsAt(unitId, date, offset, limit).stream()
                .map(id -> people.findById(id).orElseThrow()).toList());
        return new Page<>(items, records.countPeopleAt(unitId, date), offset, limit);
    }
}
