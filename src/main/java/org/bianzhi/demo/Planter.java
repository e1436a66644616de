package org.bianzhi.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.bianzhi.establishment.domain.LeadershipCategory;
import org.bianzhi.establishment.domain.QuotaType;
import org.bianzhi.roster.domain.Arrangement;
import org.bianzhi.roster.domain.Gender;
import org.bianzhi.roster.domain.PersonIdentity;
import org.bianzhi.roster.domain.PostType;
import org.bianzhi.roster.domain.StatutoryRetirement;

/**
 * Plants the DOMAIN.md §6 violations and their near misses. Each case goes to a unit not yet touched by another
 * while such units remain, so every finding stands alone; each is recorded for the manifest. OVER_QUOTA is only
 * chosen here: the approvals are cut below the occupancy later, in {@link Approvals}.
 */
final class Planter {

    /** Units county staff are usually seconded to (借调): 县委办, 组织部, 政府办, 县纪委, 政法委. */
    private static final List<String> SECONDMENT_DESTINATIONS = List.of("xwb", "zzb", "zfb", "jw", "zfw");

    private final CountyBuilder c;
    private final SplittableRandom random;
    private final Plan plan;
    private final LocalDate asOf;
    private final Set<DemoUnit> used = new HashSet<>();
    private final Map<Integer, Integer> secondmentDocuments = new HashMap<>();
    /** Units chosen to be over quota on their main type, with the number of people beyond it. */
    final Map<DemoUnit, Integer> overQuota = new LinkedHashMap<>();
    final List<Manifest.Planted> violations = new ArrayList<>();
    final List<Manifest.Planted> nearMisses = new ArrayList<>();

    Planter(CountyBuilder county, Plan plan) {
        this.c = county;
        this.random = county.random;
        this.plan = plan;
        this.asOf = county.asOf;
    }

    void plant() {
        chooseOverQuota();
        overLeadership();
        for (int i = 0; i < plan.mixedInstitution(); i++) mixedInstitution();
        for (int i = 0; i < plan.secondments(); i++) secondment(false);
        for (int i = 0; i < plan.overdueSecondments(); i++) secondment(true);
        for (int i = 0; i < plan.nonCivilServants(); i++) nonCivilServant();
        for (int i = 0; i < plan.noQuota(); i++) noQuota();
        for (int i = 0; i < plan.duplicates(); i++) duplicate();
        for (int i = 0; i < plan.withoutNotice(); i++) withoutNotice();
        for (int i = 0; i < plan.overage(); i++) overage();
        for (int i = 0; i < plan.nearOverage(); i++) nearOverage(i % 3);
        for (int i = 0; i < plan.temporaryAssignments(); i++) temporaryAssignment();
        for (int i = 0; i < plan.externalStaff(); i++) externalStaff();
    }

    // ---- unit-level cases ----

    private void chooseOverQuota() {
        List<DemoUnit> candidates = units(u -> count(u, u.mainType()) >= 8);
        for (int i = 0; i < plan.overQuotaUnits(); i++) overQuota.put(pick(candidates), 1 + random.nextInt(2));
    }

    /** One more 单位副职 in post than approved: a section chief promoted without a position (超职数配备). */
    private void overLeadership() {
        List<DemoUnit> candidates = units(u -> u.organ() && u.approvedLeaders.get(LeadershipCategory.UNIT_DEPUTY) >= 2
                && ordinaryRows(u).size() >= 4);
        for (int i = 0; i < plan.overLeadershipUnits(); i++) {
            DemoUnit unit = pick(candidates);
            int approved = unit.approvedLeaders.get(LeadershipCategory.UNIT_DEPUTY);
            List<RosterRow> staff = ordinaryRows(unit).stream()
                    .filter(r -> r.post == PostType.ADMINISTRATIVE_POST && age(r.person) >= 33).toList();
            if (staff.isEmpty()) staff = ordinaryRows(unit);
            staff = new ArrayList<>(staff);
            while (holders(unit, LeadershipCategory.UNIT_DEPUTY).size() <= approved && !staff.isEmpty()) {
                RosterRow r = staff.remove(random.nextInt(staff.size()));
                r.leader = LeadershipCategory.UNIT_DEPUTY;
                r.ordinary = false;
            }
            List<RosterRow> holders = holders(unit, LeadershipCategory.UNIT_DEPUTY);
            violations.add(new Manifest.Planted("OVER_LEADERSHIP", unit.code, ids(holders),
                    LeadershipCategory.UNIT_DEPUTY.label(),
                    unit.shortName() + "单位副职核定" + approved + "名，实配" + holders.size() + "名"));
        }
    }

    // ---- personal cases ----

    /** 事业编制 staff of a subordinate institution working in the organ's 行政岗位 (混编混岗). */
    private void mixedInstitution() {
        DemoUnit organ = pick(units(u -> u.organ() && !eligibleChildren(u).isEmpty()));
        List<DemoUnit> children = eligibleChildren(organ);
        DemoUnit institution = children.get(random.nextInt(children.size()));
        RosterRow row = newPerson(institution, QuotaType.PUBLIC_INSTITUTION, organ, PostType.ADMINISTRATIVE_POST, 24,
                asOf.minusDays(60));
        violations.add(personal("MIXED_INSTITUTION_IN_ADMIN_POST", organ, row,
                institution.shortName() + "事业编制人员在" + organ.shortName() + "行政岗位在岗"));
    }

    /**
     * 借调 from a unit to a county office's 行政岗位. Lawful: an institution's staff with an approval document
     * and a term not yet over (a near miss). Overdue: a township civil servant whose term ended in 2025.
     */
    private void secondment(boolean overdue) {
        DemoUnit destination = pick(SECONDMENT_DESTINATIONS.stream().map(c.byKey::get).toList());
        DemoUnit home = overdue
                ? pick(units(u -> u.profile() == Profile.TOWNSHIP))
                : pick(units(u -> u.institution() && !u.template.civilServiceManaged()));
        QuotaType type = overdue ? QuotaType.ADMINISTRATIVE : QuotaType.PUBLIC_INSTITUTION;
        LocalDate start = overdue
                ? c.persons.between(LocalDate.of(2023, 9, 1), LocalDate.of(2024, 6, 30))
                : c.persons.between(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 3, 31));
        RosterRow row = newPerson(home, type, destination, PostType.ADMINISTRATIVE_POST, 26, start.minusYears(1));
        row.arrangement = Arrangement.SECONDMENT;
        row.secondmentStart = start;
        row.secondmentEnd = start.plusYears(1).minusDays(1);
        row.secondmentDocument = secondmentDocument(start.getYear());
        String what = "自" + home.shortName() + "借调至" + destination.shortName() + "（" + row.secondmentDocument + "），"
                + row.secondmentStart + "至" + row.secondmentEnd;
        if (overdue) violations.add(personal("SECONDMENT_OVERDUE", destination, row, what + "，已超期未回"));
        else nearMisses.add(personal("MIXED_INSTITUTION_IN_ADMIN_POST", destination, row, what + "，经批准且未到期，不属混岗"));
    }

    /** 事业人员 on 行政编制: transferred into an organ without 公务员登记. */
    private void nonCivilServant() {
        DemoUnit organ = pick(units(u -> u.organ() && u.mainType() == QuotaType.ADMINISTRATIVE));
        RosterRow row = newPerson(organ, QuotaType.ADMINISTRATIVE, PersonIdentity.INSTITUTION_STAFF, organ,
                PostType.ADMINISTRATIVE_POST, 24, asOf.minusDays(30));
        violations.add(personal("MIXED_NON_CIVIL_SERVANT_ON_ADMIN_QUOTA", organ, row,
                "事业人员占用" + organ.shortName() + "行政编制"));
    }

    /** 编外人员 (临聘) doing the work of a 行政岗位. */
    private void noQuota() {
        DemoUnit organ = pick(units(DemoUnit::organ));
        RosterRow row = external(organ, PostType.ADMINISTRATIVE_POST);
        violations.add(personal("NO_QUOTA_IN_ADMIN_POST", organ, row, "编外人员在" + organ.shortName() + "行政岗位"));
    }

    /** Moved from one institution to another; the first never issued a 减人通知单 (一人多编). */
    private void duplicate() {
        List<DemoUnit> eligible = units(u -> u.institution() && !u.template.civilServiceManaged()
                && u.profile().hasProfessionalPosts());
        DemoUnit first = pick(eligible);
        List<DemoUnit> siblings = eligible.stream().filter(u -> u != first && u.parent == first.parent).toList();
        DemoUnit second = pick(siblings.isEmpty() ? eligible.stream().filter(u -> u != first).toList() : siblings);
        RosterRow a = newPerson(first, QuotaType.PUBLIC_INSTITUTION, first, PostType.PROFESSIONAL, 30,
                asOf.minusYears(3));
        RosterRow b = new RosterRow(a.person, second, QuotaType.PUBLIC_INSTITUTION,
                c.persons.between(a.entryDate.plusYears(1), asOf.minusDays(30)), second, PostType.PROFESSIONAL);
        c.add(b);
        violations.add(personal("DUPLICATE_OCCUPANCY", second, b,
                "同时占用" + first.shortName() + "（" + a.entryDate + "入编）和" + second.shortName() + "（" + b.entryDate
                        + "入编）的事业编制"));
    }

    private void withoutNotice() {
        DemoUnit unit = pick(units(u -> !ordinaryRows(u).isEmpty()));
        List<RosterRow> staff = ordinaryRows(unit);
        RosterRow row = staff.get(random.nextInt(staff.size()));
        row.withoutNotice = true;
        row.ordinary = false;
        violations.add(personal("ENTRY_WITHOUT_NOTICE", unit, row, row.entryDate + "入编，无增人通知单"));
    }

    /** A man well past his statutory retirement date, occupancy still open. */
    private void overage() {
        DemoUnit unit = pick(units(u -> u.mainType() != QuotaType.ORGAN_WORKER));
        LocalDate birth = c.persons.between(LocalDate.of(1963, 7, 1), LocalDate.of(1965, 3, 31));
        PostType post = cadrePost(unit);
        RosterRow row = newPerson(unit, unit.mainType(), CountyBuilder.identityFor(unit, unit.mainType()), unit, post,
                Gender.MALE, birth, asOf.minusYears(2));
        LocalDate retirement = StatutoryRetirement.date(birth, Gender.MALE, true);
        check(retirement.isBefore(asOf.minusMonths(3)), "overage placed too close to retirement");
        violations.add(personal("OVERAGE", unit, row, birth + "出生，法定退休日期" + retirement + "，仍在编"));
    }

    /**
     * Still in service at 60, 55 or 50 because of the gradual raise of the retirement age: an audit with the old
     * fixed ages would wrongly flag them. Kind 0: a man; 1: a woman cadre; 2: a woman 机关工勤人员.
     */
    private void nearOverage(int kind) {
        DemoUnit unit;
        QuotaType type;
        PostType post;
        Gender gender = kind == 0 ? Gender.MALE : Gender.FEMALE;
        LocalDate birth;
        if (kind == 2) {
            unit = pick(units(u -> u.organ() && u.profile().quotaTypes().contains(QuotaType.ORGAN_WORKER)));
            type = QuotaType.ORGAN_WORKER;
            post = PostType.ORGAN_WORKER_POST;
            birth = c.persons.between(LocalDate.of(1976, 3, 1), LocalDate.of(1976, 6, 30));
        } else {
            unit = pick(units(u -> u.mainType() != QuotaType.ORGAN_WORKER));
            type = unit.mainType();
            post = cadrePost(unit);
            birth = kind == 0 ? c.persons.between(LocalDate.of(1966, 4, 1), LocalDate.of(1966, 6, 30))
                    : c.persons.between(LocalDate.of(1971, 4, 1), LocalDate.of(1971, 6, 30));
        }
        PersonIdentity identity = CountyBuilder.identityFor(unit, type);
        RosterRow row = newPerson(unit, type, identity, unit, post, gender, birth, asOf.minusYears(5));
        LocalDate retirement = StatutoryRetirement.date(birth, gender, StatutoryRetirement.cadre(post, identity));
        check(retirement.isAfter(asOf.plusMonths(1)), "near-overage person would be overage");
        nearMisses.add(personal("OVERAGE", unit, row,
                "现年" + age(row.person) + "岁，按渐进式延迟退休规定" + retirement + "退休，未超龄"));
    }

    /** 挂职: a county civil servant working in a township government, holding his quota at home. */
    private void temporaryAssignment() {
        DemoUnit home = pick(units(u -> u.organ() && u.profile() != Profile.TOWNSHIP
                && u.mainType() == QuotaType.ADMINISTRATIVE));
        DemoUnit town = pick(units(u -> u.profile() == Profile.TOWNSHIP));
        RosterRow row = newPerson(home, QuotaType.ADMINISTRATIVE, town, PostType.ADMINISTRATIVE_POST, 28,
                asOf.minusYears(2));
        row.arrangement = Arrangement.TEMPORARY_ASSIGNMENT;
        nearMisses.add(personal("NO_QUOTA_IN_ADMIN_POST", town, row,
                "在" + home.shortName() + "占行政编制，挂职于" + town.shortName() + "，不是无编人员"));
    }

    /** 编外人员 outside 行政岗位: contract nurses, school canteen and security staff, organ drivers. Lawful. */
    private void externalStaff() {
        double draw = random.nextDouble();
        DemoUnit unit;
        PostType post;
        if (draw < 0.6) {
            unit = any(units(u -> u.profile() == Profile.HOSPITAL));
            post = random.nextDouble() < 0.7 ? PostType.PROFESSIONAL : PostType.SKILLED_WORKER;
        } else if (draw < 0.85) {
            unit = any(units(u -> u.profile() == Profile.SCHOOL));
            post = PostType.SKILLED_WORKER;
        } else {
            unit = any(units(DemoUnit::organ));
            post = PostType.ORGAN_WORKER_POST;
        }
        RosterRow row = external(unit, post);
        nearMisses.add(personal("NO_QUOTA_IN_ADMIN_POST", unit, row, "编外人员在" + post.label() + "，不占行政岗位"));
    }

    // ---- helpers ----

    private RosterRow newPerson(DemoUnit quotaUnit, QuotaType type, DemoUnit workUnit, PostType post, int minAge,
                                LocalDate latestEntry) {
        return newPerson(quotaUnit, type, CountyBuilder.identityFor(quotaUnit, type), workUnit, post, minAge, latestEntry);
    }

    private RosterRow newPerson(DemoUnit quotaUnit, QuotaType type, PersonIdentity identity, DemoUnit workUnit,
                                PostType post, int minAge, LocalDate latestEntry) {
        Gender gender = gender(quotaUnit);
        return newPerson(quotaUnit, type, identity, workUnit, post, gender,
                c.persons.birthDate(gender, post, identity, minAge), latestEntry);
    }

    private RosterRow newPerson(DemoUnit quotaUnit, QuotaType type, PersonIdentity identity, DemoUnit workUnit,
                                PostType post, Gender gender, LocalDate birth, LocalDate latestEntry) {
        return c.occupancyRow(c.persons.create(gender, birth, identity), quotaUnit, type, workUnit, post, latestEntry);
    }

    private RosterRow external(DemoUnit unit, PostType post) {
        Gender gender = gender(unit);
        LocalDate birth = c.persons.birthDate(gender, post, PersonIdentity.NON_ESTABLISHMENT, 22);
        return c.postingOnly(c.persons.create(gender, birth, PersonIdentity.NON_ESTABLISHMENT), unit, post);
    }

    private Gender gender(DemoUnit unit) {
        return random.nextDouble() < unit.profile().femaleShare ? Gender.FEMALE : Gender.MALE;
    }

    private PostType cadrePost(DemoUnit unit) {
        if (unit.organ()) return PostType.ADMINISTRATIVE_POST;
        return unit.profile().hasProfessionalPosts() ? PostType.PROFESSIONAL : PostType.MANAGEMENT;
    }

    /** Institutions under {@code organ} whose staff could be borrowed: not 参公 (their staff are cadres already). */
    private List<DemoUnit> eligibleChildren(DemoUnit organ) {
        return c.units.stream().filter(u -> u.parent == organ && u.institution() && !u.template.civilServiceManaged())
                .toList();
    }

    /** A unit from {@code candidates} not used by another case, or any of them when all are used. */
    private DemoUnit pick(List<DemoUnit> candidates) {
        List<DemoUnit> free = candidates.stream().filter(u -> !used.contains(u)).toList();
        DemoUnit unit = any(free.isEmpty() ? candidates : free);
        used.add(unit);
        return unit;
    }

    private DemoUnit any(List<DemoUnit> candidates) {
        if (candidates.isEmpty()) throw new IllegalStateException("no unit fits");
        return candidates.get(random.nextInt(candidates.size()));
    }

    private List<DemoUnit> units(Predicate<DemoUnit> filter) {
        return c.units.stream().filter(filter).toList();
    }

    private long count(DemoUnit unit, QuotaType type) {
        return c.rowsOf(unit).stream().filter(r -> r.quotaType == type).count();
    }

    private List<RosterRow> ordinaryRows(DemoUnit unit) {
        return c.rowsOf(unit).stream().filter(r -> r.ordinary).toList();
    }

    private List<RosterRow> holders(DemoUnit unit, LeadershipCategory category) {
        return c.rows.stream().filter(r -> r.workUnit == unit && r.leader == category).toList();
    }

    private int age(DemoPerson p) {
        return p.birthDate.until(asOf).getYears();
    }

    private String secondmentDocument(int year) {
        int n = secondmentDocuments.merge(year, 8 + random.nextInt(20), (old, ignored) -> old + 1 + random.nextInt(6));
        return c.county.abbreviation() + "组〔" + year + "〕" + n + "号";
    }

    private static Manifest.Planted personal(String rule, DemoUnit unit, RosterRow row, String note) {
        return new Manifest.Planted(rule, unit.code, List.of(row.person.idNumber), null, row.person.name() + "，" + note);
    }

    private static List<String> ids(List<RosterRow> rows) {
        return rows.stream().map(r -> r.person.idNumber).sorted().toList();
    }

    private static void check(boolean condition, String message) {
        if (!condition) throw new IllegalStateException(message);
    }
}
