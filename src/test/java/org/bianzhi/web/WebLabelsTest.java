package org.bianzhi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The web interface's Chinese names of codes (js/labels.js) are exactly those of the service's enumerations. */
class WebLabelsTest {

    private static final List<String> PACKAGES = List.of("establishment", "roster", "audit", "complaint", "imports", "payroll",
            "search", "security", "travel", "travel.filing", "travel.approval", "travel.crossing", "travel.casework", "travel.statistics",
            "delegation");

    @Test
    void everyTableEqualsItsEnumeration() throws Exception {
        String js = Files.readString(Path.of("src/main/webapp/js/labels.js"), StandardCharsets.UTF_8);
        int start = js.indexOf("export const LABELS = ") + "export const LABELS = ".length();
        int end = js.indexOf("\n};", start) + 2;
        JsonObject tables = Json.createReader(new StringReader(js.substring(start, end))).readObject();
        assertTrue(tables.size() >= 20, "tables: " + tables.keySet());
        for (String name : tables.keySet()) {
            Class<?> type = enumeration(name);
            Method label = type.getMethod("label");
            Map<String, String> expected = new LinkedHashMap<>();
            for (Object constant : type.getEnumConstants()) expected.put(((Enum<?>) constant).name(), (String) label.invoke(constant));
            Map<String, String> actual = tables.getJsonObject(name).entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                    e -> tables.getJsonObject(name).getString(e.getKey()), (a, b) -> a, LinkedHashMap::new));
            assertEquals(expected, actual, "labels.js table " + name);
        }
    }

    private static Class<?> enumeration(String simpleName) {
        for (String p : PACKAGES) {
            try {
                return Class.forName("org.bianzhi." + p + ".domain." + simpleName);
            } catch (ClassNotFoundException e) {
                // try the next capability
            }
        }
        throw new AssertionError("labels.js has a table " + simpleName + " that no enumeration of the service has");
    }
}
