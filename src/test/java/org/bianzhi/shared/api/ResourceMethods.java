package org.bianzhi.shared.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Every JAX-RS resource method of the service, found on the class path, with its address under the API root. */
public final class ResourceMethods {

    /** A resource method and its path ({@code units/{code}/people}), without the leading slash. */
    public record Operation(String http, String path, Method method) {
        @Override
        public String toString() {
            return http + " " + path + " (" + method.getDeclaringClass().getSimpleName() + "." + method.getName() + ")";
        }
    }

    private ResourceMethods() {
    }

    public static List<Operation> all() {
        List<Operation> ops = new ArrayList<>();
        for (Class<?> c : resourceClasses()) {
            String base = c.getAnnotation(Path.class).value();
            for (Method m : c.getMethods()) {
                String http = http(m);
                if (http == null) continue;
                Path sub = m.getAnnotation(Path.class);
                String path = (base + "/" + (sub == null ? "" : sub.value())).replaceAll("/+", "/").replaceAll("^/|/$", "");
                ops.add(new Operation(http, path, m));
            }
        }
        ops.sort(Comparator.comparing(Operation::path).thenComparing(Operation::http));
        return ops;
    }

    private static String http(Method m) {
        for (var a : m.getAnnotations()) {
            jakarta.ws.rs.HttpMethod h = a.annotationType().getAnnotation(jakarta.ws.rs.HttpMethod.class);
            if (h != null) return h.value();
        }
        return null;
    }

    static boolean isGet(Method m) {
        return m.isAnnotationPresent(GET.class);
    }

    static List<Class<?>> resourceClasses() {
        try {
            URL root = ResourceMethods.class.getClassLoader().getResource("org/bianzhi/shared/api/RestApplication.class");
            var classes = Paths.get(root.toURI()).getParent().getParent().getParent(); // org/bianzhi
            List<Class<?>> found = new ArrayList<>();
            try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
                for (java.nio.file.Path f : files.filter(p -> p.toString().contains("/api/") && p.toString().endsWith(".class")
                        && !p.getFileName().toString().contains("$")).toList()) {
                    String name = "org.bianzhi." + classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                    Class<?> c = Class.forName(name, false, ResourceMethods.class.getClassLoader());
                    if (c.isAnnotationPresent(Path.class)) found.add(c);
                }
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
