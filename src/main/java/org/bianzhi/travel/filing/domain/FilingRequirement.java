package org.bianzhi.travel.filing.domain;

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
import org.bianzhi.roster.domain.CadreRank;

/**
 * 应备尽备: who the registry says must be filed, and under which 登记备案人员类型 (seed 002 note 3). The category comes
 * from the person's 职务层次 ({@link CadreRank}) on the day: 省部级, 厅局级 and 县处级 in service (on the roster, not
 * retired) are 县处级以上在职干部, with or without a leadership post; 乡科级 holding a qualifying post — the principal or
 * deputy of a county-level unit or a township organ — are 县(区)管乡科级党政领导干部, the heads and deputy heads of
 * city-level units and their internal departments 市直属单位中层负责人 (苏组通〔2015〕34号); a 乡科级 cadre who left such a post
 * and is still in service (已退出现职、尚未办理退休手续) stays required under the category of the last post. Below 乡科级
 * nobody is required. A qualifying post held without a recorded rank makes the person required with no category
 * (职级未登记): the registry does not guess a rank from the unit. Other categories (retired, enterprise, sensitive posts,
 * relatives) are not derivable and are filed by hand only.
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
                        FilingCategory category, CadreRank rank) {

        /** A post's stint as read from the appointments: {@code category} what the post alone suggests, rank not yet known. */
        public Stint(long personId, long unitId, String unitName, LeadershipCategory post, LocalDate from, LocalDate to,
                     FilingCategory category) {
            this(personId, unitId, unitName, post, from, to, category, null);
        }

        public boolean covers(LocalDate d) {
            return !from.isAfter(d) && (to == null || to.isAfter(d));
        }

        /** 瑞安市审计局单位正职; without a post, why the person qualifies (已退出现职（原任…）, 县处级在职干部). */
        public String postLabel() {
            return post == null ? unitName : unitName + post.label();
        }

        /** 任瑞安市审计局单位正职, or the reason without a post. */
        public String describe() {
            return post == null ? unitName : "任" + postLabel();
        }

        /** The category's label, or 职级未登记 when no rank is recorded. */
        public String categoryLabel() {
            return category == null ? UNRANKED : category.label();
        }
    }

    /** What is said instead of a category when the person's rank is not recorded. */
    public static final String UNRANKED = "职级未登记";

    /** A version of a person's 职务层次; {@code to} exclusive, null when open. */
    public record RankPeriod(long personId, CadreRank rank, LocalDate from, LocalDate to) {
        boolean covers(LocalDate d) {
            return !from.isAfter(d) && (to == null || to.isAfter(d));
        }
    }

    /** A period on the roster (an occupancy or a posting): in service, not retired; {@code to} exclusive. */
    public record ServicePeriod(long personId, LocalDate from, LocalDate to) {
        boolean covers(LocalDate d) {
            return !from.isAfter(d) && (to == null || to.isAfter(d));
        }
    }

    /**
     * The periods in which people qualify, by their rank: the posts' stints ({@link #suggest}) with the ranks and the
     * periods in service laid over them. Cut at every day one of them changes, judged on each piece, then joined.
     */
    public static List<Stint> withRanks(List<Stint> posts, List<RankPeriod> ranks, List<ServicePeriod> service) {
        Map<Long, List<Stint>> postsBy = byPerson(posts);
        Map<Long, List<RankPeriod>> ranksBy = new HashMap<>();
        for (RankPeriod r : ranks) ranksBy.computeIfAbsent(r.personId(), k -> new ArrayList<>()).add(r);
        Map<Long, List<ServicePeriod>> serviceBy = new HashMap<>();
        for (ServicePeriod p : service) serviceBy.computeIfAbsent(p.personId(), k -> new ArrayList<>()).add(p);
        java.util.Set<Long> people = new java.util.HashSet<>(postsBy.keySet());
        people.addAll(ranksBy.keySet());
        List<Stint> result = new ArrayList<>();
        for (long person : people) {
            List<Stint> own = postsBy.getOrDefault(person, List.of());
            List<RankPeriod> rs = ranksBy.getOrDefault(person, List.of());
            List<ServicePeriod> sv = serviceBy.getOrDefault(person, List.of());
            java.util.TreeSet<LocalDate> cuts = new java.util.TreeSet<>();
            own.forEach(s -> { cuts.add(s.from()); if (s.to() != null) cuts.add(s.to()); });
            rs.forEach(r -> { cuts.add(r.from()); if (r.to() != null) cuts.add(r.to()); });
            sv.forEach(p -> { cuts.add(p.from()); if (p.to() != null) cuts.add(p.to()); });
            Stint open = null;
            for (LocalDate d : cuts) {
                LocalDate next = cuts.higher(d);
                Stint piece = judge(person, d, next, own, rs, sv);
                if (open != null && piece != null && open.to() != null && open.to().equals(d) && same(open, piece)) {
                    open = new Stint(person, open.unitId(), open.unitName(), open.post(), open.from(), next, open.category(), open.rank());
                    continue;
                }
                if (open != null) result.add(open);
                open = piece;
            }
            if (open != null) result.add(open);
        }
        return result;
    }

    private static boolean same(Stint a, Stint b) {
        return a.unitId() == b.unitId() && a.unitName().equals(b.unitName()) && a.post() == b.post()
                && a.category() == b.category() && a.rank() == b.rank();
    }

    /** Whether (and why) a person qualifies on [d, next): the rule of the class Javadoc on one piece of time. */
    static Stint judge(long person, LocalDate d, LocalDate next, List<Stint> posts, List<RankPeriod> ranks,
                       List<ServicePeriod> service) {
        CadreRank rank = ranks.stream().filter(r -> r.covers(d)).map(RankPeriod::rank).findFirst().orElse(null);
        Stint post = null;
        for (Stint s : posts) {
            if (s.covers(d) && (post == null || s.category().ordinal() < post.category().ordinal()
                    || (s.category() == post.category() && s.from().isBefore(post.from())))) post = s;
        }
        boolean inService = post != null || service.stream().anyMatch(p -> p.covers(d));
        if (rank == null) {
            return post == null ? null : new Stint(person, post.unitId(), post.unitName(), post.post(), d, next, null, null);
        }
        switch (rank) {
            case PROVINCIAL, BUREAU, COUNTY -> {
                if (!inService) return null;
                if (post != null) return new Stint(person, post.unitId(), post.unitName(), post.post(), d, next,
                        FilingCategory.COUNTY_LEVEL_CADRE, rank);
                Stint last = lastBefore(d, posts);
                return new Stint(person, last == null ? 0 : last.unitId(), last == null ? rank.label() + "在职干部"
                        : "已退出现职（原任" + last.postLabel() + "）", null, d, next, FilingCategory.COUNTY_LEVEL_CADRE, rank);
            }
            case TOWNSHIP -> {
                if (post != null) return new Stint(person, post.unitId(), post.unitName(), post.post(), d, next,
                        township(post.category()), rank);
                Stint last = lastBefore(d, posts);
                if (last == null || !inService) return null;
                return new Stint(person, last.unitId(), "已退出现职（原任" + last.postLabel() + "）", null, d, next,
                        township(last.category()), rank);
            }
            default -> {
                return null;
            }
        }
    }

    /** A 乡科级 cadre's category by the post: a city-level unit's head or department head is 市直属单位中层负责人. */
    private static FilingCategory township(FilingCategory byPost) {
        return byPost == FilingCategory.TOWNSHIP_LEADER ? FilingCategory.TOWNSHIP_LEADER : FilingCategory.MIDDLE_MANAGER;
    }

    private static Stint lastBefore(LocalDate d, List<Stint> posts) {
        return posts.stream().filter(s -> s.to() != null && !s.to().isAfter(d)).max(Comparator.comparing(Stint::to)).orElse(null);
    }

    /** Why a person must be filed on a date: the post, the category (null: 职级未登记), since when without a break. */
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
            if (best == null || strength(s) < strength(best)
                    || (s.category() == best.category() && s.from().isBefore(best.from()))) best = s;
        }
        if (best == null) return Optional.empty();
        return Optional.of(new Required(best.personId(), best, best.category(), since(date, own)));
    }

    /** A category's rank among the stints of one day (lower is stronger); an unknown one is the weakest. */
    private static int strength(Stint s) {
        return s.category() == null ? Integer.MAX_VALUE : s.category().ordinal();
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
