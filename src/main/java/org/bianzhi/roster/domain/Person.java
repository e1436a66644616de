package org.bianzhi.roster.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.bianzhi.shared.domain.Check;
import org.bianzhi.shared.domain.Labeled;
import org.bianzhi.shared.domain.Recorded;

/**
 * 实名人员: a person identified by 公民身份号码, whose gender and birth date always agree with it.
 * Changes to the person are kept in the change log; their records (occupancies, postings,
 * appointments) are effective-dated rows of their own.
 */
@Entity
@Table(name = "person")
public class Person {

    @Id
    @SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
    private Long id;

    @Column(name = "id_number", nullable = false, unique = true, length = 18)
    private String idNumber;

    @Column(nullable = false, length = 50)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 6)
    private Gender gender;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private PersonIdentity identity;

    @Version
    private long version;

    @Embedded
    private Recorded recorded;

    protected Person() {
    }

    /**
     * Registers a person. Gender and birth date may be left out (they are read from the ID number);
     * given, they must agree with it.
     */
    public static Person register(IdNumber idNumber, String name, Gender gender, LocalDate birthDate,
                                  PersonIdentity identity, Recorded recorded) {
        String normalised = PersonName.normalise(name);
        Check check = new Check();
        checkDetails(check, idNumber, name, normalised, gender, birthDate);
        check.require(identity != null, "identity", "人员身份不能为空，应为 " + Labeled.choices(PersonIdentity.class));
        check.orThrow();
        Person p = new Person();
        p.idNumber = idNumber.value();
        p.name = normalised;
        p.gender = idNumber.gender();
        p.birthDate = idNumber.birthDate();
        p.identity = identity;
        p.recorded = recorded;
        return p;
    }

    /** Adds to {@code check} every way these details disagree with the ID number or are missing. */
    public static void checkDetails(Check check, IdNumber id, String rawName, String name, Gender gender,
                                    LocalDate birthDate) {
        check.require(name != null, "name", rawName == null || rawName.isBlank() ? "姓名不能为空"
                : "姓名“" + rawName.strip() + "”含有不应出现在身份证姓名中的字符");
        check.require(gender == null || gender == id.gender(), "gender",
                "性别“" + (gender == null ? "" : gender.label()) + "”与身份证号不符：按第 17 位应为“" + id.gender().label() + "”");
        check.require(birthDate == null || birthDate.equals(id.birthDate()), "birthDate",
                "出生日期 " + birthDate + " 与身份证号中的出生日期 " + id.birthDate() + " 不符");
    }

    /**
     * Adds to {@code check} that {@code date} (入编日期, 上岗日期, …: a day in this person's working life, named by
     * {@code label}) is not before their birth. The one rule both the API and the import go through.
     */
    public static void checkBornBy(Check check, LocalDate birthDate, LocalDate date, String field, String label) {
        check.require(date == null || birthDate == null || !date.isBefore(birthDate), field,
                label + " " + date + " 早于出生日期 " + birthDate + "（按身份证号），请核对日期");
    }

    /** As {@link #checkBornBy}, refusing at once: a record of this person cannot start before they were born. */
    public void requireBornBy(LocalDate date, String field, String label) {
        Check check = new Check();
        checkBornBy(check, birthDate, date, field, label);
        check.orThrow();
    }

    /** Whether a record for the same ID number names the same person (import conflicts). */
    public boolean sameDetails(String otherName) {
        return name.equals(PersonName.normalise(otherName));
    }

    /** Corrects the name or changes the identity (e.g. 事业人员 → 公务员 after an exam). */
    public void change(String newName, PersonIdentity newIdentity) {
        Check check = new Check();
        String normalised = newName == null ? name : PersonName.normalise(newName);
        checkDetails(check, idNumber(), newName == null ? name : newName, normalised, null, null);
        check.orThrow();
        name = normalised;
        if (newIdentity != null) identity = newIdentity;
    }

    public Long id() { return id; }
    public IdNumber idNumber() { return new IdNumber(idNumber); }
    public String name() { return name; }
    public Gender gender() { return gender; }
    public LocalDate birthDate() { return birthDate; }
    public PersonIdentity identity() { return identity; }
    public long version() { return version; }
    public Recorded recorded() { return recorded; }
}
