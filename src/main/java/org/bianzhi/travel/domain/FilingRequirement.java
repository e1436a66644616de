package org.bianzhi.travel.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bianzhi.establishment.domain.AdministrativeLevel;
import org.bianzhi.establishment.domain.LeadershipCategory;
import org.bianzhi.establishment.domain.UnitKind;

/**
 * 应备尽备: who the registry says must be filed. The principals and deputies of province-, city- and county-level
 * units, and of township-level organs, are filed — 县处级以上在职干部 at province and city level, 县(区)管乡科级党政领导干部
 * at county and township level; the heads and deputy heads of internal departments of city-level units are
 * 市直属单位中层负责人 (苏组通〔2015〕34号). Other categories (retired, enterprise, sensitive posts, relatives) are
 * not in the registry and are filed by hand only.
 */
public final class FilingRequirement {

    private FilingRequirement() {
    }

    /** The category a post at a unit of this level and kind calls for, if any. */
    public static Optional<FilingCategory> suggest(LeadershipCategory post, AdministrativeLevel level, UnitKind kind) {
        if (post == null || level == null) return Optional.empty();
        boolean head = post == LeadershipCategory.UNIT_PRINCIPAL || post == LeadershipCategory.UNIT_DEPUTY;
        if (head) {
            return switch (level) {
                case PROVINCE, CITY -> Optional.of(FilingCategory.COUNTY_LEVEL_CADRE);
                case COUNTY -> Optional.of(FilingCategory.TOWNSHIP_LEADER);
                case TOWNSHIP -> kind == UnitKind.ORGAN ? Optional.of(FilingCategory.TOWNSHIP_LEADER) : Optional.empty();
            };
        }
        return level == AdministrativeLevel.CITY ? Optional.of(FilingCategory.MIDDLE_MANAGER) : Optional.empty();
    }

    /** Whether a category is one this rule derives (and so can become outdated when the post is left). */
    public static boolean derived(FilingCategory c) {
        return c == FilingCategory.COUNTY_LEVEL_CADRE || c == FilingCategory.TOWNSHIP_LEADER || c == FilingCategory.MIDDLE_MANAGER;
    }

    /**
     * A period in which a person held a qualifying post: an appointment cut to the unit states that qualify.
     * {@code to} is exclusive, null when open.
     */
    public record Stint(long personId, long unitId, String unitName, LeadershipCategory post, LocalDate from, LocalDate to,
                        FilingCategory category) {

        public boolean covers(LocalDate d) {
            return !from.isAfter(d) && (to == null || to.isAfter(d));
        }

        /** 瑞安市审计局单位正职. */
        public String postLabel() {
            return unitName + post.label();
        }
    }

    /** Why a person must be filed on a date: the post, the suggested category, since when without a break. */
    public record Required(long personId, Stint post, FilingCategory category, LocalDate since) {}

    /** Everyone the stints make required on {@code date}. */
    public static Map<Long, Required> requiredOn(LocalDate date, List<Stint> stints) {
        Map<Long, List<Stint>> byPerson = byPerson(stints);
        Map<Long, Required> result = new HashMap<>();
        byPerson.forEach((person, own) -> personRequiredOn(date, own).ifPresent(r -> result.put(person, r)));
        return result;
    }

    /** One person's requirement on {@code date}: the strongest category among the posts held; since: the start of the unbroken period. */
    public static Optional<Required> personRequiredOn(LocalDate date, List<Stint> own) {
        Stint best = null;
        for (Stint s : own) {
            if (!s.covers(date)) continue;
            if (best == null || s.category().ordinal() < best.category().ordinal()
                    || (s.category() == best.category() && s.from().isBefore(best.from()))) best = s;
        }
        if (best == null) return Optional.empty();
        return Optional.of(new Required(best.personId(), best, best.category(), since(date, own)));
    }

    /** The first day of the unbroken run of qualifying stints that covers {@code date}. */
    static LocalDate since(LocalDate date, List<Stint> own) {
        LocalDate since = date;
        boolean extended = true;
        while (extended) {
            extended = false;
            for (Stint s : own) {
                boolean touches = s.from().isBefore(since) && (s.to() == null || !s.to().isBefore(since));
                if (touches) {
                    since = s.from();
                    extended = true;
                }
            }
        }
        return since;
    }

    /**
     * The day a person stopped qualifying, when they do not qualify on {@code date} but did before: the end of their
     * last qualifying stint. Empty when they qualify, or never did.
     */
    public static Optional<LocalDate> lostOn(LocalDate date, List<Stint> own) {
        if (own.stream().anyMatch(s -> s.covers(date))) return Optional.empty();
        return own.stream().map(Stint::to).filter(t -> t != null && !t.isAfter(date)).max(Comparator.naturalOrder());
    }

    public static Map<Long, List<Stint>> byPerson(List<Stint> stints) {
        Map<Long, List<Stint>> byPerson = new HashMap<>();
        for (Stint s : stints) byPerson.computeIfAbsent(s.personId(), k -> new ArrayList<>()).add(s);
        return byPerson;
    }
}
