package org.bianzhi.shared.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A file the browser saves under a Chinese name (RFC 6266 {@code filename*}), streamed as it is written. Beside it goes
 * an ASCII {@code filename=} for clients that do not read {@code filename*} (RFC 6266 section 4.3: both, the ASCII one
 * first).
 */
public final class Download {

    private Download() {
    }

    /** The ASCII name is made from the ASCII letters and digits of {@code filename} ({@code bianzhi-2026-06-30.xlsx}). */
    public static Response of(StreamingOutput body, String mediaType, String filename) {
        return of(body, mediaType, filename, asciiFallback(filename));
    }

    /** {@code asciiFilename}: the name for clients without {@code filename*}, such as {@code roster.xlsx}. */
    public static Response of(StreamingOutput body, String mediaType, String filename, String asciiFilename) {
        return Response.ok(body, mediaType).header("Content-Disposition", contentDisposition(filename, asciiFilename)).build();
    }

    static String contentDisposition(String filename, String asciiFilename) {
        return "attachment; filename=\"" + asciiFallback(asciiFilename) + "\"; filename*=UTF-8''"
                + URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * A name of ASCII letters, digits, '.', '-' and '_' only (nothing to quote or escape): the others are dropped, what
     * remains of the name before its extension is prefixed {@code bianzhi-} unless it starts with a letter.
     */
    static String asciiFallback(String filename) {
        int dot = filename.lastIndexOf('.');
        String ext = dot < 0 ? "" : filename.substring(dot).replaceAll("[^A-Za-z0-9.]", "");
        String stem = (dot < 0 ? filename : filename.substring(0, dot)).replaceAll("[^A-Za-z0-9._-]+", "-")
                .replaceAll("-{2,}", "-").replaceAll("^[-._]+|[-._]+$", "");
        if (stem.isEmpty()) return "bianzhi" + ext;
        return (Character.isLetter(stem.charAt(0)) ? stem : "bianzhi-" + stem) + ext;
    }
}
