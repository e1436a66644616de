package org.bianzhi.search.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.bianzhi.establishment.domain.QuotaType;
import org.bianzhi.establishment.domain.UnitKind;
import org.bianzhi.roster.application.IdNumberDisclosure;
import org.bianzhi.roster.domain.Arrangement;
import org.bianzhi.roster.domain.Gender;
import org.bianzhi.roster.domain.PersonIdentity;
import org.bianzhi.roster.domain.PostType;
import org.bianzhi.search.domain.ChineseText;
import org.bianzhi.search.domain.OpenFindings;
import org.bianzhi.search.domain.PeopleIndex;
import org.bianzhi.search.domain.PersonHits;
import org.bianzhi.search.domain.PersonQuery;
import org.bianzhi.search.domain.PresenceStatus;
import org.bianzhi.search.domain.QueryReading;
import org.bianzhi.search.domain.UnitCatalogue;
import org.bianzhi.search.domain.UnitFacts;
import org.bianzhi.shared.application.RegistryClock;
import org.bianzhi.shared.application.Scope;
import org.bianzhi.shared.domain.BianzhiException;
import org.bianzhi.shared.domain.Check;
import org.bianzhi.shared.domain.Labeled;
import org.bianzhi.shared.domain.PlainText;

/**
 * 检索: finds people and units for a lookup (a 12310 complaint, an inspection). Reads the query box, resolves unit
 * filters, puts the caller's scope inside the query (so totals and facets count only what they may see), asks the
 * index through its port, and shows the page with unit names, masked or full ID numbers and open findings.
 */
@ApplicationScoped
public class SearchService {

    public static final int MAX_LIMIT = 100;
    public static final int MAX_OFFSET = 10_000;

    @Inject
    PeopleIndex index;

    @Inject
    SearchIndexer indexer;

    @Inject
    OpenFindings findings;

    @Inject
    Scope scope;

    @Inject
    IdNumberDisclosure idNumbers;

    @Inject
    RegistryClock clock;

    /** The search as asked, unparsed. */
    public record Request(String q, String quotaType, String postType, String identity, String unitKind, String region,
                          String unit, String status, LocalDate asOf, int limit, int offset, boolean fresh) {}

    public SearchAnswer people(Request r) {
        Check check = new Check();
        QuotaType quotaType = check.choice(QuotaType.class, r.quotaType(), "quotaType", "编制类型");
        PostType postType = check.choice(PostType.class, r.postType(), "postType", "岗位类型");
        PersonIdentity identity = check.choice(PersonIdentity.class, r.identity(), "identity", "人员身份");
        UnitKind unitKind = check.choice(UnitKind.class, r.unitKind(), "unitKind", "机构类型");
        PresenceStatus status = check.choice(PresenceStatus.class, r.status(), "status", "在职状态");
        check.require(r.region() == null || r.region().isBlank() || r.region().strip().matches("\\d{6}"), "region",
                "行政区划代码应为6位数字");
        int limit = r.limit();
        int offset = r.offset();
        check.require(offset >= 0 && offset <= MAX_OFFSET, "offset", "起始位置应在0到" + MAX_OFFSET + "之间；请加条件缩小范围");
        check.orThrow();
        if (r.fresh()) indexer.catchUpNow();
        UnitCatalogue units = indexer.units();
        Long under = null;
        if (r.unit() != null && !r.unit().isBlank()) under = visibleUnit(units, r.unit().strip()).id();
        LocalDate asOf = r.asOf() == null ? clock.today() : r.asOf();
        PresenceStatus st = status == null ? PresenceStatus.CURRENT : status;
        PersonQuery query = new PersonQuery(QueryReading.tokens(r.q(), units), Labeled.codeOf(quotaType), Labeled.codeOf(postType),
                Labeled.codeOf(identity), Labeled.codeOf(unitKind), PlainText.blankToNull(r.region()),
                under, scopeUnit(), st, asOf, offset, limit);
        PersonHits found = index.search(query);
        Map<Long, List<String>> open = findings.of(found.hits().stream().map(PersonHits.Hit::personId).toList());
        List<SearchAnswer.PersonHitView> hits = new ArrayList<>();
        for (PersonHits.Hit h : found.hits()) hits.add(view(h, query, units, open, asOf));
        return new SearchAnswer(hits, found.total(), offset, limit, Math.round(found.tookMs() * 1000) / 1000.0, asOf, st.name(),
                facets(found.facets()));
    }

    private SearchAnswer.PersonHitView view(PersonHits.Hit h, PersonQuery q, UnitCatalogue units,
                                            Map<Long, List<String>> open, LocalDate asOf) {
        boolean present = h.from() != null && !h.from().isAfter(asOf) && (h.to() == null || h.to().isAfter(asOf));
        PresenceStatus status = present ? PresenceStatus.CURRENT : PresenceStatus.FORMER;
        List<SearchAnswer.SeatView> seats = h.seats().stream().map(s -> {
            UnitFacts u = units.get(s.unitId());
            return new SearchAnswer.SeatView(u == null ? null : u.code(), u == null ? null : u.name(), s.quotaType(),
                    label(QuotaType.class, s.quotaType()));
        }).toList();
        List<SearchAnswer.PostView> posts = h.posts().stream().map(p -> {
            UnitFacts u = units.get(p.unitId());
            return new SearchAnswer.PostView(u == null ? null : u.code(), u == null ? null : u.name(), p.postType(),
                    label(PostType.class, p.postType()), p.arrangement(), label(Arrangement.class, p.arrangement()));
        }).toList();
        return new SearchAnswer.PersonHitView(h.personId(), h.name(), idNumbers.shown(h.personId(), h.idNumber()),
                h.gender(), label(Gender.class, h.gender()), h.identity(), label(PersonIdentity.class, h.identity()),
                status.name(), status.label(), h.from(), h.to(), seats, posts, open.getOrDefault(h.personId(), List.of()),
                MatchExplanation.of(h, q.tokens(), units));
    }

    private SearchAnswer.Facets facets(Map<String, Map<String, Long>> f) {
        return new SearchAnswer.Facets(counts(f.get("quotaType"), v -> label(QuotaType.class, v)),
                counts(f.get("postType"), v -> label(PostType.class, v)),
                counts(f.get("unitKind"), v -> label(UnitKind.class, v)),
                counts(f.get("region"), v -> null));
    }

    private static List<SearchAnswer.Count> counts(Map<String, Long> m, Function<String, String> label) {
        if (m == null) return List.of();
        return m.entrySet().stream().map(e -> new SearchAnswer.Count(e.getKey(), label.apply(e.getKey()), e.getValue()))
                .sorted(Comparator.comparingLong(SearchAnswer.Count::count).reversed().thenComparing(SearchAnswer.Count::value))
                .toList();
    }

    /** The unit search: names, short names, aliases, former names and codes, inside the caller's scope. */
    public List<SearchAnswer.UnitHit> units(String q, Integer limit) {
        int max = limit == null ? 20 : limit;
        if (max < 1 || max > MAX_LIMIT) throw BianzhiException.invalid("limit", "条数应在1到" + MAX_LIMIT + "之间");
        if (q == null || q.isBlank()) throw BianzhiException.invalid("q", "请输入单位名称、简称、别名或统一社会信用代码");
        List<String> words = List.of(ChineseText.normalized(q).split("\\s+")).stream().filter(w -> !w.isEmpty()).toList();
        return indexer.units().find(words, scope::sees, max).stream().map(m -> {
            UnitFacts u = m.unit();
            return new SearchAnswer.UnitHit(u.code(), u.name(), u.shortName(), u.aliases(), u.kind(),
                    label(UnitKind.class, u.kind()), u.region(), u.abolished(), m.matchedName());
        }).toList();
    }

    public SearchIndexer.Status status() {
        return indexer.status();
    }

    /** Starts a rebuild; false when one is already running (it will run again once that ends). */
    public boolean rebuild() {
        return indexer.requestRebuild();
    }

    private UnitFacts visibleUnit(UnitCatalogue units, String code) {
        UnitFacts u = units.byCode(code.toUpperCase());
        if (u == null || !scope.sees(u.path())) throw BianzhiException.notFound("单位", code);
        return u;
    }

    /** The clerk's unit (the last id of their path), or null for roles that see every unit. */
    private Long scopeUnit() {
        String path = scope.unitPath();
        if (path == null) return null;
        String[] parts = path.split("/");
        return Long.parseLong(parts[parts.length - 1]);
    }

    private static <E extends Enum<E> & Labeled> String label(Class<E> type, String code) {
        if (code == null) return null;
        for (E e : type.getEnumConstants()) if (e.name().equals(code)) return e.label();
        return code;
    }
}
