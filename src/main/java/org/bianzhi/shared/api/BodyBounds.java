package org.bianzhi.shared.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bianzhi.shared.application.Bounds;
import org.bianzhi.shared.application.RegistryClock;
import org.bianzhi.shared.domain.Check;

/**
 * Every JSON body is checked against the fields it fills. Whole numbers before JSON-B reads them: JSON-B wraps
 * {@code -2147483649} round to {@code 2147483647}, cuts {@code 1.5} to 1 and reads {@code 1e308} as 0, storing a
 * number nobody sent. Texts, lists and dates after it, against their {@link Bounds} (a 10 MB reason gave a 500 at
 * the database, a complaint received in year 0 was 740,262 days overdue). A value out of bounds is a 422 naming the
 * field (nested ones as {@code person.x}, list items as {@code aliases[3]}).
 */
@Provider
public class BodyBounds implements ReaderInterceptor {

    @Inject
    RegistryClock clock;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType media = context.getMediaType();
        if (media == null || !media.isCompatible(MediaType.APPLICATION_JSON_TYPE) || context.getType().getName().startsWith("java.")) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        context.setInputStream(new ByteArrayInputStream(body));
        JsonValue tree;
        try (var reader = Json.createReader(new StringReader(new String(body, StandardCharsets.UTF_8)))) {
            tree = reader.readValue();
        } catch (JsonException e) {
            return context.proceed(); // not JSON: JSON-B refuses it as before
        }
        Check check = new Check();
        walk(tree, context.getType(), "", check);
        check.orThrow();
        Object command = context.proceed();
        Bounds.check(command, clock.today(), new Check()).orThrow();
        return command;
    }

    private static void walk(JsonValue value, Class<?> type, String path, Check check) {
        if (!(value instanceof JsonObject object)) return;
        for (Class<?> c = type; c != null && c != Object.class && c != Record.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || !object.containsKey(f.getName())) continue;
                JsonValue v = object.get(f.getName());
                String field = path + f.getName();
                if (f.getType() == List.class && v instanceof JsonArray items
                        && f.getGenericType() instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> item) {
                    for (int i = 0; i < items.size(); i++) value(items.get(i), item, field + "[" + i + "]", check);
                } else {
                    value(v, f.getType(), field, check);
                }
            }
        }
    }

    private static void value(JsonValue v, Class<?> t, String field, Check check) {
        if (t == Integer.class || t == int.class) whole(v, field, Integer.MIN_VALUE, Integer.MAX_VALUE, check);
        else if (t == Long.class || t == long.class) whole(v, field, Long.MIN_VALUE, Long.MAX_VALUE, check);
        else if (!t.isPrimitive() && !t.getName().startsWith("java.")) walk(v, t, field + ".", check);
    }

    private static void whole(JsonValue v, String field, long min, long max, Check check) {
        if (!(v instanceof JsonNumber n)) return; // null, or a string JSON-B reads or refuses itself
        BigDecimal d = n.bigDecimalValue();
        if (d.signum() != 0 && d.stripTrailingZeros().scale() > 0) {
            check.require(false, field, "须为整数，不能是 " + n);
        } else if (d.compareTo(BigDecimal.valueOf(min)) < 0 || d.compareTo(BigDecimal.valueOf(max)) > 0) {
            check.require(false, field, "数值 " + n + " 超出允许范围（" + min + " 至 " + max + "）");
        }
    }
}
