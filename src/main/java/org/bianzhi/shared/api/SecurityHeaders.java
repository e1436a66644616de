package org.bianzhi.shared.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The one place of the headers every answer carries, the web interface's files included: no type guessing, no framing
 * by another site, no referrer leaving the registry, and a Content-Security-Policy. An API answer may carry personal
 * data (names, ID numbers, a reporter's identity), so no browser or proxy keeps a copy of it ({@code no-store}). The API's JSON needs no sources at all; the web
 * interface loads only its own files ({@code 'unsafe-eval'} because Vue compiles the screens' templates in the
 * browser; inline styles because Ant Design sets them).
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {jakarta.servlet.DispatcherType.REQUEST, jakarta.servlet.DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
    static final String WEB_POLICY = "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        Object failed = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI); // on an error page's dispatch
        String uri = failed instanceof String s ? s : request.getRequestURI();
        boolean api = uri.startsWith("/api/") || uri.startsWith("/openapi");
        response.setHeader("Content-Security-Policy", api ? API_POLICY : WEB_POLICY);
        if (api) response.setHeader("Cache-Control", "no-store");
        // the listener gzips answers for clients that accept it (pre-boot-commands.txt): a cache keeps both kinds apart
        response.setHeader("Vary", "Accept-Encoding");
        chain.doFilter(request, response);
    }
}
