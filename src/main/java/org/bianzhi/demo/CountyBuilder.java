package org.bianzhi.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.bianzhi.establishment.domain.LeadershipCategory;
import org.bianzhi.establishment.domain.QuotaType;
import org.bianzhi.establishment.domain.UnitCode;
import org.bianzhi.roster.domain.Gender;
import org.bianzhi.roster.domain.PersonIdentity;
import org.bianzhi.roster.domain.PostType;

/**
 * Builds one county in a fixed order of random draws from one seeded generator, so a seed and a size always give
 * the same files: units and their codes, regular staff with their leaders, the featured rare surnames, planted
 * cases ({@link Planter}), increase notices, and last the approvals, which are set from the staff actually placed
 * ({@link Approvals}). Only lists and insertion-ordered maps are iterated, never hash order. The
 * The province generator (test code, {@code ProvinceGenerator}) uses the same builder for each part of a province in turn ({@link #populate}).
 */
final class CountyBuilder {

    static final int MIN_PEOPLE = 300;
    private static final String CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    final SplittableRandom random;
    final LocalDate asOf;
    final UnitCatalogue.County county;
    final PersonFactory persons;
    final List<DemoUnit> units = new ArrayList<>();
    final Map<String, DemoUnit> byKey = new LinkedHashMap<>();
    final List<RosterRow> rows = new ArrayList<>();
    /** The rows of {@link #rows} by quota unit, in the same order (kept while rows are added, before sorting). */
    final Map<DemoUnit, List<RosterRow>> rowsByQuotaUnit = new HashMap<>();
    private final List<UnitTemplate> templates;
    /** Last 增人通知单 serial per year; shared by the counties of a province so numbers stay unique. */
    private final Map<Integer, Integer> noticeSerials;

    CountyBuilder(long seed, LocalDate asOf, UnitCatalogue.County county) {
        this.random = new SplittableRandom(seed);
        this.asOf = asOf;
        this.county = county;
        this.persons = new PersonFactory(random, asOf);
        this.templates = UnitCatalogue.of(county);
        this.noticeSerials = new HashMap<>();
    }

    /**
     * One part of a province (its provincial organs, a city's 市直 units, or a county with its towns): the
     * {@code templates} are its units, parents first; {@code region} gives the 行政区划代码 in the unit codes and
     * the abbreviation of the document numbers.
     */
    CountyBuilder(SplittableRandom random, LocalDate asOf, UnitCatalogue.County region, List<UnitTemplate> templates,
                  PersonFactory persons, Map<Integer, Integer> noticeSerials) {
        this.random = random;
        this.asOf = asOf;
        this.county = region;
        this.persons = persons;
        this.templates = templates;
        this.noticeSerials = noticeSerials;
    }

    /** What {@link #populate} produced besides the units and rows. */
    record Result(Approvals approvals, List<Manifest.Planted> violations, List<Manifest.Planted> nearMisses) {}

    DemoCounty build(int people) {
        if (people < MIN_PEOPLE) throw new IllegalArgumentException("a demo county needs at least " + MIN_PEOPLE + " people");
        createUnits();
        Plan plan = Plan.forPeople(people, units.size());
        Result result = populate(people, plan);
        return new DemoCounty(asOf, units, result.approvals(), rows,
                manifest(result.violations(), result.nearMisses()));
    }

    /** Staffs the units made by {@link #createUnits()} with {@code people} persons and plants {@code plan}. */
    Result populate(int people, Plan plan) {
        staff(people - plan.newPeople());
        persons.featureRareSurnames(); // before planting, so the manifest notes carry the final names
        Planter planter = new Planter(this, plan);
        planter.plant();
        assignNotices();
        rows.sort(Comparator.comparingInt((RosterRow r) -> r.sheetUnit().order)
                .thenComparingInt(r -> r.leader == null ? 9 : r.leader.ordinal())
                .thenComparing(r -> r.entryDate == null ? LocalDate.MAX : r.entryDate)
                .thenComparing(r -> r.person.idNumber));
        Approvals approvals = new Approvals(random, county.abbreviation(), asOf);
        List<Manifest.Planted> violations = new ArrayList<>(planter.violations);
        violations.addAll(approvals.derive(units, rows, planter.overQuota));
        return new Result(approvals, violations, planter.nearMisses);
    }

    // ---- units ----

    void createUnits() {
        Set<String> codes = new HashSet<>();
        for (UnitTemplate t : templates) {
            String code;
            do code = unitCode(t); while (!codes.add(code));
            DemoUnit unit = new DemoUnit(t, code, t.parentKey() == null ? null : byKey.get(t.parentKey()));
            byKey.put(t.key(), unit);
        }
        // the units file lists each unit right after its parent, so parents always come first
        for (DemoUnit root : byKey.values()) if (root.parent == null) addWithChildren(root);
    }

    private void addWithChildren(DemoUnit unit) {
        unit.order = units.size();
        units.add(unit);
        for (DemoUnit child : byKey.values()) if (child.parent == unit) addWithChildren(child);
    }

    /**
     * 统一社会信用代码 of a unit registered by the 机构编制部门: 1, then 1 (机关) or 2 (事业单位), the region code, the
     * 9-character organisation code (GB 11714, its own check digit last; old organs 00…, institutions 4… or
     * the newer MB…), and the GB 32100 check character.
     */
    private String unitCode(UnitTemplate t) {
        String body;
        if (t.organ()) body = "00" + digits(6);
        else if (random.nextDouble() < 0.25) body = "MB" + random.nextInt(3) + chars(5);
        else body = "4" + digits(7);
        String first17 = "1" + (t.organ() ? "1" : "2") + county.regionCode() + body + organisationCheck(body);
        return first17 + UnitCode.checkCharacter(first17);
    }

    private static char organisationCheck(String body) {
        int[] weights = {3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 8; i++) sum += Character.digit(body.charAt(i), 36) * weights[i];
        int c = 11 - sum % 11;
        return c == 10 ? 'X' : c == 11 ? '0' : (char) ('0' + c);
    }

    private String digits(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) s.append((char) ('0' + random.nextInt(10)));
        return s.toString();
    }

    private String chars(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) s.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        return s.toString();
    }

    // ---- regular staff ----

    /** Shares {@code regular} people among the units by weight, then staffs each unit. */
    private void staff(int regular) {
        int[] weights = units.stream().mapToInt(u -> u.template.weight()).toArray();
        int[] sizes = apportion(regular, weights);
        for (DemoUnit unit : units) staffUnit(unit, sizes[unit.order]);
    }

    static int[] apportion(int total, int[] weights) {
        int n = weights.length;
        int floor = total >= 2 * n ? 1 : 0; // every unit has someone when there are people enough
        double sum = 0;
        for (int w : weights) sum += w;
        int[] out = new int[n];
        double[] remainder = new double[n];
        int given = 0;
        for (int i = 0; i < n; i++) {
            double exact = (total - floor * n) * weights[i] / sum;
            out[i] = floor + (int) Math.floor(exact);
            remainder[i] = exact - Math.floor(exact);
            given += out[i];
        }
        while (given < total) {
            int best = 0;
            for (int i = 1; i < n; i++) if (remainder[i] > remainder[best]) best = i;
            out[best]++;
            remainder[best] = -1;
            given++;
        }
        return out;
    }

    private void staffUnit(DemoUnit unit, int size) {
        Map<QuotaType, Integer> lines = unit.profile().split(size);
        int main = lines.get(unit.mainType());
        approveLeadership(unit, size);
        Map<LeadershipCategory, Integer> holders = holders(unit, main);
        for (Map.Entry<LeadershipCategory, Integer> h : holders.entrySet()) {
            for (int i = 0; i < h.getValue(); i++) regularRow(unit, unit.mainType(), h.getKey());
            main -= h.getValue();
        }
        for (int i = 0; i < main; i++) regularRow(unit, unit.mainType(), null);
        for (Map.Entry<QuotaType, Integer> line : lines.entrySet()) {
            if (line.getKey() == unit.mainType()) continue;
            for (int i = 0; i < line.getValue(); i++) regularRow(unit, line.getKey(), null);
        }
    }

    /** 领导职数 sized by the unit's staff, as a 三定方案 would set them. */
    private static void approveLeadership(DemoUnit unit, int n) {
        Map<LeadershipCategory, Integer> m = unit.approvedLeaders;
        int deputies;
        int deptPrincipals;
        int deptDeputies;
        if (unit.organ()) {
            deputies = unit.profile() == Profile.TOWNSHIP ? 4 : n < 10 ? 2 : n < 30 ? 3 : 4;
            deptPrincipals = n >= 8 ? Math.min(12, n / 6) : 0;
            deptDeputies = n >= 20 ? deptPrincipals / 2 : 0;
        } else {
            deputies = n < 8 ? 1 : n < 40 ? 2 : 3;
            deptPrincipals = n >= 20 ? Math.min(10, n / 15) : 0;
            deptDeputies = n >= 60 ? deptPrincipals / 2 : 0;
        }
        m.put(LeadershipCategory.UNIT_PRINCIPAL, 1);
        m.put(LeadershipCategory.UNIT_DEPUTY, deputies);
        if (deptPrincipals > 0) m.put(LeadershipCategory.DEPT_PRINCIPAL, deptPrincipals);
        if (deptDeputies > 0) m.put(LeadershipCategory.DEPT_DEPUTY, deptDeputies);
    }

    /** Positions filled: most, with the usual vacancies (配备不足), never more than approved nor than staff allow. */
    private Map<LeadershipCategory, Integer> holders(DemoUnit unit, int staff) {
        Map<LeadershipCategory, Integer> h = new EnumMap<>(LeadershipCategory.class);
        for (Map.Entry<LeadershipCategory, Integer> a : unit.approvedLeaders.entrySet()) {
            int vacant = switch (a.getKey()) {
                case UNIT_PRINCIPAL -> random.nextDouble() < 0.07 ? 1 : 0;
                case UNIT_DEPUTY -> random.nextDouble() < 0.35 ? 1 : 0;
                default -> random.nextInt(2);
            };
            h.put(a.getKey(), Math.max(0, a.getValue() - vacant));
        }
        int cap = (int) Math.ceil(staff * 0.6);
        LeadershipCategory[] trimOrder = {LeadershipCategory.DEPT_DEPUTY, LeadershipCategory.DEPT_PRINCIPAL,
                LeadershipCategory.UNIT_DEPUTY, LeadershipCategory.UNIT_PRINCIPAL};
        while (h.values().stream().mapToInt(Integer::intValue).sum() > cap) {
            for (LeadershipCategory c : trimOrder) {
                if (h.getOrDefault(c, 0) > 0) {
                    h.put(c, h.get(c) - 1);
                    break;
                }
            }
        }
        return h;
    }

    private void regularRow(DemoUnit unit, QuotaType type, LeadershipCategory leader) {
        PostType post = postFor(unit, type, leader);
        PersonIdentity identity = identityFor(unit, type);
        // women are fewer among leaders than among staff
        double female = unit.profile().femaleShare * (leader == null ? 1 : 0.6);
        Gender gender = random.nextDouble() < female ? Gender.FEMALE : Gender.MALE;
        LocalDate birth = persons.birthDate(gender, post, identity, PersonFactory.minAge(leader));
        RosterRow row = occupancyRow(persons.create(gender, birth, identity), unit, type, unit, post,
                asOf.minusDays(14));
        row.leader = leader;
        row.ordinary = leader == null;
    }

    /** A row for a person holding {@code type} at {@code quotaUnit}, posted to {@code workUnit}. */
    RosterRow occupancyRow(DemoPerson person, DemoUnit quotaUnit, QuotaType type, DemoUnit workUnit, PostType post,
                           LocalDate latestEntry) {
        RosterRow row = new RosterRow(person, quotaUnit, type, persons.entryDate(person.birthDate, latestEntry),
                workUnit, post);
        add(row);
        return row;
    }

    /** A row for an 编外人员: a posting and no occupancy. */
    RosterRow postingOnly(DemoPerson person, DemoUnit workUnit, PostType post) {
        RosterRow row = new RosterRow(person, null, null, null, workUnit, post);
        add(row);
        return row;
    }

    void add(RosterRow row) {
        rows.add(row);
        if (row.quotaUnit != null) rowsByQuotaUnit.computeIfAbsent(row.quotaUnit, u -> new ArrayList<>()).add(row);
    }

    List<RosterRow> rowsOf(DemoUnit quotaUnit) {
        return rowsByQuotaUnit.getOrDefault(quotaUnit, List.of());
    }

    PostType postFor(DemoUnit unit, QuotaType type, LeadershipCategory leader) {
        if (unit.organ()) return type == QuotaType.ORGAN_WORKER ? PostType.ORGAN_WORKER_POST : PostType.ADMINISTRATIVE_POST;
        if (leader != null) return PostType.MANAGEMENT;
        return unit.profile().institutionPost(random.nextDouble());
    }

    static PersonIdentity identityFor(DemoUnit unit, QuotaType type) {
        return switch (type) {
            case ADMINISTRATIVE, POLITICAL_LEGAL -> PersonIdentity.CIVIL_SERVANT;
            case ORGAN_WORKER -> PersonIdentity.ORGAN_WORKER;
            case PUBLIC_INSTITUTION -> unit.template.civilServiceManaged()
                    ? PersonIdentity.CS_MANAGED : PersonIdentity.INSTITUTION_STAFF;
        };
    }

    // ---- notices and manifest ----

    /** 增人通知单号 Z{year}-{nnnnn}, numbered in order of entry within each year. */
    private void assignNotices() {
        List<RosterRow> entries = rows.stream().filter(r -> r.hasOccupancy() && !r.withoutNotice)
                .sorted(Comparator.comparing((RosterRow r) -> r.entryDate).thenComparing(r -> r.person.idNumber))
                .toList();
        for (RosterRow r : entries) {
            int year = r.entryDate.getYear();
            int seq = noticeSerials.merge(year, 1, Integer::sum);
            String digits = Integer.toString(seq);
            r.noticeNumber = "Z" + year + "-" + "00000".substring(Math.min(5, digits.length())) + digits;
        }
    }

    private Manifest manifest(List<Manifest.Planted> violations, List<Manifest.Planted> nearMisses) {
        Map<String, Integer> unitOrder = new LinkedHashMap<>();
        for (DemoUnit u : units) unitOrder.put(u.code, u.order);
        Comparator<Manifest.Planted> order = Comparator
                .comparingInt((Manifest.Planted p) -> Manifest.RULES.indexOf(p.rule()))
                .thenComparing(p -> unitOrder.get(p.unitCode()))
                .thenComparing(p -> String.join(",", p.idNumbers()));
        long people = rows.stream().map(r -> r.person.idNumber).distinct().count();
        int occupancies = (int) rows.stream().filter(RosterRow::hasOccupancy).count();
        int leaders = (int) rows.stream().filter(r -> r.leader != null).count();
        return new Manifest(asOf, units.size(), (int) people, rows.size(), occupancies, rows.size(), leaders,
                violations.stream().sorted(order).toList(), nearMisses.stream().sorted(order).toList());
    }
}
