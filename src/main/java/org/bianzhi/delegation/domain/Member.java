package org.bianzhi.delegation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** 团组成员: a person, their unit on the departure day (null: no record that day), and their role in the delegation. */
@Embeddable
public class Member {

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Column(name = "unit_id")
    private Long unitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "member_role", nullable = false, length = 20)
    private MemberRole role;

    protected Member() {
    }

    public Member(Long personId, Long unitId, MemberRole role) {
        this.personId = personId;
        this.unitId = unitId;
        this.role = role;
    }

    public Long personId() { return personId; }
    public Long unitId() { return unitId; }
    public MemberRole role() { return role; }
}
