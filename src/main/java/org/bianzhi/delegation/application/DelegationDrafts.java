package org.bianzhi.delegation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bianzhi.delegation.application.DelegationCommands.DelegationCommand;
import org.bianzhi.delegation.application.DelegationCommands.MemberCommand;
import org.bianzhi.delegation.domain.Delegation;
import org.bianzhi.delegation.domain.DelegationPurpose;
import org.bianzhi.delegation.domain.Member;
import org.bianzhi.delegation.domain.MemberRole;
import org.bianzhi.establishment.domain.Unit;
import org.bianzhi.establishment.domain.UnitRepository;
import org.bianzhi.roster.domain.PersonRepository;
import org.bianzhi.roster.domain.RecordRepository;
import org.bianzhi.shared.application.Scope;
import org.bianzhi.shared.domain.Check;
import org.bianzhi.travel.domain.PersonUnits;

/**
 * Reads what a form submits about a delegation into its details and members, checking every field at once: the
 * organising unit and the members within the caller's scope (a unit clerk: their units and their people), dates in
 * order, destinations, at most one 团长, nobody twice. The members' units are those on the departure day.
 */
@ApplicationScoped
public class DelegationDrafts {

    @Inject
    UnitRepository units;

    @Inject
    PersonRepository people;

    @Inject
    RecordRepository records;

    @Inject
    PersonUnits personUnits;

    @Inject
    Scope scope;

    public record Draft(Delegation.Details details, List<Member> members) {}

    public Draft read(DelegationCommand c) {
        Check check = new Check();
        text(check, c.name(), "name", "团组名称", 200, true);
        text(check, c.task(), "task", "出访任务", 2000, true);
        text(check, c.inviter(), "inviter", "邀请单位", 200, false);
        text(check, c.fundingSource(), "fundingSource", "经费来源", 200, false);
        text(check, c.noticePlace(), "noticePlace", "公示地点", 200, false);
        Long organiser = organiser(check, c.organiserUnitCode());
        check.notNull(c.departsOn(), "departsOn", "计划出发日期");
        check.notNull(c.returnsOn(), "returnsOn", "计划回国日期");
        if (c.departsOn() != null && c.returnsOn() != null) {
            check.require(!c.returnsOn().isBefore(c.departsOn()), "returnsOn", "计划回国日期 " + c.returnsOn() + " 早于出发日期 " + c.departsOn());
        }
        if (c.noticeFrom() != null || c.noticeTo() != null) {
            check.require(c.noticeFrom() != null, "noticeFrom", "公示开始日期不能为空（已填写公示结束日期）");
            check.require(c.noticeTo() != null, "noticeTo", "公示结束日期不能为空（已填写公示开始日期）");
            check.require(c.noticeFrom() == null || c.noticeTo() == null || !c.noticeTo().isBefore(c.noticeFrom()), "noticeTo",
                    "公示结束日期 " + c.noticeTo() + " 早于开始日期 " + c.noticeFrom());
        }
        List<String> destinations = destinations(check, c.destinations());
        List<Member> members = members(check, c.members());
        DelegationPurpose purpose = check.choice(DelegationPurpose.class, c.purpose(), "purpose", "出访类别");
        check.orThrow();
        var details = new Delegation.Details(c.name(), organiser, c.task(), c.inviter(), destinations, c.departsOn(), c.returnsOn(),
                c.fundingSource(), c.noticeFrom(), c.noticeTo(), c.noticePlace(), purpose);
        return new Draft(details, placed(members, c.departsOn()));
    }

    /** The members with their units on {@code date} (the departure day). */
    public List<Member> placed(List<Member> members, LocalDate date) {
        Map<Long, PersonUnits.UnitRef> unitOf = personUnits.unitsOf(members.stream().map(Member::personId).toList(), date);
        return members.stream().map(m -> {
            PersonUnits.UnitRef u = unitOf.get(m.personId());
            return new Member(m.personId(), u == null ? null : u.id(), m.role());
        }).toList();
    }

    /** Refuses, as not found, a delegation organised outside a unit clerk's units. */
    public void requireVisible(Delegation d, Long id) {
        Unit u = units.findById(d.organiserUnitId()).orElseThrow();
        if (!scope.sees(u.path())) throw DelegationService.notFound(id);
    }

    private Long organiser(Check check, String code) {
        check.notNull(code, "organiserUnitCode", "组团单位");
        if (code == null || code.isBlank()) return null;
        Unit u = units.findByCode(code.strip().toUpperCase()).filter(x -> scope.sees(x.path())).orElse(null);
        check.require(u != null, "organiserUnitCode", "组团单位代码“" + code.strip() + "”未登记或不在您的管理范围内");
        return u == null ? null : u.id();
    }

    private static List<String> destinations(Check check, List<String> given) {
        List<String> result = new ArrayList<>();
        if (given != null) {
            for (String d : given) {
                if (d == null || d.isBlank()) continue;
                String name = d.strip();
                check.require(name.length() <= 100, "destinations", "前往国家（地区）“" + name + "”不能超过100字");
                if (!result.contains(name)) result.add(name);
            }
        }
        check.require(!result.isEmpty(), "destinations", "前往国家（地区）至少填写一个");
        return result;
    }

    private List<Member> members(Check check, List<MemberCommand> given) {
        List<Member> members = new ArrayList<>();
        if (given == null) return members;
        Set<Long> seen = new HashSet<>();
        int leaders = 0;
        for (int i = 0; i < given.size(); i++) {
            MemberCommand m = given.get(i);
            String field = "members[" + i + "]";
            if (m == null || m.personId() == null) {
                check.require(false, field, "第" + (i + 1) + "名成员未选择人员");
                continue;
            }
            MemberRole role = m.role() == null || m.role().isBlank() ? MemberRole.MEMBER : check.choice(MemberRole.class, m.role(), field, "团内职务");
            if (role == MemberRole.LEADER) leaders++;
            check.require(leaders <= 1 || role != MemberRole.LEADER, field, "一个团组只能有一名团长");
            check.require(seen.add(m.personId()), field, "人员编号 " + m.personId() + " 重复列入团组");
            // plain lookups: a refusal thrown through another service would mark the transaction for rollback
            boolean visible = people.findById(m.personId()).isPresent()
                    && (scope.unitPath() == null || records.belongsUnder(m.personId(), scope.unitPath()));
            if (!visible) {
                check.require(false, field, "人员编号 " + m.personId() + " 未登记或不在您的管理范围内");
                continue;
            }
            members.add(new Member(m.personId(), null, role == null ? MemberRole.MEMBER : role));
        }
        return members;
    }

    private static void text(Check check, String value, String field, String label, int max, boolean required) {
        if (required) check.notNull(value, field, label);
        check.require(value == null || value.strip().length() <= max, field, label + "不能超过" + max + "字");
    }
}
