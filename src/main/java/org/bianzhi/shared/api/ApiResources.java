package org.bianzhi.shared.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The JAX-RS resource methods of the API by HTTP method and path, found by reflection over the application's own
 * classes: the OpenAPI model says neither which Java method an operation is nor its generic return type.
 */
final class ApiResources {

    private static final String PACKAGE = "org/bianzhi/";

    private ApiResources() {
    }

    /** One resource method at its full path ({@code GET /api/v1/people/{id}}). */
    record Endpoint(String httpMethod, String path, Class<?> resource, Method method) {
        String key() {
            return key(httpMethod, path);
        }

        static String key(String httpMethod, String path) {
            return httpMethod.toUpperCase() + " " + path;
        }
    }

    /** Every resource method, by {@link Endpoint#key()}. */
    static Map<String, Endpoint> byKey() {
        String root = "/" + RestApplication.class.getAnnotation(ApplicationPath.class).value();
        Map<String, Endpoint> out = new HashMap<>();
        for (Class<?> c : classes()) {
            Path base = c.getAnnotation(Path.class);
            if (base == null || c.isInterface()) continue;
            for (Method m : c.getMethods()) {
                String http = httpMethod(m);
                if (http == null) continue;
                Path sub = m.getAnnotation(Path.class);
                Endpoint e = new Endpoint(http, normalize(root + "/" + base.value() + (sub == null ? "" : "/" + sub.value())), c, m);
                out.put(e.key(), e);
            }
        }
        return out;
    }

    /** {@code //a/{id: [0-9]+}/} as the OpenAPI path {@code /a/{id}}. */
    static String normalize(String path) {
        String p = path.replaceAll("\\{\\s*([^:}\\s]+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    private static String httpMethod(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod h = a.annotationType().getAnnotation(HttpMethod.class);
            if (h != null) return h.value();
        }
        return null;
    }

    /** The application's classes, from WEB-INF/classes as Payara unpacks the WAR, or from a jar. */
    private static List<Class<?>> classes() {
        ClassLoader loader = ApiResources.class.getClassLoader();
        List<String> names = new ArrayList<>();
        try {
            Enumeration<java.net.URL> roots = loader.getResources(PACKAGE);
            while (roots.hasMoreElements()) {
                java.net.URL url = roots.nextElement();
                if (url.getProtocol().equals("file")) {
                    java.nio.file.Path dir = Paths.get(url.toURI());
                    java.nio.file.Path top = dir.getParent().getParent();
                    try (Stream<java.nio.file.Path> files = Files.walk(dir)) {
                        files.map(f -> top.relativize(f).toString().replace('\\', '/')).forEach(names::add);
                    }
                } else if (url.getProtocol().equals("jar")) {
                    String file = url.getPath().substring("file:".length(), url.getPath().indexOf("!/"));
                    try (JarFile jar = new JarFile(java.net.URLDecoder.decode(file, java.nio.charset.StandardCharsets.UTF_8))) {
                        for (Enumeration<JarEntry> en = jar.entries(); en.hasMoreElements(); ) names.add(en.nextElement().getName());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Class<?>> out = new ArrayList<>();
        for (String n : names) {
            if (!n.startsWith(PACKAGE) || !n.endsWith(".class") || n.contains("$")) continue;
            try {
                Class<?> c = Class.forName(n.substring(0, n.length() - ".class".length()).replace('/', '.'), false, loader);
                if (c.isAnnotationPresent(Path.class)) out.add(c);
            } catch (ClassNotFoundException | LinkageError e) {
                // a class that cannot be loaded here serves no endpoint
            }
        }
        return out;
    }
}
