package org.bianzhi.audit.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.bianzhi.establishment.domain.LeadershipCategory;
import org.bianzhi.establishment.domain.QuotaType;
import org.bianzhi.establishment.domain.UnitKind;
import org.bianzhi.roster.domain.Arrangement;
import org.bianzhi.roster.domain.Gender;
import org.bianzhi.roster.domain.PersonIdentity;

/**
 * Builds the finding of each rule from the facts an evaluation found, with the unit it names and a Chinese
 * message that gives the numbers (DOMAIN.md section 6: "a Chinese explanation with the numbers involved").
 */
public final class Breaches {

    private Breaches() {
    }

    /** OVER_QUOTA: occupied(unit, type) &gt; approved(unit, type); {@code beyond} are the latest entrants. */
    public static Breach overQuota(long unitId, QuotaType type, int approved, int occupied, List<Long> beyond) {
        return new Breach(Rule.OVER_QUOTA, unitId, null, type.name(), beyond, "核定" + type.label() + " " + approved
                + " 名，实有 " + occupied + " 名，超编 " + (occupied - approved) + " 名（超出人员按入编时间最晚计）");
    }

    /** OVER_LEADERSHIP: holders of a category &gt; approved positions; every holder is named. */
    public static Breach overLeadership(long unitId, LeadershipCategory category, int approved, List<Long> holders) {
        return new Breach(Rule.OVER_LEADERSHIP, unitId, null, category.name(), holders, "核定" + category.label() + "职数 "
                + approved + " 名，实配 " + holders.size() + " 名，超职数配备 " + (holders.size() - approved) + " 名");
    }

    /**
     * MIXED_INSTITUTION_IN_ADMIN_POST, named on the organ whose 行政岗位 is taken. The engine has already left
     * out a secondment with an approval document that is not past its end date.
     */
    public static Breach institutionStaffInAdminPost(long workUnitId, long personId, QuotaType type, String quotaUnitName,
                                                     String workUnitName, Arrangement arrangement, LocalDate secondmentEnd,
                                                     String approvalDocument) {
        String why = "";
        if (arrangement == Arrangement.SECONDMENT) {
            why = approvalDocument == null || approvalDocument.isBlank() ? "；借调没有批准文号"
                    : "；借调已于 " + secondmentEnd + " 到期";
        }
        return new Breach(Rule.MIXED_INSTITUTION_IN_ADMIN_POST, workUnitId, personId, type.name(), List.of(personId),
                "占用" + quotaUnitName + type.label() + "，在" + workUnitName + "（机关）行政岗位工作" + why);
    }

    /** MIXED_NON_CIVIL_SERVANT_ON_ADMIN_QUOTA, named on the quota unit. */
    public static Breach nonCivilServantOnAdminQuota(long unitId, long personId, QuotaType type, PersonIdentity identity) {
        return new Breach(Rule.MIXED_NON_CIVIL_SERVANT_ON_ADMIN_QUOTA, unitId, personId, type.name(), List.of(personId),
                "占用" + type.label() + "，人员身份为" + identity.label() + "，不是公务员");
    }

    /** NO_QUOTA_IN_ADMIN_POST, named on the organ whose 行政岗位 is taken. */
    public static Breach noQuotaInAdminPost(long workUnitId, long personId, String workUnitName, PersonIdentity identity) {
        return new Breach(Rule.NO_QUOTA_IN_ADMIN_POST, workUnitId, personId, null, List.of(personId),
                "在" + workUnitName + "（机关）行政岗位工作，未占用任何编制（人员身份：" + identity.label() + "）");
    }

    /** QUOTA_TYPE_MISUSE of an approval: a quota type approved to a unit whose kind may not have it. */
    public static Breach quotaTypeMisuse(long unitId, QuotaType type, UnitKind kind, int approved) {
        return new Breach(Rule.QUOTA_TYPE_MISUSE, unitId, null, type.name(), List.of(), kind.label() + "核定了" + type.label()
                + " " + approved + " 名；" + type.label() + "只能核定给" + allowedKind(type).label());
    }

    /** QUOTA_TYPE_MISUSE of an occupancy, named on the quota unit. */
    public static Breach quotaTypeMisuse(long unitId, long personId, QuotaType type, UnitKind kind) {
        return new Breach(Rule.QUOTA_TYPE_MISUSE, unitId, personId, type.name(), List.of(personId),
                "在" + kind.label() + "占用" + type.label() + "；" + type.label() + "只能在" + allowedKind(type).label() + "使用");
    }

    /** One occupancy of a person holding several, for {@link #duplicateOccupancy}. */
    public record Held(long unitId, String unitName, QuotaType type, LocalDate from) {}

    /** DUPLICATE_OCCUPANCY, named on the unit of the later occupancy. */
    public static Breach duplicateOccupancy(long personId, List<Held> held) {
        Held later = held.get(0);
        List<String> parts = new ArrayList<>();
        for (Held h : held) {
            if (h.from().isAfter(later.from())) later = h;
            parts.add(h.unitName() + h.type().label() + "（" + h.from() + " 入编）");
        }
        return new Breach(Rule.DUPLICATE_OCCUPANCY, later.unitId(), personId, null, List.of(personId),
                "同时占用 " + held.size() + " 个编制：" + String.join("；", parts));
    }

    /** OVERAGE: the occupancy is still open after the statutory retirement date. */
    public static Breach overage(long unitId, long personId, QuotaType type, LocalDate birth, Gender gender, String retirementAge,
                                 LocalDate retirement, LocalDate asOf) {
        long months = ChronoUnit.MONTHS.between(retirement, asOf);
        List<String> late = new ArrayList<>();
        if (months / 12 > 0) late.add(months / 12 + " 年");
        if (months % 12 > 0) late.add(months % 12 + " 个月");
        if (late.isEmpty()) late.add(ChronoUnit.DAYS.between(retirement, asOf) + " 天");
        return new Breach(Rule.OVERAGE, unitId, personId, type.name(), List.of(personId), birth.getYear() + "年"
                + birth.getMonthValue() + "月出生，" + gender.label() + "，法定退休年龄" + retirementAge + "，应于 " + retirement
                + " 退休，已超过 " + String.join(" ", late) + " 仍占用" + type.label());
    }

    /** SECONDMENT_OVERDUE, named on the unit the person is seconded to. */
    public static Breach secondmentOverdue(long workUnitId, long personId, LocalDate start, LocalDate end, int limitMonths,
                                           LocalDate asOf) {
        List<String> why = new ArrayList<>();
        if (end == null) why.add("未定借调截止日期");
        else if (end.isBefore(asOf)) why.add("借调截止日期 " + end + " 已过");
        long months = ChronoUnit.MONTHS.between(start, asOf);
        if (beyondLimit(start, limitMonths, asOf)) why.add("已借调 " + months + " 个月，超过 " + limitMonths + " 个月的期限");
        return new Breach(Rule.SECONDMENT_OVERDUE, workUnitId, personId, null, List.of(personId),
                "自 " + start + " 起借调，" + String.join("，", why));
    }

    /** Whether a secondment started on {@code start} has been open longer than {@code limitMonths} months on {@code asOf}. */
    public static boolean beyondLimit(LocalDate start, int limitMonths, LocalDate asOf) {
        return start.plusMonths(limitMonths).isBefore(asOf);
    }

    /** ENTRY_WITHOUT_NOTICE: an occupancy with no increase notice number. */
    public static Breach entryWithoutNotice(long unitId, long personId, QuotaType type, LocalDate from) {
        return new Breach(Rule.ENTRY_WITHOUT_NOTICE, unitId, personId, type.name(), List.of(personId),
                from + " 入编占用" + type.label() + "，没有增人通知单号");
    }

    private static UnitKind allowedKind(QuotaType type) {
        return type.allowedIn(UnitKind.ORGAN) ? UnitKind.ORGAN : UnitKind.INSTITUTION;
    }
}
