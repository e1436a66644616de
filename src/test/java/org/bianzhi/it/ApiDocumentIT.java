package org.bianzhi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The OpenAPI document as a browser or a client generator fetches it: its charset said, its Chinese intact. */
class ApiDocumentIT extends ApiTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private HttpResponse<byte[]> openapi(String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(api.root() + "openapi")).timeout(Duration.ofSeconds(30));
        if (accept != null) b.header("Accept", accept);
        return HTTP.send(b.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void theDocumentSaysItsCharsetAsYamlAndAsJson() throws Exception {
        for (String accept : new String[] {null, "application/json"}) {
            HttpResponse<byte[]> doc = openapi(accept);
            String asked = accept == null ? "no Accept header (YAML)" : accept;
            assertEquals(200, doc.statusCode());
            String type = doc.headers().firstValue("Content-Type").orElse("").toLowerCase();
            assertTrue(type.contains("charset=utf-8"), asked + ": " + type);
            assertTrue(new String(doc.body(), StandardCharsets.UTF_8).contains("编制实名制管理"), asked + ": the title in Chinese");
        }
    }
}
