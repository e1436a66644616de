package org.bianzhi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document as a browser, a linter or a client generator reads it: its charset said, its Chinese intact,
 * and what {@code redocly lint} reports (issue 23) checked here, since a test run has no Node: it parses without
 * messages, each operation has its own id, a typed success body, problem+json errors and the bearer scheme.
 */
class ApiDocumentIT extends ApiTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Set<String> TOP_LEVEL = Set.of("openapi", "info", "jsonSchemaDialect", "servers", "paths", "webhooks",
            "components", "security", "tags", "externalDocs");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private HttpResponse<byte[]> openapi(String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(api.root() + "openapi")).timeout(Duration.ofSeconds(30));
        if (accept != null) b.header("Accept", accept);
        return HTTP.send(b.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private JsonObject document() throws Exception {
        HttpResponse<byte[]> doc = openapi("application/json");
        assertEquals(200, doc.statusCode());
        return Json.createReader(new StringReader(new String(doc.body(), StandardCharsets.UTF_8))).readObject();
    }

    @Test
    void theDocumentSaysItsCharsetAsYamlAndAsJson() throws Exception {
        for (String accept : new String[] {null, "application/json", "application/yaml"}) {
            HttpResponse<byte[]> doc = openapi(accept);
            String asked = accept == null ? "no Accept header (YAML)" : accept;
            assertEquals(200, doc.statusCode(), asked);
            String type = doc.headers().firstValue("Content-Type").orElse("").toLowerCase();
            assertTrue(type.contains("charset=utf-8"), asked + ": " + type);
            if (accept != null) assertTrue(type.startsWith(accept), asked + ": " + type);
            assertTrue(new String(doc.body(), StandardCharsets.UTF_8).contains("编制实名制管理"), asked + ": the title in Chinese");
        }
    }

    @Test
    void aParserReadsTheJsonAndTheYamlAsOpenApi31WithoutAMessage() throws Exception {
        for (String accept : new String[] {"application/json", "application/yaml"}) {
            String text = new String(openapi(accept).body(), StandardCharsets.UTF_8);
            ParseOptions options = new ParseOptions();
            options.setValidateInternalRefs(true);
            SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(text, null, options);
            assertNotNull(parsed.getOpenAPI(), accept + ": " + parsed.getMessages());
            assertEquals(List.of(), parsed.getMessages(), accept);
            assertEquals(SpecVersion.V31, parsed.getOpenAPI().getSpecVersion(), accept);
        }
        JsonObject doc = document();
        for (String key : doc.keySet()) assertTrue(TOP_LEVEL.contains(key), "a top-level key OpenAPI does not have: " + key);
    }

    @Test
    void everyOperationHasItsOwnIdATypedSuccessAndProblemErrors() throws Exception {
        JsonObject doc = document();
        JsonObject responses = doc.getJsonObject("components").getJsonObject("responses");
        Set<String> ids = new HashSet<>();
        List<String> faults = new ArrayList<>();
        forEachOperation(doc, (where, op) -> {
            String id = op.getString("operationId", "");
            if (id.isEmpty() || !ids.add(id)) faults.add(where + ": operationId '" + id + "' missing or used twice");
            JsonObject answers = op.getJsonObject("responses");
            if (answers.containsKey("default")) faults.add(where + ": a 'default' response instead of its status");
            boolean success = false;
            for (Map.Entry<String, JsonValue> a : answers.entrySet()) {
                JsonObject r = a.getValue().asJsonObject();
                if (a.getKey().startsWith("2")) {
                    success = true;
                    if (a.getKey().equals("204")) continue;
                    if (!r.containsKey("content")) faults.add(where + " " + a.getKey() + ": no body described");
                    else r.getJsonObject("content").forEach((type, media) -> {
                        JsonObject schema = media.asJsonObject().getJsonObject("schema");
                        if (schema == null || !schema.containsKey("$ref") && !schema.containsKey("type")) {
                            faults.add(where + " " + a.getKey() + " " + type + ": untyped body");
                        }
                    });
                } else {
                    String ref = r.getString("$ref", "");
                    JsonObject named = ref.startsWith("#/components/responses/")
                            ? responses.getJsonObject(ref.substring("#/components/responses/".length())) : r;
                    String problem = named == null || !named.containsKey("content") ? ""
                            : named.getJsonObject("content").getJsonObject("application/problem+json") == null ? ""
                            : named.getJsonObject("content").getJsonObject("application/problem+json").getJsonObject("schema").getString("$ref", "");
                    if (!problem.equals("#/components/schemas/Problem")) faults.add(where + " " + a.getKey() + ": not problem+json");
                }
            }
            if (!success) faults.add(where + ": no 2xx response");
            if (!answers.containsKey("401") || !answers.containsKey("500")) faults.add(where + ": 401 or 500 not described");
        });
        assertEquals(List.of(), faults);
        assertTrue(ids.size() > 100, "operations found: " + ids.size());
    }

    @Test
    void theBearerSchemeGuardsAllButSignIn() throws Exception {
        JsonObject doc = document();
        JsonObject bearer = doc.getJsonObject("components").getJsonObject("securitySchemes").getJsonObject("bearer");
        assertEquals("http", bearer.getString("type"));
        assertEquals("bearer", bearer.getString("scheme"));
        assertEquals("bearer", doc.getJsonArray("security").getJsonObject(0).keySet().iterator().next());
        JsonObject signIn = doc.getJsonObject("paths").getJsonObject("/api/v1/session").getJsonObject("post");
        assertEquals(Json.createArrayBuilder().add(JsonValue.EMPTY_JSON_OBJECT).build(), signIn.getJsonArray("security"));
        assertTrue(signIn.getJsonObject("responses").getJsonObject("201").getJsonObject("content").getJsonObject("application/json")
                .getJsonObject("schema").getString("$ref").endsWith("/Session"));
        assertTrue(signIn.getJsonObject("responses").containsKey("429"));
        assertEquals(1, countOperationsWithOwnSecurity(doc), "only sign-in says it needs no token");
    }

    @Test
    void eachListHasItsOwnPageOfItsElementsAndDatesAreStrings() throws Exception {
        JsonObject doc = document();
        JsonObject schemas = doc.getJsonObject("components").getJsonObject("schemas");
        String people = doc.getJsonObject("paths").getJsonObject("/api/v1/people").getJsonObject("get").getJsonObject("responses")
                .getJsonObject("200").getJsonObject("content").getJsonObject("application/json").getJsonObject("schema").getString("$ref");
        assertEquals("#/components/schemas/PersonViewPage", people);
        List<String> faults = new ArrayList<>();
        int pages = 0;
        for (String name : schemas.keySet()) {
            JsonObject items = schemas.getJsonObject(name).getJsonObject("properties") == null ? null
                    : schemas.getJsonObject(name).getJsonObject("properties").getJsonObject("items");
            // the shared Page<T>: its element's name and Page
            if (items == null || !schemas.getJsonObject(name).getJsonObject("properties").keySet().equals(Set.of("items", "total", "offset", "limit"))) continue;
            pages++;
            String element = name.endsWith("Page") ? name.substring(0, name.length() - "Page".length()) : "?";
            JsonObject of = items.getJsonObject("items");
            if (!"array".equals(items.getString("type", "")) || of == null || !of.getString("$ref", "").equals("#/components/schemas/" + element)) {
                faults.add(name + ": items are not an array of " + element);
            }
        }
        assertTrue(pages >= 10, "pages: " + pages);
        bareObjects(doc, "#", faults);
        assertEquals(List.of(), faults);
        JsonObject today = schemas.getJsonObject("Me").getJsonObject("properties").getJsonObject("today");
        assertEquals("string", today.getString("type"));
        assertEquals("date", today.getString("format"));
    }

    @Test
    void aChangeOfARecordNamesItsVersionAndItsReadGivesIt() throws Exception {
        JsonObject unit = document().getJsonObject("paths").getJsonObject("/api/v1/units/{code}");
        JsonObject put = unit.getJsonObject("put");
        assertTrue(put.getJsonArray("parameters").stream().anyMatch(p -> p.asJsonObject().getString("name").equals("If-Match")
                && p.asJsonObject().getString("in").equals("header")), "If-Match on PUT");
        assertTrue(put.getJsonObject("responses").containsKey("412") && put.getJsonObject("responses").containsKey("428"));
        assertTrue(unit.getJsonObject("get").getJsonObject("responses").getJsonObject("200").getJsonObject("headers").containsKey("ETag"));
        JsonObject offset = document().getJsonObject("paths").getJsonObject("/api/v1/people").getJsonObject("get").getJsonArray("parameters")
                .stream().map(JsonValue::asJsonObject).filter(p -> p.getString("name").equals("offset")).findFirst().orElseThrow();
        assertEquals("integer", offset.getJsonObject("schema").getString("type"), "paging is in whole numbers");
    }

    private static void forEachOperation(JsonObject doc, java.util.function.BiConsumer<String, JsonObject> each) {
        doc.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, op) -> {
            if (METHODS.contains(method)) each.accept(method.toUpperCase() + " " + path, op.asJsonObject());
        }));
    }

    private static int countOperationsWithOwnSecurity(JsonObject doc) {
        int[] n = {0};
        forEachOperation(doc, (where, op) -> {
            if (op.containsKey("security")) n[0]++;
        });
        return n[0];
    }

    /** A schema {@code type: object} that names no properties and says nothing of others: the old {@code object} bodies. */
    private static void bareObjects(JsonValue v, String where, List<String> faults) {
        if (v.getValueType() == JsonValue.ValueType.OBJECT) {
            JsonObject o = v.asJsonObject();
            if ("object".equals(o.getString("type", "")) && !o.containsKey("properties") && !o.containsKey("additionalProperties")) {
                faults.add(where + ": bare object");
            }
            o.forEach((k, child) -> bareObjects(child, where + "/" + k, faults));
        } else if (v.getValueType() == JsonValue.ValueType.ARRAY) {
            int i = 0;
            for (JsonValue child : v.asJsonArray()) bareObjects(child, where + "/" + i++, faults);
        }
    }
}
