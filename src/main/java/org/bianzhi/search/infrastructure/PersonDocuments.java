package org.bianzhi.search.infrastructure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BytesRef;
import org.bianzhi.search.domain.NameKeys;
import org.bianzhi.search.domain.PersonEntry;
import org.bianzhi.search.domain.PersonHits;
import org.bianzhi.search.domain.UnitFacts;

/**
 * One Lucene document per period of a person's history ({@link PersonEntry.Stint}), all replaced together under the
 * person's id. Every document carries the name, pinyin and ID keys; the period's seats and posts are filter and facet
 * fields; the person's last period also carries what they ever held ({@code *_e}) for searches of former people.
 */
final class PersonDocuments {

    static final String PID = "pid";
    /** The person's id as a number: equal scores rank by it, whatever order the documents were indexed in. */
    static final String PID_ORDER = "pid_n";
    static final String NAME_EXACT = "n";
    static final String NAME_PREFIX = "n_pre";
    static final String NAME_PART = "n_part";
    static final String PINYIN = "py";
    static final String PINYIN_PREFIX = "py_pre";
    static final String PINYIN_PART = "py_part";
    static final String INITIALS = "ini";
    static final String INITIALS_PREFIX = "ini_pre";
    static final String INITIALS_PART = "ini_part";
    static final String MIXED = "py_mix";
    static final String ID_NUMBER = "idn";
    static final String ID_SUFFIX = "id_suf";
    static final String IDENTITY = "idt";
    static final String SCOPE = "scope";
    static final String FROM = "from";
    static final String TO = "to";
    static final String LATEST = "latest";
    static final String QUOTA_TYPE = "qt";
    static final String POST_TYPE = "pt";
    static final String UNIT_KIND = "uk";
    static final String REGION = "rg";
    static final String UNDER = "up";
    /** Suffix of the fields holding everything the person ever held (on their last document). */
    static final String EVER = "_e";
    /** The scope term of a person without records, whom every unit clerk may find (as the registry's Scope says). */
    static final String UNATTACHED = "*";
    /** {@link #TO} of a person without records: never present, always former. */
    static final int NO_PERIOD = Integer.MIN_VALUE;

    /**
     * What a hit shows, as one binary doc value: read for the ten documents of a page without decompressing blocks
     * of stored fields (which took a third of the search time).
     */
    static final String HIT = "hit";
    private static final String SEP = "\u0001";

    private PersonDocuments() {
    }

    static List<Document> of(PersonEntry e) {
        List<Document> docs = new ArrayList<>();
        List<PersonEntry.Stint> stints = e.stints();
        if (stints.isEmpty()) {
            Document d = common(e);
            period(d, NO_PERIOD, NO_PERIOD);
            d.add(hitValue(e, null));
            d.add(new StringField(LATEST, "1", Field.Store.NO));
            docs.add(d);
            return docs;
        }
        for (int i = 0; i < stints.size(); i++) {
            PersonEntry.Stint s = stints.get(i);
            Document d = common(e);
            period(d, day(s.from()), s.to() == null ? Integer.MAX_VALUE : day(s.to()));
            d.add(hitValue(e, s));
            held(d, "", List.of(s));
            if (i == stints.size() - 1) {
                d.add(new StringField(LATEST, "1", Field.Store.NO));
                held(d, EVER, stints);
            }
            docs.add(d);
        }
        return docs;
    }

    /** As points (for a selective date range) and doc values (to check the few documents other clauses found). */
    private static void period(Document d, int from, int to) {
        d.add(new IntPoint(FROM, from));
        d.add(new NumericDocValuesField(FROM, from));
        d.add(new IntPoint(TO, to));
        d.add(new NumericDocValuesField(TO, to));
    }

    private static Document common(PersonEntry e) {
        Document d = new Document();
        d.add(new StringField(PID, Long.toString(e.personId()), Field.Store.NO));
        d.add(new NumericDocValuesField(PID_ORDER, e.personId()));
        NameKeys k = NameKeys.of(e.name());
        term(d, NAME_EXACT, k.exact());
        terms(d, NAME_PREFIX, k.prefixes());
        terms(d, NAME_PART, k.parts());
        terms(d, PINYIN, k.pinyin());
        terms(d, PINYIN_PREFIX, k.pinyinPrefixes());
        terms(d, PINYIN_PART, k.pinyinParts());
        terms(d, INITIALS, k.initials());
        terms(d, INITIALS_PREFIX, k.initialPrefixes());
        terms(d, INITIALS_PART, k.initialParts());
        terms(d, MIXED, k.mixed());
        term(d, ID_NUMBER, e.idNumber());
        for (int n = 4; n <= 6; n++) term(d, ID_SUFFIX, e.idNumber().substring(e.idNumber().length() - n));
        term(d, IDENTITY, e.identity());
        if (e.scopeUnits().isEmpty()) term(d, SCOPE, UNATTACHED);
        for (Long u : e.scopeUnits()) term(d, SCOPE, u.toString());
        return d;
    }

    /** The filter and facet fields of what the periods held. */
    private static void held(Document d, String suffix, List<PersonEntry.Stint> stints) {
        Set<String> quotaTypes = new LinkedHashSet<>();
        Set<String> postTypes = new LinkedHashSet<>();
        Set<UnitFacts> units = new LinkedHashSet<>();
        for (PersonEntry.Stint s : stints) {
            for (PersonEntry.Seat seat : s.seats()) {
                quotaTypes.add(seat.quotaType());
                units.add(seat.unit());
            }
            for (PersonEntry.Post post : s.posts()) {
                postTypes.add(post.postType());
                units.add(post.unit());
            }
        }
        facet(d, QUOTA_TYPE + suffix, quotaTypes);
        facet(d, POST_TYPE + suffix, postTypes);
        facet(d, UNIT_KIND + suffix, units.stream().map(UnitFacts::kind).collect(Collectors.toCollection(LinkedHashSet::new)));
        facet(d, REGION + suffix, units.stream().map(UnitFacts::region).collect(Collectors.toCollection(LinkedHashSet::new)));
        Set<String> under = new LinkedHashSet<>();
        for (UnitFacts u : units) for (Long id : u.lineage()) under.add(id.toString());
        terms(d, UNDER + suffix, under);
    }

    private static BinaryDocValuesField hitValue(PersonEntry e, PersonEntry.Stint s) {
        String seats = s == null ? "" : s.seats().stream().map(x -> x.unit().id() + "|" + x.quotaType())
                .collect(Collectors.joining(","));
        String posts = s == null ? "" : s.posts().stream().map(x -> x.unit().id() + "|" + x.postType() + "|" + x.arrangement())
                .collect(Collectors.joining(","));
        String value = String.join(SEP, Long.toString(e.personId()), e.name(), e.idNumber(), e.gender(), e.identity(),
                s == null ? "" : Integer.toString(day(s.from())), s == null || s.to() == null ? "" : Integer.toString(day(s.to())),
                seats, posts);
        return new BinaryDocValuesField(HIT, new BytesRef(value));
    }

    static PersonHits.Hit hit(BytesRef value) {
        String[] f = value.utf8ToString().split(SEP, -1);
        List<PersonHits.SeatRef> seats = new ArrayList<>();
        for (String[] p : parts(f[7])) seats.add(new PersonHits.SeatRef(Long.parseLong(p[0]), p[1]));
        List<PersonHits.PostRef> posts = new ArrayList<>();
        for (String[] p : parts(f[8])) posts.add(new PersonHits.PostRef(Long.parseLong(p[0]), p[1], p[2]));
        return new PersonHits.Hit(Long.parseLong(f[0]), f[1], f[2], f[3], f[4],
                f[5].isEmpty() ? null : LocalDate.ofEpochDay(Integer.parseInt(f[5])),
                f[6].isEmpty() ? null : LocalDate.ofEpochDay(Integer.parseInt(f[6])), seats, posts);
    }

    private static List<String[]> parts(String encoded) {
        List<String[]> all = new ArrayList<>();
        if (encoded == null || encoded.isEmpty()) return all;
        for (String item : encoded.split(",")) all.add(item.split("\\|"));
        return all;
    }

    static int day(LocalDate date) {
        return (int) date.toEpochDay();
    }

    private static void facet(Document d, String field, Set<String> values) {
        for (String v : values) {
            d.add(new StringField(field, v, Field.Store.NO));
            d.add(new SortedSetDocValuesField(field, new BytesRef(v)));
        }
    }

    private static void term(Document d, String field, String value) {
        d.add(new StringField(field, value, Field.Store.NO));
    }

    private static void terms(Document d, String field, Set<String> values) {
        for (String v : values) term(d, field, v);
    }
}
