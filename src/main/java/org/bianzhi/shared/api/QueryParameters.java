package org.bianzhi.shared.api;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Collection;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.bianzhi.shared.domain.Check;

/**
 * A query parameter the operation does not know is a 422 naming it, with the ones it does know: {@code ?page=2&size=5}
 * on a list that pages by offset answered the first 50 rows as if it had been obeyed, and {@code unitCode=} on an
 * export exported every unit. A whole-number parameter that is not one is a 422 too (JAX-RS answers a bare 404), and
 * so is a single-valued parameter given twice ({@code limit=1&limit=600} answered one row, silently).
 */
@Provider
public class QueryParameters implements ContainerRequestFilter {

    private static final Map<Method, Map<String, Class<?>>> DECLARED = new ConcurrentHashMap<>();

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null) return;
        Map<String, Class<?>> known = DECLARED.computeIfAbsent(method, QueryParameters::declared);
        Check check = new Check();
        request.getUriInfo().getQueryParameters().forEach((name, values) -> {
            Class<?> type = known.get(name);
            if (type == null) {
                check.require(false, name, known.isEmpty() ? "该地址不接受查询参数 " + name
                        : "不认识的查询参数 " + name + "，此处可用：" + String.join("、", new TreeSet<>(known.keySet())));
            } else if (values.size() > 1 && !Collection.class.isAssignableFrom(type)) {
                check.require(false, name, "查询参数 " + name + " 只能给一次，实为 " + values.size() + " 次（" + String.join("、", values) + "）");
            } else if (isWholeNumber(type)) {
                for (String v : values) Params.integer(name, v);
            }
        });
        check.orThrow();
    }

    private static boolean isWholeNumber(Class<?> type) {
        return type == int.class || type == Integer.class || type == long.class || type == Long.class;
    }

    private static Map<String, Class<?>> declared(Method method) {
        Map<String, Class<?>> names = new ConcurrentHashMap<>();
        for (Parameter p : method.getParameters()) {
            QueryParam q = p.getAnnotation(QueryParam.class);
            if (q != null) names.put(q.value(), p.getType());
            if (p.isAnnotationPresent(BeanParam.class)) beanFields(p.getType(), names);
        }
        return names;
    }

    private static void beanFields(Class<?> bean, Map<String, Class<?>> names) {
        for (Class<?> c = bean; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                QueryParam q = f.getAnnotation(QueryParam.class);
                if (q != null) names.put(q.value(), f.getType());
            }
        }
    }
}
