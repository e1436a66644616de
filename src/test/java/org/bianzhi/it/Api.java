package org.bianzhi.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** A small client of the Bianzhi API for tests: JSON in, JSON out, status kept. */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1).build(); // as browsers and proxies talk to the service: no cleartext HTTP/2 upgrade
    private final String base;
    private final String token;
    private final String forwardedFor;

    public Api(URL deployment) {
        String s = deployment.toString();
        this.base = (s.endsWith("/") ? s : s + "/") + "api/v1/";
        this.token = null;
        this.forwardedFor = null;
    }

    private Api(String base, String token, String forwardedFor) {
        this.base = base;
        this.token = token;
        this.forwardedFor = forwardedFor;
    }

    /** The same client, sending {@code Authorization: Bearer token} (null: no header). */
    public Api withToken(String token) {
        return new Api(base, token, forwardedFor);
    }

    /**
     * The same client, as if from {@code address}: it sends {@code X-Forwarded-For}, which the test service believes
     * from 127.0.0.1 (the default of {@code bianzhi.http.trusted-proxies}), as it would from an office's proxy.
     */
    public Api from(String address) {
        return new Api(base, token, address);
    }

    /** Signs in and returns a client that uses the session's token. */
    public Api signIn(String username, String password) {
        Answer a = post("session", obj("username", username, "password", password));
        if (a.status() != 201) throw new IllegalStateException("sign-in of " + username + " failed: " + a);
        return withToken(a.json().getString("token"));
    }

    public String token() {
        return token;
    }

    /** The server's root (for /openapi and /health). */
    public String root() {
        return base.substring(0, base.length() - "api/v1/".length());
    }

    /** An answer: status, content type and parsed JSON body (null when empty or not JSON). */
    public record Answer(int status, String contentType, JsonStructure body, String raw, String location, HttpHeaders headers) {

        /** The first value of an answer header, or null. */
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }


        public JsonObject json() {
            return (JsonObject) body;
        }

        public JsonArray array() {
            return (JsonArray) body;
        }

        /** The rows of a list's page ({@code {items, total, offset, limit}}). */
        public JsonArray items() {
            return json().getJsonArray("items");
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

    /** A PUT naming the version it was made on ({@code If-Match}, the ETag as read), or none when null. */
    public Answer put(String path, String json, String ifMatch) {
        HttpRequest.Builder b = request(path).header("Content-Type", "application/json");
        if (ifMatch != null) b.header("If-Match", ifMatch);
        return send(b.PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    /** An edit as a client makes it: reads the record, then changes it naming the version it read. */
    public Answer edit(String path, String json) {
        Answer read = get(path);
        if (read.status() != 200) return read;
        return put(path, json, read.header("ETag"));
    }

    /** A binary answer (an XLSX export), as bytes. */
    public byte[] getBytes(String path) {
        try {
            HttpResponse<byte[]> res = HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (res.statusCode() != 200) throw new IllegalStateException("GET " + path + " answered " + res.statusCode());
            return res.body();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        }
    }

    public Answer delete(String path) {
        return send(request(path).DELETE().build());
    }

    /** Any method on any path under the API, with an optional JSON body: for walking the whole API. */
    public Answer call(String method, String path, String json) {
        var body = json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8);
        return send(request(path).header("Content-Type", "application/json").method(method, body).build());
    }

    public Answer getAbsolute(String url, String accept) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).timeout(Duration.ofSeconds(60)).GET().build());
    }

    public Answer postBytes(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    public CompletableFuture<Answer> postAsync(String path, String json) {
        HttpRequest r = request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
        return HTTP.sendAsync(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).thenApply(Api::answer);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120));
        if (forwardedFor != null) b.header("X-Forwarded-For", forwardedFor);
        return token == null ? b : b.header("Authorization", "Bearer " + token);
    }

    private Answer send(HttpRequest r) {
        try {
            return answer(HTTP.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
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
        return new Answer(res.statusCode(), res.headers().firstValue("Content-Type").orElse(""), json, raw,
                res.headers().firstValue("Location").orElse(null), res.headers());
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
