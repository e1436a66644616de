package org.bianzhi.search.infrastructure;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts, over every match, the documents per value of a few keyword fields (the facets), from their doc values:
 * per segment into an array by ordinal, turned into values once the segment is done.
 */
final class FacetCounts extends SimpleCollector {

    private final List<String> fields;
    private final Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
    private SortedSetDocValues[] values;
    private long[][] ordCounts;

    FacetCounts(List<String> fields) {
        this.fields = fields;
        for (String f : fields) counts.put(f, new LinkedHashMap<>());
    }

    static CollectorManager<FacetCounts, Map<String, Map<String, Long>>> manager(List<String> fields) {
        return new CollectorManager<>() {
            @Override
            public FacetCounts newCollector() {
                return new FacetCounts(fields);
            }

            @Override
            public Map<String, Map<String, Long>> reduce(Collection<FacetCounts> collectors) throws IOException {
                Map<String, Map<String, Long>> all = new LinkedHashMap<>();
                for (String f : fields) all.put(f, new LinkedHashMap<>());
                for (FacetCounts c : collectors) {
                    c.finishSegment();
                    c.counts.forEach((f, m) -> m.forEach((v, n) -> all.get(f).merge(v, n, Long::sum)));
                }
                return all;
            }
        };
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        finishSegment();
        values = new SortedSetDocValues[fields.size()];
        ordCounts = new long[fields.size()][];
        for (int i = 0; i < fields.size(); i++) {
            values[i] = DocValues.getSortedSet(context.reader(), fields.get(i));
            ordCounts[i] = new long[(int) values[i].getValueCount()];
        }
    }

    @Override
    public void collect(int doc) throws IOException {
        for (int i = 0; i < values.length; i++) {
            SortedSetDocValues v = values[i];
            if (!v.advanceExact(doc)) continue;
            for (int n = 0; n < v.docValueCount(); n++) ordCounts[i][(int) v.nextOrd()]++;
        }
    }

    private void finishSegment() throws IOException {
        if (values == null) return;
        for (int i = 0; i < values.length; i++) {
            Map<String, Long> m = counts.get(fields.get(i));
            for (int ord = 0; ord < ordCounts[i].length; ord++) {
                if (ordCounts[i][ord] > 0) m.merge(values[i].lookupOrd(ord).utf8ToString(), ordCounts[i][ord], Long::sum);
            }
        }
        values = null;
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    static List<String> fieldsFor(boolean ever) {
        String sfx = ever ? PersonDocuments.EVER : "";
        List<String> f = new ArrayList<>();
        for (String base : List.of(PersonDocuments.QUOTA_TYPE, PersonDocuments.POST_TYPE, PersonDocuments.UNIT_KIND,
                PersonDocuments.REGION)) f.add(base + sfx);
        return f;
    }
}
