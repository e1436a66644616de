package org.bianzhi.shared.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Locale;

/**
 * The OpenAPI document says its charset: asked without an {@code Accept} header it is YAML as {@code text/plain} with
 * none, and a browser showed its Chinese garbled (issue 23).
 */
@WebFilter(urlPatterns = {"/openapi", "/openapi/*"})
public class OpenApiCharset extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setContentType(String type) {
                super.setContentType(withCharset(type));
            }

            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, "Content-Type".equalsIgnoreCase(name) ? withCharset(value) : value);
            }

            @Override
            public void addHeader(String name, String value) {
                super.addHeader(name, "Content-Type".equalsIgnoreCase(name) ? withCharset(value) : value);
            }
        });
    }

    private static String withCharset(String type) {
        return type == null || type.toLowerCase(Locale.ROOT).contains("charset") ? type : type + ";charset=UTF-8";
    }
}
