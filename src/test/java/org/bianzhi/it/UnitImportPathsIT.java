package org.bianzhi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A units file that only establishes units is stored set-wise; one that also changes a unit goes row by row through
 * the service. The same hard cases (parents later in the file, a parent not existing on the date, a refused parent,
 * a cycle, a name taken by an earlier row or by a unit on record, an abolished unit, a unit unchanged, a code twice,
 * an undated unit, a wrong cell) give the same report, units, paths, change-log entries and queue rows both ways.
 */
class UnitImportPathsIT extends ApiTest {

    private static final String HEADER = "单位代码,单位名称,简称,机构类型,事业单位类别,上级单位代码,行政区划代码,层级,经费形式,设立日期\n";
    /** Names in the file, apart from the units made through the API. */
    private static final List<String> NAMES = List.of("a1", "a2", "a3", "a4", "x1", "x2", "d1", "d2", "t1", "a5", "bad");

    /** One run's own codes and names: the same file for each run, with its own units. */
    private final class Run {
        final Map<String, String> words = new LinkedHashMap<>();
        final String file;

        Run(boolean withChange) {
            String parent = unit(true, "甲局", null);
            String kept = unit(true, "乙局", null);
            String gone = unit(true, "丙局", null);
            JsonObject g = expect(200, api.get("units/" + gone)).json();
            expect(200, api.post("units/" + gone + "/abolish", Api.obj("abolishedOn", "2024-01-01", "basisDocument", "瑞编〔2024〕1号",
                    "version", g.getInt("version"))));
            words.put("P", parent);
            words.put("K", kept);
            words.put("Z", gone);
            for (String w : List.of("P", "K", "Z")) words.put(w + "name", expect(200, api.get("units/" + words.get(w))).json().getString("name"));
            for (String n : NAMES) {
                words.put(n, Fixtures.unitCode(!n.startsWith("a1")));
                words.put(n + "name", Fixtures.unitName("瑞安市" + n + "单位"));
            }
            String text = HEADER
                    + row("a1", "a1name", "事业单位,公益一类", "a2", "2021-03-01")   // 2: its parent comes later
                    + row("a2", "a2name", "机关,", "P", "2020-06-01")                // 3
                    + row("a3", "a3name", "机关,", "P", "")                          // 4: undated, the parent did not exist in 1949
                    + row("a4", "a4name", "机关,", "a3", "2022-01-01")               // 5: the parent was refused
                    + row("x1", "x1name", "机关,", "x2", "2022-01-01")               // 6: a cycle
                    + row("x2", "x2name", "机关,", "x1", "2022-01-01")               // 7
                    + row("d1", "a2name", "机关,", "", "2022-01-01")                 // 8: the name of an earlier row
                    + row("d2", "Pname", "机关,", "", "2022-01-01")                  // 9: the name of a unit on record
                    + row("K", "Kname", "机关,", "", "2020-01-01")                   // 10: unchanged
                    + row("Z", "d2name", "机关,", "", "2020-01-01")                  // 11: abolished
                    + row("a2", "a2name", "机关,", "P", "2020-06-01")                // 12: the same code again, the same unit
                    + row("t1", "t1name", "机关,", "", "")                           // 13: undated, at the top
                    + row("a5", "a5name", "机关,", "a1", "2022-01-01")               // 14: under a row waiting for its parent
                    + row("bad", "badname", "委员会,", "", "2022-01-01");            // 15: an unknown kind
            if (withChange) {
                String changed = unit(true, "丁局", null);
                words.put("C", changed);
                text += changed + "," + Fixtures.unitName("丁局改") + ",,机关,,,330381,县,全额拨款,2020-01-01\n"; // 16
            }
            file = text;
        }

        private String row(String code, String name, String kind, String parent, String date) {
            return words.get(code) + "," + words.get(name) + ",," + kind + "," + (parent.isEmpty() ? "" : words.get(parent))
                    + ",330381,县,全额拨款," + date + "\n";
        }

        /** Text with this run's codes and names replaced by the words they stand for. */
        String neutral(String text) {
            List<Map.Entry<String, String>> byLength = new ArrayList<>(words.entrySet());
            byLength.sort((a, b) -> b.getValue().length() - a.getValue().length());
            for (var e : byLength) text = text.replace(e.getValue(), "<" + e.getKey() + ">");
            return text.replaceAll("\"recordedAt\":\"[^\"]*\"", "").replaceAll("(测试[0-9-]+)", "");
        }
    }

    @Test
    void aFileOfNewUnitsIsStoredAsTheServiceStoresItRowByRow() throws Exception {
        Run setWise = new Run(false);
        Run rowByRow = new Run(true);
        JsonObject a = expect(200, api.postBytes("imports/units?mode=valid-rows", "text/csv", setWise.file.getBytes(StandardCharsets.UTF_8))).json();
        JsonObject b = expect(200, api.postBytes("imports/units?mode=valid-rows", "text/csv", rowByRow.file.getBytes(StandardCharsets.UTF_8))).json();

        assertEquals(List.of(4, 0, 2), List.of(a.getInt("created"), a.getInt("updated"), a.getInt("unchanged")), a::toString);
        assertEquals(List.of(4, 1, 2), List.of(b.getInt("created"), b.getInt("updated"), b.getInt("unchanged")), b::toString);
        assertEquals(List.of(4, 5, 6, 7, 8, 9, 11, 15), a.getJsonArray("rejected").stream().map(v -> v.asJsonObject().getInt("row"))
                .distinct().toList(), a::toString);
        assertEquals(rowByRow.neutral(b.getJsonArray("rejected").toString()), setWise.neutral(a.getJsonArray("rejected").toString()));
        assertEquals(rowByRow.neutral(String.valueOf(b.get("notes"))), setWise.neutral(String.valueOf(a.get("notes"))));
        for (String u : List.of("a1", "a2", "t1", "a5", "K")) {
            assertEquals(rowByRow.neutral(expect(200, api.get("units/" + rowByRow.words.get(u) + "/history")).raw()),
                    setWise.neutral(expect(200, api.get("units/" + setWise.words.get(u) + "/history")).raw()), u);
        }
        for (String u : List.of("a3", "a4", "x1", "x2", "d1", "d2", "bad")) {
            expect(404, api.get("units/" + setWise.words.get(u)));
        }
        // the subtree of the parent on record (by path): itself, a2, a1 under it, a5 under a1
        assertEquals(4, expect(200, api.get("changes?unit=" + setWise.words.get("P") + "&limit=500")).json().getJsonArray("items").size());
        assertEquals(rowByRow.neutral(expect(200, api.get("changes?unit=" + rowByRow.words.get("P") + "&limit=500")).json()
                        .getJsonArray("items").stream().map(l -> l.asJsonObject().getString("action") + l.asJsonObject().getString("unitCode")).toList().toString()),
                setWise.neutral(expect(200, api.get("changes?unit=" + setWise.words.get("P") + "&limit=500")).json()
                        .getJsonArray("items").stream().map(l -> l.asJsonObject().getString("action") + l.asJsonObject().getString("unitCode")).toList().toString()));

        // the ids the set-wise load took are never ones JPA takes next (its blocks of 50 end at the value it fetches)
        for (int i = 0; i < 60; i++) unit(true, "戊局", null);

        if ("postgresql".equals(TestDatabase.kind())) {
            try (Connection c = DriverManager.getConnection(System.getenv("BIANZHI_DB_URL"), System.getenv("BIANZHI_DB_USER"),
                    System.getenv("BIANZHI_DB_PASSWORD"))) {
                assertEquals(stored(c, rowByRow), stored(c, setWise));
            }
        }
    }

    /** What the database holds for a run's new units: rows, paths as codes, change log, queue rows; neutral. */
    private static List<String> stored(Connection c, Run run) throws Exception {
        List<String> out = new ArrayList<>();
        for (String u : List.of("a2", "a1", "a5", "t1")) {
            String code = run.words.get(u);
            out.add(run.neutral(one(c, "select u.version || ' ' || (select string_agg(p.code, '/' order by length(p.path)) from unit p"
                    + " where u.path like p.path || '%') || ' ' || coalesce(u.name_key, '') from unit u where u.code = ?", code)));
            out.add(run.neutral(one(c, "select l.actor || ' ' || l.action || ' ' || coalesce(l.basis_document, '-') || ' '"
                    + " || coalesce(l.before_state, '-') || ' ' || l.after_state || ' ' || l.entity_type from change_log l join unit u"
                    + " on u.id = l.entity_id where l.entity_type = 'unit' and u.code = ?", code)));
            out.add(one(c, "select (select count(*) from finding_queue q where q.unit_id = u.id) || ' ' || (select count(*)"
                    + " from search_outbox o where o.unit_id = u.id) from unit u where u.code = ?", code));
        }
        return out;
    }

    private static String one(Connection c, String sql, String code) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, code);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }
}
