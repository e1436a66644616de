package org.bianzhi.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * A generated county for demonstrations and tests: about a hundred units of 青田县 (331121) with their quotas
 * and leadership positions, a roster of real-name records, and a small planted set of audit violations listed in
 * the {@link Manifest}. The files follow the import formats of DOMAIN.md §12. The same seed and size always give
 * byte-identical files.
 */
public final class DemoCounty {

    /** The date the data describe. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    /** The seed and size the service loads at start-up when the demo option is on. */
    public static final long DEMO_SEED = 20261122L;
    public static final int DEMO_PEOPLE = 3000;

    private final LocalDate asOf;
    private final String units;
    private final String quotas;
    private final String leadership;
    private final String roster;
    private final Manifest manifest;

    DemoCounty(LocalDate asOf, List<DemoUnit> units, Approvals approvals, List<RosterRow> rows, Manifest manifest) {
        this.asOf = asOf;
        this.units = unitsCsv(units);
        this.quotas = linesCsv(approvals.quotas, "编制类型");
        this.leadership = linesCsv(approvals.leadership, "职数类别");
        this.roster = rosterCsv(rows);
        this.manifest = manifest;
    }

    /**
     * Generates a county deterministically from the seed.
     *
     * @param people distinct persons on the roster, at least 300 (the demo uses 3,000); planted cases scale with it
     */
    public static DemoCounty generate(long seed, int people) {
        return new CountyBuilder(seed, AS_OF, UnitCatalogue.QINGTIAN).build(people);
    }

    /** The demo county: {@code generate(20261122L, 3000)}. */
    public static DemoCounty demo() {
        return generate(DEMO_SEED, DEMO_PEOPLE);
    }

    /** DOMAIN.md §12 {@code units}, header first, every parent before its children. */
    public String unitsCsv() {
        return units;
    }

    /** DOMAIN.md §12 {@code quotas}. */
    public String quotasCsv() {
        return quotas;
    }

    /** DOMAIN.md §12 {@code leadership}. */
    public String leadershipCsv() {
        return leadership;
    }

    /** DOMAIN.md §12 {@code roster}. */
    public String rosterCsv() {
        return roster;
    }

    public Manifest manifest() {
        return manifest;
    }

    public LocalDate asOf() {
        return asOf;
    }

    static final String[] UNIT_HEADER = {"单位代码", "单位名称", "简称", "机构类型", "事业单位类别", "上级单位代码", "行政区划代码",
            "层级", "经费形式"};
    static final String[] ROSTER_HEADER = {"身份证号", "姓名", "性别", "出生日期", "人员身份", "编制单位代码", "编制类型", "入编日期",
            "增人通知单号", "领导职务", "工作单位代码", "岗位类型", "工作安排", "借调起始日期", "借调截止日期", "借调批准文号", "职务层次",
            "户口所在地"};

    static String[] lineHeader(String subjectHeader) {
        return new String[] {"单位代码", subjectHeader, "核定数", "生效日期", "批准文号"};
    }

    private static String unitsCsv(List<DemoUnit> units) {
        Csv csv = new Csv(UNIT_HEADER);
        writeUnits(csv, units);
        return csv.toString();
    }

    private static String linesCsv(List<Approvals.Line> lines, String subjectHeader) {
        Csv csv = new Csv(lineHeader(subjectHeader));
        writeLines(csv, lines);
        return csv.toString();
    }

    private static String rosterCsv(List<RosterRow> rows) {
        Csv csv = new Csv(ROSTER_HEADER);
        writeRoster(csv, rows);
        return csv.toString();
    }

    static void writeUnits(Csv csv, List<DemoUnit> units) {
        for (DemoUnit u : units) {
            UnitTemplate t = u.template;
            csv.row(u.code, t.name(), t.shortName(), t.kind(), t.institutionClass(), u.parent == null ? null : u.parent.code,
                    u.code.substring(2, 8), t.level(), t.funding());
        }
    }

    static void writeLines(Csv csv, List<Approvals.Line> lines) {
        for (Approvals.Line l : lines) {
            csv.row(l.decision().unit.code, l.subject(), l.count(), l.decision().date, l.decision().document);
        }
    }

    static void writeRoster(Csv csv, List<RosterRow> rows) {
        for (RosterRow r : rows) {
            DemoPerson p = r.person;
            csv.row(p.idNumber, p.name(), p.gender, p.birthDate, p.identity,
                    r.quotaUnit == null ? null : r.quotaUnit.code, r.quotaType, r.entryDate, r.noticeNumber,
                    r.leader, r.workUnit.code, r.post, r.arrangement,
                    r.secondmentStart, r.secondmentEnd, r.secondmentDocument, rank(r), household(r));
        }
    }

    /** County organs whose principal sits on the county party committee or heads a court: 县处级. */
    private static final java.util.Set<String> COUNTY_RANK_PRINCIPALS = java.util.Set.of("jw", "xwb", "zzb", "xcb", "tzb", "zfw",
            "fy", "jcy");

    /**
     * 职务层次 of a leader, plausible for a county: the principals of the 县委 organs of the standing committee, the court
     * and the procuratorate 县处级; other principals and deputies of county units and township organs 乡科级; heads of
     * province units 厅局级, of city units 县处级; department heads of city units 乡科级, of others below (其他).
     * Staff without a leadership post have no rank recorded.
     */
    static org.bianzhi.roster.domain.CadreRank rank(RosterRow r) {
        if (r.leader == null) return null;
        UnitTemplate t = r.workUnit.template;
        boolean head = r.leader == org.bianzhi.establishment.domain.LeadershipCategory.UNIT_PRINCIPAL
                || r.leader == org.bianzhi.establishment.domain.LeadershipCategory.UNIT_DEPUTY;
        var level = t.level();
        if (!head) return level == org.bianzhi.establishment.domain.AdministrativeLevel.CITY
                ? org.bianzhi.roster.domain.CadreRank.TOWNSHIP : org.bianzhi.roster.domain.CadreRank.OTHER;
        return switch (level) {
            case PROVINCE -> org.bianzhi.roster.domain.CadreRank.BUREAU;
            case CITY -> org.bianzhi.roster.domain.CadreRank.COUNTY;
            case COUNTY -> r.leader == org.bianzhi.establishment.domain.LeadershipCategory.UNIT_PRINCIPAL
                    && COUNTY_RANK_PRINCIPALS.contains(t.key()) ? org.bianzhi.roster.domain.CadreRank.COUNTY
                    : org.bianzhi.roster.domain.CadreRank.TOWNSHIP;
            case TOWNSHIP -> t.organ() ? org.bianzhi.roster.domain.CadreRank.TOWNSHIP : org.bianzhi.roster.domain.CadreRank.OTHER;
        };
    }

    /**
     * 户口所在地 of a leader: the town of a township unit, else the county seat's street (the county's name taken from the
     * unit's, e.g. 青田县 of 中共青田县委组织部). Others: none recorded.
     */
    static String household(RosterRow r) {
        if (r.leader == null) return null;
        String name = r.workUnit.template.name().replaceFirst("^(中共|政协|共青团)", "");
        java.util.regex.Matcher county = java.util.regex.Pattern.compile("^(.+?[县区市])").matcher(name);
        if (!county.find()) return null;
        int town = name.indexOf('镇');
        if (r.workUnit.template.level() == org.bianzhi.establishment.domain.AdministrativeLevel.TOWNSHIP && town > 0) {
            return "浙江省" + name.substring(0, town + 1);
        }
        return "浙江省" + county.group(1) + "城关街道";
    }
}
