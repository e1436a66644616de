package org.bianzhi.shared.api;

import jakarta.json.Json;
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
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.bianzhi.shared.domain.Check;

/**
 * Whole numbers in a JSON body are checked against the field they fill before JSON-B reads them: JSON-B wraps
 * {@code -2147483649} round to {@code 2147483647}, cuts {@code 1.5} to 1 and reads {@code 1e308} as 0, storing a
 * number nobody sent. A fraction, or a value beyond the field's range, is a 422 naming the field (nested ones as
 * {@code person.x}).
 */
@Provider
public class WholeNumbers implements ReaderInterceptor {

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
        return context.proceed();
    }

    private static void walk(JsonValue value, Class<?> type, String path, Check check) {
        if (!(value instanceof JsonObject object)) return;
        for (Class<?> c = type; c != null && c != Object.class && c != Record.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || !object.containsKey(f.getName())) continue;
                JsonValue v = object.get(f.getName());
                Class<?> t = f.getType();
                String field = path + f.getName();
                if (t == Integer.class || t == int.class) whole(v, field, Integer.MIN_VALUE, Integer.MAX_VALUE, check);
                else if (t == Long.class || t == long.class) whole(v, field, Long.MIN_VALUE, Long.MAX_VALUE, check);
                else if (!t.isPrimitive() && !t.getName().startsWith("java.")) walk(v, t, field + ".", check);
            }
        }
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
