package org.bianzhi.shared.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

/**
 * The OpenAPI document says its charset: asked without an {@code Accept} header it is YAML as {@code text/plain} with
 * none, and a browser showed its Chinese garbled (issue 23). Payara writes YAML only as {@code text/plain} (or for
 * {@code ?format=yaml}) and answered {@code Accept: application/yaml} with 406: that is asked of it as text/plain
 * and answered as {@code application/yaml}.
 */
@WebFilter(urlPatterns = {"/openapi", "/openapi/*"})
public class OpenApiCharset extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String accept = request.getHeader("Accept");
        boolean yaml = accept != null && accept.toLowerCase(Locale.ROOT).matches(".*\\b(application|text)/(x-)?yaml\\b.*");
        HttpServletRequest asked = !yaml ? request : new HttpServletRequestWrapper(request) {
            @Override
            public String getHeader(String name) {
                return "Accept".equalsIgnoreCase(name) ? "text/plain" : super.getHeader(name);
            }

            @Override
            public Enumeration<String> getHeaders(String name) {
                return "Accept".equalsIgnoreCase(name) ? Collections.enumeration(List.of("text/plain")) : super.getHeaders(name);
            }
        };
        chain.doFilter(asked, new HttpServletResponseWrapper(response) {
            @Override
            public void setContentType(String type) {
                super.setContentType(typed(type, yaml));
            }

            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, "Content-Type".equalsIgnoreCase(name) ? typed(value, yaml) : value);
            }

            @Override
            public void addHeader(String name, String value) {
                super.addHeader(name, "Content-Type".equalsIgnoreCase(name) ? typed(value, yaml) : value);
            }
        });
    }

    private static String typed(String type, boolean yaml) {
        if (yaml && type != null && type.toLowerCase(Locale.ROOT).startsWith("text/plain")) return "application/yaml;charset=UTF-8";
        return type == null || type.toLowerCase(Locale.ROOT).contains("charset") ? type : type + ";charset=UTF-8";
    }
}
