package org.bianzhi.search.infrastructure;

import static org.bianzhi.search.infrastructure.PersonDocuments.*;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.bianzhi.search.domain.PersonQuery;
import org.bianzhi.search.domain.PresenceStatus;

/**
 * Turns our {@link PersonQuery} into a Lucene query. Each word must match (MUST), in its best way only
 * (dis-max): the exact name scores 100, its beginning 60, the ID number 100 and its last digits 80, pinyin 15–40, a
 * part of the name 30, a unit or a label 10 — so exact names rank first, then prefixes, then parts and pinyin. Dates,
 * filters and the clerk's scope are non-scoring filters inside the same query, so totals and facets count only what
 * the caller may see.
 */
final class PersonQueries {

    private PersonQueries() {
    }

    /** Whether a search reads the last period's "ever held" fields rather than the period covering the date. */
    static boolean ever(PersonQuery q) {
        return q.status() != PresenceStatus.CURRENT;
    }

    static Query of(PersonQuery q) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int day = PersonDocuments.day(q.asOf());
        boolean ever = ever(q);
        if (!ever) {
            b.add(range(FROM, NO_PERIOD + 1, day), Occur.FILTER);
            b.add(range(TO, day + 1, Integer.MAX_VALUE), Occur.FILTER);
        } else {
            b.add(new TermQuery(new Term(LATEST, "1")), Occur.FILTER);
            if (q.status() == PresenceStatus.FORMER) b.add(range(TO, NO_PERIOD, day), Occur.FILTER);
        }
        String sfx = ever ? EVER : "";
        filter(b, QUOTA_TYPE + sfx, q.quotaType());
        filter(b, POST_TYPE + sfx, q.postType());
        filter(b, UNIT_KIND + sfx, q.unitKind());
        filter(b, REGION + sfx, q.region());
        filter(b, IDENTITY, q.identity());
        if (q.underUnit() != null) filter(b, UNDER + sfx, q.underUnit().toString());
        if (q.scopeUnit() != null) {
            b.add(new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(SCOPE, q.scopeUnit().toString())), Occur.SHOULD)
                    .add(new TermQuery(new Term(SCOPE, UNATTACHED)), Occur.SHOULD).build(), Occur.FILTER);
        }
        if (q.tokens().isEmpty()) b.add(new MatchAllDocsQuery(), Occur.MUST);
        for (PersonQuery.QueryToken t : q.tokens()) b.add(token(t, sfx), Occur.MUST);
        return b.build();
    }

    private static Query token(PersonQuery.QueryToken t, String sfx) {
        List<Query> ways = new ArrayList<>();
        String x = t.text();
        switch (t.kind()) {
            case HAN -> {
                ways.add(scored(new TermQuery(new Term(NAME_EXACT, x)), 100));
                ways.add(scored(new TermQuery(new Term(NAME_PREFIX, x)), 60));
                ways.add(scored(new TermQuery(new Term(NAME_PART, x)), 30));
            }
            case LATIN -> {
                ways.add(scored(new TermQuery(new Term(PINYIN, x)), 40));
                ways.add(scored(new TermQuery(new Term(INITIALS, x)), 35));
                ways.add(scored(new TermQuery(new Term(MIXED, x)), 30));
                ways.add(scored(new TermQuery(new Term(PINYIN_PART, x)), 25));
                ways.add(scored(new TermQuery(new Term(PINYIN_PREFIX, x)), 20));
                ways.add(scored(new TermQuery(new Term(INITIALS_PREFIX, x)), 15));
                ways.add(scored(new TermQuery(new Term(INITIALS_PART, x)), 15));
            }
            case ID_NUMBER -> ways.add(scored(new TermQuery(new Term(ID_NUMBER, x)), 100));
            case ID_DIGITS -> ways.add(scored(new TermQuery(new Term(ID_SUFFIX, x)), 80));
        }
        if (!t.units().isEmpty()) {
            List<BytesRef> ids = t.units().stream().map(id -> new BytesRef(id.toString())).toList();
            ways.add(scored(new TermInSetQuery(UNDER + sfx, ids), 10));
        }
        for (PersonQuery.QueryToken.Label l : t.labels()) {
            String field = switch (l.dimension()) {
                case "quotaType" -> QUOTA_TYPE + sfx;
                case "postType" -> POST_TYPE + sfx;
                case "unitKind" -> UNIT_KIND + sfx;
                default -> IDENTITY;
            };
            ways.add(scored(new TermQuery(new Term(field, l.code())), 10));
        }
        return ways.isEmpty() ? new MatchNoDocsQuery() : new DisjunctionMaxQuery(ways, 0f);
    }

    /**
     * A date range matches almost every document; Lucene walks it by points only when it leads, and otherwise checks
     * the few documents the words found against doc values.
     */
    private static Query range(String field, int min, int max) {
        return new IndexOrDocValuesQuery(IntPoint.newRangeQuery(field, min, max),
                NumericDocValuesField.newSlowRangeQuery(field, min, max));
    }

    private static Query scored(Query q, float score) {
        return new BoostQuery(new ConstantScoreQuery(q), score);
    }

    private static void filter(BooleanQuery.Builder b, String field, String value) {
        if (value != null) b.add(new TermQuery(new Term(field, value)), Occur.FILTER);
    }
}
