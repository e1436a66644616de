package org.bianzhi.roster.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.bianzhi.establishment.domain.LeadershipCategory;
import org.bianzhi.shared.domain.PlainText;
import org.bianzhi.shared.domain.Recorded;

/** 领导职务任职: a person holds a leadership position of one category at a unit. */
@Entity
@Table(name = "appointment")
public class Appointment extends PersonRecord {

    @Id
    @SequenceGenerator(name = "appointment_seq", sequenceName = "appointment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appointment_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private LeadershipCategory category;

    @Enumerated(EnumType.STRING)
    @Column(name = "leading_role", length = 30)
    private LeadingRole leadingRole;

    @Column(name = "post_title", length = 100)
    private String postTitle;

    protected Appointment() {
    }

    /** An appointment with its 主要领导身份 (null: none) and 职务名称 (null: not given). */
    public Appointment(Person person, Long unitId, LeadershipCategory category, LeadingRole leadingRole, String postTitle,
                       LocalDate validFrom, Recorded recorded) {
        super(person, unitId, validFrom, "任职日期", recorded);
        this.category = category;
        this.leadingRole = leadingRole;
        this.postTitle = PlainText.blankToNull(postTitle);
    }

    public void endOn(LocalDate end) {
        end(end, "该领导职务任职记录");
    }

    @Override
    public Long id() { return id; }
    public LeadershipCategory category() { return category; }
    public LeadingRole leadingRole() { return leadingRole; }
    public String postTitle() { return postTitle; }
}
