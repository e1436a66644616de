package org.bianzhi.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.bianzhi.establishment.domain.AdministrativeLevel;
import org.bianzhi.establishment.domain.LeadershipCategory;
import org.bianzhi.establishment.domain.QuotaType;

/**
 * 编制核定 and 领导职数 of every unit, set from the staff actually placed: each unit got its 三定方案 in the
 * 2019 reform, some a later adjustment (核增/核减). Current quotas leave vacancies (空编) except where OVER_QUOTA
 * was planted: there a later 核减 left the unit with more occupants than approved.
 */
final class Approvals {

    /** One approval decision (a 批准文号 and its date); its lines share the document. */
    static final class Decision {
        final DemoUnit unit;
        final LocalDate date;
        String document;

        Decision(DemoUnit unit, LocalDate date) {
            this.unit = unit;
            this.date = date;
        }
    }

    /** A line of the quotas file ({@code subject} a {@link QuotaType}) or of the leadership file (a {@link LeadershipCategory}). */
    record Line(Decision decision, Object subject, int count) {}

    private final SplittableRandom random;
    private final String abbreviation;
    private final LocalDate asOf;
    private final List<Decision> decisions = new ArrayList<>();
    final List<Line> quotas = new ArrayList<>();
    final List<Line> leadership = new ArrayList<>();

    Approvals(SplittableRandom random, String abbreviation, LocalDate asOf) {
        this.random = random;
        this.abbreviation = abbreviation;
        this.asOf = asOf;
    }

    /** Sets the approvals of all units and returns the OVER_QUOTA findings they produce. */
    List<Manifest.Planted> derive(List<DemoUnit> units, List<RosterRow> rows, Map<DemoUnit, Integer> overQuota) {
        List<Manifest.Planted> findings = new ArrayList<>();
        // each unit's occupancies in the order of {@code rows}
        Map<DemoUnit, List<RosterRow>> byUnit = new HashMap<>();
        for (RosterRow r : rows) if (r.quotaUnit != null) byUnit.computeIfAbsent(r.quotaUnit, u -> new ArrayList<>()).add(r);
        for (DemoUnit unit : units) {
            List<RosterRow> unitRows = byUnit.getOrDefault(unit, List.of());
            Decision reform = decision(unit, reformDate(unit));
            Integer excess = overQuota.get(unit);
            Decision adjustment = excess != null || random.nextDouble() < 0.3
                    ? decision(unit, excess != null
                            ? between(LocalDate.of(2024, 3, 1), LocalDate.of(2025, 11, 30))
                            : between(LocalDate.of(2021, 3, 1), LocalDate.of(2025, 12, 31)))
                    : null;
            for (QuotaType type : quotaTypes(unit, unitRows)) {
                List<RosterRow> occupants = unitRows.stream().filter(r -> r.quotaType == type).toList();
                int occupied = occupants.size();
                boolean over = excess != null && type == unit.mainType();
                int current = over ? occupied - excess : occupied + vacancy(occupied);
                boolean adjusted = adjustment != null && (type == unit.mainType() || random.nextDouble() < 0.4);
                if (adjusted) {
                    int before = over ? occupied + random.nextInt(3) : earlier(current);
                    quotas.add(new Line(reform, type, before));
                    quotas.add(new Line(adjustment, type, current));
                } else {
                    quotas.add(new Line(reform, type, current));
                }
                if (over) findings.add(overQuota(unit, type, occupants, current));
            }
            for (Map.Entry<LeadershipCategory, Integer> a : unit.approvedLeaders.entrySet()) {
                leadership.add(new Line(reform, a.getKey(), a.getValue()));
            }
        }
        numberDocuments();
        return findings;
    }

    /** The approved types of the unit's profile, plus any type someone occupies there (in the enum's order). */
    private static Set<QuotaType> quotaTypes(DemoUnit unit, List<RosterRow> unitRows) {
        Set<QuotaType> types = EnumSet.noneOf(QuotaType.class);
        types.addAll(unit.profile().quotaTypes());
        for (RosterRow r : unitRows) types.add(r.quotaType);
        return types;
    }

    /** The persons beyond quota are the latest entrants, by 入编日期 then 增人通知单号 (DOMAIN.md §6). */
    private Manifest.Planted overQuota(DemoUnit unit, QuotaType type, List<RosterRow> occupants, int approved) {
        List<String> beyond = occupants.stream()
                .sorted(Comparator.comparing((RosterRow r) -> r.entryDate)
                        .thenComparing(r -> r.noticeNumber == null ? "" : r.noticeNumber).reversed())
                .limit(occupants.size() - approved)
                .map(r -> r.person.idNumber).sorted().toList();
        return new Manifest.Planted("OVER_QUOTA", unit.code, beyond, type.label(),
                unit.shortName() + type.label() + "核定" + approved + "名，实有" + occupants.size() + "名，超编"
                        + (occupants.size() - approved) + "名");
    }

    /** 空编: none in a few units, otherwise a few percent of the quota. */
    private int vacancy(int occupied) {
        if (occupied == 0) return 1 + random.nextInt(2);
        if (random.nextDouble() < 0.15) return 0;
        return Math.max(1, (int) Math.round(occupied * (0.03 + 0.12 * random.nextDouble())));
    }

    /** The count before an adjustment: a few more or fewer than now, never the same. */
    private int earlier(int current) {
        int step = 1 + random.nextInt(Math.max(1, current / 10));
        return random.nextBoolean() || current - step < 1 ? current + step : current - step;
    }

    /** 三定 dates of the 2019 reform: county organs first, then institutions, then the towns. */
    private LocalDate reformDate(DemoUnit unit) {
        boolean town = unit.template.level() == AdministrativeLevel.TOWNSHIP;
        if (unit.organ()) {
            return town ? LocalDate.of(2019, 11, 15).plusDays(random.nextInt(30))
                    : LocalDate.of(2019, 2, 20).plusDays(random.nextInt(70));
        }
        return town ? LocalDate.of(2019, 12, 16).plusDays(random.nextInt(30))
                : LocalDate.of(2019, 9, 2).plusDays(random.nextInt(150));
    }

    private Decision decision(DemoUnit unit, LocalDate date) {
        if (date.isAfter(asOf)) throw new IllegalStateException("approval after the as-of date");
        Decision d = new Decision(unit, date);
        decisions.add(d);
        return d;
    }

    /** 青编〔2019〕15号: numbered in date order within each year, with gaps for the office's other documents. */
    private void numberDocuments() {
        List<Decision> ordered = decisions.stream()
                .sorted(Comparator.comparing((Decision d) -> d.date).thenComparingInt(d -> d.unit.order)).toList();
        int year = 0;
        int number = 0;
        for (Decision d : ordered) {
            if (d.date.getYear() != year) {
                year = d.date.getYear();
                number = random.nextInt(3);
            }
            number += 1 + random.nextInt(3);
            d.document = abbreviation + "编〔" + year + "〕" + number + "号";
        }
    }

    private LocalDate between(LocalDate from, LocalDate to) {
        return from.plusDays(random.nextInt((int) (to.toEpochDay() - from.toEpochDay()) + 1));
    }
}
