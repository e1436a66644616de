package org.bianzhi.search.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.bianzhi.roster.domain.IdNumber;
import org.bianzhi.search.domain.PeopleIndex;
import org.bianzhi.search.domain.PersonEntry;
import org.bianzhi.search.domain.PersonHits;
import org.bianzhi.search.domain.PersonQuery;
import org.bianzhi.search.domain.PresenceStatus;
import org.bianzhi.search.domain.QueryReading;
import org.bianzhi.search.domain.Stints;
import org.bianzhi.search.domain.UnitCatalogue;
import org.bianzhi.search.domain.UnitFacts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The people index on 20,000 generated people plus a few planted ones: each lookup form of the issue finds its person
 * among the first results, exact names rank above prefixes and parts, filters and the clerk's scope count inside the
 * query (totals and facets), and "as of" finds who was there on a past date.
 */
class LucenePeopleIndexTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    static final UnitFacts COUNTY = unit(1, "/1/", "青田县人民政府", null, List.of(), List.of(), "ORGAN", "331121");
    static final UnitFacts WATER = unit(2, "/1/2/", "青田县水利局", "水利局", List.of("水务局"), List.of("青田县水电局"), "ORGAN", "331121");
    static final UnitFacts POLICE = unit(3, "/1/3/", "青田县公安局", null, List.of(), List.of(), "ORGAN", "331121");
    static final UnitFacts STATION = unit(4, "/1/3/4/", "青田县公安局鹤城派出所", null, List.of(), List.of(), "ORGAN", "331121");
    static final UnitFacts HOSPITAL = unit(5, "/5/", "丽水市人民医院", null, List.of(), List.of(), "INSTITUTION", "331102");
    static final UnitCatalogue UNITS = new UnitCatalogue(List.of(COUNTY, WATER, POLICE, STATION, HOSPITAL));
    static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭"};
    static final String[] GIVEN = "伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 涛 明 超 秀 霞 平 刚 桂 英 华 建 国 文 辉 玲".split(" ");

    @TempDir
    static Path dir;
    static LucenePeopleIndex index;
    static int serial = 1;

    static UnitFacts unit(long id, String path, String name, String shortName, List<String> aliases, List<String> former,
                          String kind, String region) {
        return new UnitFacts(id, "CODE" + id, path, name, shortName, aliases, former, kind, region, false);
    }

    static PersonEntry person(long id, String name, String gender, UnitFacts unit, String quotaType, String postType,
                              LocalDate from, LocalDate to) {
        var seat = new Stints.Dated<>(new PersonEntry.Seat(unit, quotaType), from, to);
        var post = new Stints.Dated<>(new PersonEntry.Post(unit, postType, "REGULAR"), from, to);
        String first17 = "331121" + LocalDate.of(1960, 1, 1).plusDays(id / 1000).format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%03d", id % 1000);
        String id18 = first17 + IdNumber.checkCharacter(first17);
        return new PersonEntry(id, name, id18, gender, "CIVIL_SERVANT", Stints.of(List.of(seat), List.of(post)),
                new LinkedHashSet<>(unit.lineage()));
    }

    @BeforeAll
    static void build() {
        index = new LucenePeopleIndex();
        index.dataDir = dir.toString();
        index.searchDir = " ";
        SplittableRandom random = new SplittableRandom(7);
        UnitFacts[] units = {WATER, POLICE, STATION, HOSPITAL};
        try (PeopleIndex.Rebuild r = index.rebuild("token")) {
            for (long id = 1000; id < 21_000; id++) {
                String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)]
                        + (random.nextBoolean() ? GIVEN[random.nextInt(GIVEN.length)] : "");
                UnitFacts u = units[random.nextInt(units.length)];
                boolean organ = u.kind().equals("ORGAN");
                r.add(person(id, name, "MALE", u, organ ? "ADMINISTRATIVE" : "PUBLIC_INSTITUTION",
                        organ ? "ADMINISTRATIVE_POST" : "PROFESSIONAL", LocalDate.of(2000 + (int) (id % 20), 1, 1), null));
            }
            r.add(person(1, "单雄信", "MALE", WATER, "ADMINISTRATIVE", "ADMINISTRATIVE_POST", LocalDate.of(2015, 3, 1), null));
            r.add(person(2, "曾小贤", "MALE", POLICE, "POLITICAL_LEGAL", "ADMINISTRATIVE_POST", LocalDate.of(2012, 3, 1), null));
            r.add(person(3, "欧阳娜娜", "FEMALE", HOSPITAL, "PUBLIC_INSTITUTION", "PROFESSIONAL", LocalDate.of(2018, 3, 1), null));
            r.add(person(4, "阿依古丽·买买提", "FEMALE", STATION, "POLITICAL_LEGAL", "ADMINISTRATIVE_POST", LocalDate.of(2019, 3, 1), null));
            r.add(person(5, "解放", "MALE", WATER, "ADMINISTRATIVE", "ADMINISTRATIVE_POST", LocalDate.of(2001, 3, 1), LocalDate.of(2020, 1, 1)));
            r.add(person(6, "张伟", "MALE", WATER, "PUBLIC_INSTITUTION", "ADMINISTRATIVE_POST", LocalDate.of(2010, 3, 1), null));
            r.seal();
            r.install(42);
        }
    }

    @AfterAll
    static void close() {
        index.close();
    }

    static PersonHits search(String text) {
        return search(text, null, PresenceStatus.CURRENT, TODAY, null);
    }

    static PersonHits search(String text, Long scope, PresenceStatus status, LocalDate asOf, String quotaType) {
        return index.search(new PersonQuery(QueryReading.tokens(text, UNITS), quotaType, null, null, null, null, null, scope,
                status, asOf, 0, 10));
    }

    static List<Long> ids(PersonHits h) {
        return h.hits().stream().map(PersonHits.Hit::personId).toList();
    }

    /**
     * Initials alone are shared by many people, and equal matches keep index order, so those lookups add a unit, as
     * clerks do; 8 generated 张伟 work at the water bureau too, so that lookup finds its person among equals.
     */
    @ParameterizedTest(name = "{0} finds person {1}")
    @CsvSource({"单雄信, 1", "雄信, 1", "shanxiongxin, 1", "sxx 水利局, 1", "shanxx, 1", "danxiongxin, 1", "曾小贤, 2",
            "zengxiaoxian, 2", "zxx 公安局, 2", "欧阳娜娜, 3", "ouyangnana, 3", "oynn, 3", "阿依古丽, 4", "ayigulimaimaiti, 4",
            "古丽 派出所, 4", "單雄信, 1", "zw 水利局 事业编制, 6", "张伟 水务局, 6", "张伟 水电局, 6", "张 水利局 事业编制, 6"})
    void eachLookupFormFindsItsPersonOnTheFirstPage(String text, long expected) {
        PersonHits h = search(text);
        assertTrue(ids(h).contains(expected), text + " → " + ids(h) + ": not on the first page of 10");
    }

    @Test
    void theEndOfAnIdNumberAndTheWholeNumber() {
        PersonEntry planted = person(1, "单雄信", "MALE", WATER, "ADMINISTRATIVE", "ADMINISTRATIVE_POST", LocalDate.of(2015, 3, 1), null);
        String id = planted.idNumber();
        assertEquals(List.of(1L), ids(search(id)));
        assertTrue(ids(search(id.substring(12))).contains(1L));
        assertTrue(ids(search(id.substring(14))).contains(1L));
    }

    @Test
    void exactNamesRankFirstThenPrefixesThenParts() {
        PersonHits h = search("张伟");
        assertEquals("张伟", h.hits().get(0).name());
        for (PersonHits.Hit hit : h.hits()) assertTrue(hit.name().contains("张伟"), hit.name());
        int lastExact = -1, firstLonger = Integer.MAX_VALUE;
        for (int i = 0; i < h.hits().size(); i++) {
            if (h.hits().get(i).name().equals("张伟")) lastExact = i;
            else firstLonger = Math.min(firstLonger, i);
        }
        assertTrue(lastExact < firstLonger, "exact names before longer ones");
    }

    @Test
    void aFormerPersonIsFoundAsOfThePastAndAmongFormerPeople() {
        assertTrue(ids(search("解放")).isEmpty(), "left in 2020, not current");
        assertEquals(List.of(5L), ids(search("解放", null, PresenceStatus.CURRENT, LocalDate.of(2019, 6, 1), null)));
        assertEquals(List.of(5L), ids(search("解放", null, PresenceStatus.FORMER, TODAY, null)));
        assertEquals(List.of(5L), ids(search("xiefang", null, PresenceStatus.ALL, TODAY, null)));
    }

    @Test
    void aReplacedPersonWhoLeftIsFormerNotCurrent() {
        index.replace(List.of(person(7, "皇甫甲乙", "MALE", WATER, "ADMINISTRATIVE", "ADMINISTRATIVE_POST", LocalDate.of(2021, 1, 1), null)), List.of());
        index.refresh();
        assertEquals(List.of(7L), ids(search("皇甫甲")));
        index.replace(List.of(person(7, "皇甫甲乙", "MALE", WATER, "ADMINISTRATIVE", "ADMINISTRATIVE_POST", LocalDate.of(2021, 1, 1),
                LocalDate.of(2026, 3, 1))), List.of());
        index.refresh();
        assertEquals(List.of(), ids(search("皇甫甲")));
        assertEquals(List.of(7L), ids(search("皇甫甲", null, PresenceStatus.FORMER, TODAY, null)));
        assertEquals(List.of(7L), ids(search("皇甫甲", null, PresenceStatus.ALL, TODAY, null)));
        assertEquals(List.of(7L), ids(search("皇甫甲", null, PresenceStatus.CURRENT, LocalDate.of(2025, 12, 31), null)));
    }

    @Test
    void aClerksScopeAndTheFiltersCountInsideTheQuery() {
        PersonHits all = search("");
        PersonHits police = search("", POLICE.id(), PresenceStatus.CURRENT, TODAY, null);
        assertTrue(police.total() > 0 && police.total() < all.total());
        Map<String, Long> regions = police.facets().get("region");
        assertEquals(Set.of("331121"), regions.keySet(), "the hospital's region is outside the police's subtree");
        assertEquals(police.total(), police.facets().get("quotaType").values().stream().mapToLong(Long::longValue).sum());
        assertTrue(ids(search("欧阳娜娜", POLICE.id(), PresenceStatus.CURRENT, TODAY, null)).isEmpty());
        PersonHits legal = search("", null, PresenceStatus.CURRENT, TODAY, "POLITICAL_LEGAL");
        assertEquals(legal.total(), (long) all.facets().get("quotaType").get("POLITICAL_LEGAL"));
    }

    /** Equal scores rank by person id, not by the order people went into the index (a rebuild's threads interleave them). */
    @Test
    void equalMatchesRankByPersonIdWhateverOrderTheyWereIndexedIn(@TempDir Path elsewhere) {
        LucenePeopleIndex shuffled = new LucenePeopleIndex();
        shuffled.dataDir = elsewhere.toString();
        shuffled.searchDir = " ";
        List<Long> ids = new ArrayList<>(LongStream.rangeClosed(1, 60).boxed().toList());
        Collections.shuffle(ids, new Random(3));
        try (PeopleIndex.Rebuild r = shuffled.rebuild("token")) {
            for (long id : ids) r.add(person(id, "司马光", "MALE", WATER, "ADMINISTRATIVE", "ADMINISTRATIVE_POST", LocalDate.of(2015, 3, 1), null));
            r.seal();
            r.install(1);
        }
        // an update writes the person again, after everyone else
        shuffled.replace(List.of(person(2, "司马光", "MALE", POLICE, "ADMINISTRATIVE", "ADMINISTRATIVE_POST", LocalDate.of(2015, 3, 1), null)), List.of());
        shuffled.refresh();
        try {
            for (String text : List.of("司马光", "smg", "simaguang")) {
                PersonQuery first = new PersonQuery(QueryReading.tokens(text, UNITS), null, null, null, null, null, null, null,
                        PresenceStatus.CURRENT, TODAY, 0, 10);
                assertEquals(LongStream.rangeClosed(1, 10).boxed().toList(), ids(shuffled.search(first)), text);
                PersonQuery second = new PersonQuery(QueryReading.tokens(text, UNITS), null, null, null, null, null, null, null,
                        PresenceStatus.ALL, TODAY, 10, 10);
                assertEquals(LongStream.rangeClosed(11, 20).boxed().toList(), ids(shuffled.search(second)), text);
            }
        } finally {
            shuffled.close();
        }
    }

    /** An index written before person ids were doc values ranks ties by chance: it reports no position, so it is rebuilt. */
    @Test
    void anIndexInAnOlderFormatAsksToBeRebuilt(@TempDir Path elsewhere) throws Exception {
        Path old = elsewhere.resolve("search").resolve("index-1");
        try (FSDirectory d = FSDirectory.open(old); IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()))) {
            w.addDocument(new Document());
            w.setLiveCommitData(Map.of("position", "7", "databaseToken", "token", "committedAt", TODAY + "T00:00:00Z").entrySet());
            w.commit();
        }
        java.nio.file.Files.writeString(elsewhere.resolve("search").resolve("current"), "index-1");
        LucenePeopleIndex older = new LucenePeopleIndex();
        older.dataDir = elsewhere.toString();
        older.searchDir = " ";
        try {
            assertEquals("token", older.databaseToken());
            assertEquals(-1, older.position());
            older.commit(8);
            assertEquals(-1, older.position(), "following the outbox does not make its documents new");
            try (PeopleIndex.Rebuild r = older.rebuild("token")) {
                r.add(person(1, "单雄信", "MALE", WATER, "ADMINISTRATIVE", "ADMINISTRATIVE_POST", LocalDate.of(2015, 3, 1), null));
                r.seal();
                r.install(9);
            }
            assertEquals(9, older.position());
            older.commit(10);
            assertEquals(10, older.position());
        } finally {
            older.close();
        }
    }
}
