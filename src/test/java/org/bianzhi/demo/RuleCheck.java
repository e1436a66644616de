package org.bianzhi.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The DOMAIN.md §6 rules applied straight to the four CSV files, written independently of the generator, so the
 * test can check that the files produce exactly the planted findings. A finding is written
 * {@code RULE|unit code|id,id}.
 */
final class RuleCheck {

    private final LocalDate asOf;
    private final Map<String, String> kindOf = new HashMap<>();
    private final Map<String, Integer> approvedQuota;
    private final Map<String, Integer> approvedLeaders;
    private final List<Map<String, String>> roster;
    private final Set<String> findings = new TreeSet<>();

    RuleCheck(DemoCounty county) {
        this(county.asOf(), CsvTable.parse(county.unitsCsv()), CsvTable.parse(county.quotasCsv()),
                CsvTable.parse(county.leadershipCsv()), CsvTable.parse(county.rosterCsv()));
    }

    /** The four files of DOMAIN.md §12, already parsed (the province generator's files, for instance). */
    RuleCheck(LocalDate asOf, CsvTable units, CsvTable quotas, CsvTable leadership, CsvTable roster) {
        this.asOf = asOf;
        for (Map<String, String> u : units.rows()) kindOf.put(u.get("单位代码"), u.get("机构类型"));
        approvedQuota = current(quotas.rows(), "编制类型");
        approvedLeaders = current(leadership.rows(), "职数类别");
        this.roster = roster.rows();
    }

    /** Approved counts in force on the as-of date: the latest approval not after it, per unit and subject. */
    private Map<String, Integer> current(List<Map<String, String>> lines, String subject) {
        Map<String, LocalDate> dates = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (Map<String, String> l : lines) {
            LocalDate date = LocalDate.parse(l.get("生效日期"));
            String key = l.get("单位代码") + "|" + l.get(subject);
            if (date.isAfter(asOf) || dates.containsKey(key) && dates.get(key).isAfter(date)) continue;
            dates.put(key, date);
            counts.put(key, Integer.parseInt(l.get("核定数")));
        }
        return counts;
    }

    Set<String> findings() {
        overQuota();
        overLeadership();
        for (Map<String, String> r : roster) personal(r);
        duplicates();
        return findings;
    }

    private void overQuota() {
        Map<String, List<Map<String, String>>> byLine = roster.stream().filter(RuleCheck::occupies)
                .collect(Collectors.groupingBy(r -> r.get("编制单位代码") + "|" + r.get("编制类型")));
        byLine.forEach((line, rows) -> {
            int approved = approvedQuota.getOrDefault(line, 0);
            if (rows.size() <= approved) return;
            List<String> beyond = rows.stream()
                    .sorted(Comparator.comparing((Map<String, String> r) -> r.get("入编日期"))
                            .thenComparing(r -> r.get("增人通知单号")).reversed())
                    .limit(rows.size() - approved).map(r -> r.get("身份证号")).toList();
            add("OVER_QUOTA", line.split("\\|")[0], beyond);
        });
    }

    private void overLeadership() {
        Map<String, List<String>> holders = roster.stream().filter(r -> !r.get("领导职务").isEmpty())
                .collect(Collectors.groupingBy(r -> r.get("工作单位代码") + "|" + r.get("领导职务"),
                        Collectors.mapping(r -> r.get("身份证号"), Collectors.toList())));
        holders.forEach((line, ids) -> {
            if (ids.size() > approvedLeaders.getOrDefault(line, 0)) add("OVER_LEADERSHIP", line.split("\\|")[0], ids);
        });
    }

    private void personal(Map<String, String> r) {
        String id = r.get("身份证号");
        String quotaUnit = r.get("编制单位代码");
        String type = r.get("编制类型");
        String workUnit = r.get("工作单位代码");
        boolean adminPostInOrgan = r.get("岗位类型").equals("行政岗位") && "机关".equals(kindOf.get(workUnit));
        boolean seconded = r.get("工作安排").equals("借调");
        LocalDate end = date(r.get("借调截止日期"));
        if (occupies(r)) {
            boolean allowed = type.equals("事业编制") ? "事业单位".equals(kindOf.get(quotaUnit)) : "机关".equals(kindOf.get(quotaUnit));
            if (!allowed) add("QUOTA_TYPE_MISUSE", quotaUnit, List.of(id));
            boolean lawfulSecondment = seconded && !r.get("借调批准文号").isEmpty() && end != null && !end.isBefore(asOf);
            if ((type.equals("事业编制") || type.equals("机关工勤编制")) && adminPostInOrgan && !lawfulSecondment) {
                add("MIXED_INSTITUTION_IN_ADMIN_POST", workUnit, List.of(id));
            }
            if ((type.equals("行政编制") || type.equals("政法专项编制")) && !r.get("人员身份").equals("公务员")) {
                add("MIXED_NON_CIVIL_SERVANT_ON_ADMIN_QUOTA", quotaUnit, List.of(id));
            }
            if (retirement(r).isBefore(asOf)) add("OVERAGE", quotaUnit, List.of(id));
            if (r.get("增人通知单号").isEmpty()) add("ENTRY_WITHOUT_NOTICE", quotaUnit, List.of(id));
        } else if (adminPostInOrgan && roster.stream().noneMatch(o -> o.get("身份证号").equals(id) && occupies(o))) {
            add("NO_QUOTA_IN_ADMIN_POST", workUnit, List.of(id));
        }
        if (seconded) {
            LocalDate start = date(r.get("借调起始日期"));
            if (end == null || end.isBefore(asOf) || start == null || start.plusMonths(12).isBefore(asOf)) {
                add("SECONDMENT_OVERDUE", workUnit, List.of(id));
            }
        }
    }

    private void duplicates() {
        Map<String, List<Map<String, String>>> byPerson = roster.stream().filter(RuleCheck::occupies)
                .collect(Collectors.groupingBy(r -> r.get("身份证号")));
        byPerson.forEach((id, rows) -> {
            if (rows.stream().map(r -> r.get("编制单位代码") + r.get("编制类型")).distinct().count() < 2) return;
            Map<String, String> later = rows.stream().max(Comparator.comparing(r -> r.get("入编日期"))).orElseThrow();
            add("DUPLICATE_OCCUPANCY", later.get("编制单位代码"), List.of(id));
        });
    }

    /** DOMAIN.md §7. */
    private static LocalDate retirement(Map<String, String> r) {
        LocalDate birth = LocalDate.parse(r.get("出生日期"));
        String post = r.get("岗位类型");
        String identity = r.get("人员身份");
        if (r.get("性别").equals("男")) return birth.plusYears(60).plusMonths(delay(birth, 1965, 4, 36));
        boolean cadre = post.equals("管理岗位") || post.equals("专业技术岗位") || post.equals("行政岗位")
                || identity.equals("公务员") || identity.equals("参公人员");
        return cadre ? birth.plusYears(55).plusMonths(delay(birth, 1970, 4, 36))
                : birth.plusYears(50).plusMonths(delay(birth, 1975, 2, 60));
    }

    private static long delay(LocalDate birth, int fromYear, int monthsPerStep, int max) {
        long months = YearMonth.of(fromYear, 1).until(YearMonth.from(birth), ChronoUnit.MONTHS);
        return months < 0 ? 0 : Math.min(max, months / monthsPerStep + 1);
    }

    private static boolean occupies(Map<String, String> r) {
        return !r.get("编制单位代码").isEmpty();
    }

    private static LocalDate date(String text) {
        return text.isEmpty() ? null : LocalDate.parse(text);
    }

    private void add(String rule, String unit, List<String> ids) {
        findings.add(key(rule, unit, ids));
    }

    static String key(String rule, String unit, List<String> ids) {
        return rule + "|" + unit + "|" + ids.stream().sorted().collect(Collectors.joining(","));
    }
}
