package org.bianzhi.shared.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A file the browser saves under a Chinese name (RFC 6266 {@code filename*}), streamed as it is written. */
public final class Download {

    private Download() {
    }

    public static Response of(StreamingOutput body, String mediaType, String filename) {
        return Response.ok(body, mediaType).header("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20")).build();
    }
}
