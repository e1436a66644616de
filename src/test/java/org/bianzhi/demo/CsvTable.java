package org.bianzhi.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A CSV text read back the simple way: header row, then rows as column-name maps. Handles quoted values. */
record CsvTable(List<String> header, List<Map<String, String>> rows) {

    static CsvTable parse(String text) {
        List<String> lines = List.of(text.split("\n", -1));
        if (!lines.get(lines.size() - 1).isEmpty()) throw new AssertionError("file does not end with a line break");
        List<String> header = split(lines.get(0));
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 1; i < lines.size() - 1; i++) {
            List<String> values = split(lines.get(i));
            if (values.size() != header.size()) {
                throw new AssertionError("line " + (i + 1) + " has " + values.size() + " values: " + lines.get(i));
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int j = 0; j < header.size(); j++) row.put(header.get(j), values.get(j));
            rows.add(row);
        }
        return new CsvTable(header, rows);
    }

    static List<String> split(String line) {
        List<String> values = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    value.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    value.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                values.add(value.toString());
                value.setLength(0);
            } else {
                value.append(ch);
            }
        }
        values.add(value.toString());
        return values;
    }

    List<String> column(String name) {
        return rows.stream().map(r -> r.get(name)).toList();
    }
}
