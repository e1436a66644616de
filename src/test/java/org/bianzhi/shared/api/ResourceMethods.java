package org.bianzhi.shared.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.ApplicationPath;
import java.lang.reflect.Method;
import java.util.Comparator;
import java.util.List;

/** Every JAX-RS resource method of the service as {@link ApiResources} finds them, with its address under the API root. */
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
        String root = ApiResources.normalize("/" + RestApplication.class.getAnnotation(ApplicationPath.class).value()) + "/";
        return ApiResources.byKey().values().stream()
                .map(e -> new Operation(e.httpMethod(), e.path().substring(Math.min(root.length(), e.path().length())), e.method()))
                .sorted(Comparator.comparing(Operation::path).thenComparing(Operation::http)).toList();
    }

    static boolean isGet(Method m) {
        return m.isAnnotationPresent(GET.class);
    }

    static List<Class<?>> resourceClasses() {
        return ApiResources.byKey().values().stream().<Class<?>>map(ApiResources.Endpoint::resource).distinct().toList();
    }
}
