package org.bianzhi.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** A small client of the Bianzhi API for tests: JSON in, JSON out, status kept. */
public final class Api {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    public Api(URL deployment) {
        String s = deployment.toString();
        this.base = (s.endsWith("/") ? s : s + "/") + "api/v1/";
    }

    /** An answer: status, content type and parsed JSON body (null when empty or not JSON). */
    public record Answer(int status, String contentType, JsonStructure body, String raw) {

        public JsonObject json() {
            return (JsonObject) body;
        }

        public JsonArray array() {
            return (JsonArray) body;
        }

        @Override
        public String toString() {
            return status + " " + raw;
        }
    }

    public Answer get(String path) {
        return send(request(path).GET().build());
    }

    public Answer post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    public Answer put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    public Answer postBytes(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    public CompletableFuture<Answer> postAsync(String path, String json) {
        HttpRequest r = request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
        return http.sendAsync(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).thenApply(Api::answer);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120));
    }

    private Answer send(HttpRequest r) {
        try {
            return answer(http.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(r.method() + " " + r.uri() + " failed", e);
        }
    }

    private static Answer answer(HttpResponse<String> res) {
        String raw = res.body();
        JsonStructure json = null;
        if (raw != null && !raw.isBlank() && (raw.startsWith("{") || raw.startsWith("["))) {
            try (var reader = Json.createReader(new StringReader(raw))) {
                json = reader.read();
            }
        }
        return new Answer(res.statusCode(), res.headers().firstValue("Content-Type").orElse(""), json, raw);
    }

    /** Builds a JSON object from alternating keys and values (String, Number, Boolean, JsonValue or null). */
    public static String obj(Object... kv) {
        var b = Json.createObjectBuilder();
        for (int i = 0; i < kv.length; i += 2) {
            String k = (String) kv[i];
            Object v = kv[i + 1];
            if (v == null) b.addNull(k);
            else if (v instanceof Integer n) b.add(k, n);
            else if (v instanceof Long n) b.add(k, n);
            else if (v instanceof Boolean x) b.add(k, x);
            else if (v instanceof JsonValue j) b.add(k, j);
            else if (v instanceof String s && (s.startsWith("{") || s.startsWith("["))) b.add(k, Json.createReader(new StringReader(s)).read());
            else b.add(k, v.toString());
        }
        return b.build().toString();
    }
}
