package org.bianzhi.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * Answers go out gzipped to a client that accepts it, when they are more than a couple of kilobytes (issue 22): the
 * web interface's 1.7 MB Ant Design script, the OpenAPI document, long JSON lists; the default servlet's ETag and 304
 * still work; a client that does not ask gets the plain bytes.
 */
class CompressionIT extends ApiTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String ANTD = "webjars/ant-design-vue/4.1.2/dist/antd-with-locales.min.js";

    private HttpResponse<byte[]> get(String url, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        if (headers.length > 0) b.headers(headers);
        return HTTP.send(b.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }

    @Test
    void theWebInterfacesLargeScriptGoesOutGzippedWithItsEtagAndA304() throws Exception {
        String url = api.root() + ANTD;
        HttpResponse<byte[]> plain = get(url);
        HttpResponse<byte[]> zipped = get(url, "Accept-Encoding", "gzip");
        assertEquals(200, plain.statusCode());
        assertNull(plain.headers().firstValue("Content-Encoding").orElse(null), "no gzip unless asked");
        assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(null));
        assertTrue(zipped.body().length < plain.body().length / 3, () -> zipped.body().length + " of " + plain.body().length);
        assertArrayEquals(plain.body(), gunzip(zipped.body()), "the same script");
        assertTrue(zipped.headers().allValues("Vary").toString().contains("Accept-Encoding"));
        String etag = zipped.headers().firstValue("ETag").orElseThrow();
        assertEquals(etag, plain.headers().firstValue("ETag").orElseThrow());
        HttpResponse<byte[]> again = get(url, "Accept-Encoding", "gzip", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);
    }

    @Test
    void longJsonAnswersAreGzippedAndShortOnesAreNot() throws Exception {
        HttpResponse<byte[]> doc = get(api.root() + "openapi", "Accept", "application/json", "Accept-Encoding", "gzip");
        assertEquals("gzip", doc.headers().firstValue("Content-Encoding").orElse(null));
        assertTrue(new String(gunzip(doc.body()), java.nio.charset.StandardCharsets.UTF_8).contains("\"paths\""));
        DemoCountyLoaded.into(api); // some hundred units: a long list
        String auth = "Bearer " + api.token();
        HttpResponse<byte[]> list = get(api.root() + "api/v1/units?limit=200", "Authorization", auth, "Accept-Encoding", "gzip");
        assertEquals(200, list.statusCode());
        assertEquals("gzip", list.headers().firstValue("Content-Encoding").orElse(null), "a long list");
        String json = new String(gunzip(list.body()), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(json.length() > 4096 && json.startsWith("{"), json.length() + " characters");
        HttpResponse<byte[]> small = get(api.root() + "api/v1/units?limit=1", "Authorization", auth, "Accept-Encoding", "gzip");
        assertEquals(200, small.statusCode());
        assertNull(small.headers().firstValue("Content-Encoding").orElse(null), "a short answer is not worth it");
    }
}
