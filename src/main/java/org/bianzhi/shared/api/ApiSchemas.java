package org.bianzhi.shared.api;

import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.bianzhi.shared.application.Page;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * JSON schemas of the API's Java types as JSON-B writes them, for the OpenAPI document ({@link ApiDocument}).
 * Payara's own scan named schemas by simple class name (one {@code Page} for every page), typed dates as
 * {@code object} and could not see generics; here each {@code Page<T>} gets its own schema ({@code PersonViewPage}).
 */
final class ApiSchemas {

    private static final String REF = "#/components/schemas/";

    private final Map<String, Schema> named = new TreeMap<>();
    private final Map<Type, String> names = new HashMap<>();

    /** The schemas given a name so far, for {@code components.schemas}. */
    Map<String, Schema> named() {
        return named;
    }

    /** A schema for the type: inline for scalars and lists, a reference for records and classes. */
    Schema of(Type type) {
        return of(type, Map.of());
    }

    /** A reference to a named schema for the class, made on first use. */
    Schema ref(Class<?> type) {
        return of(type);
    }

    private Schema of(Type type, Map<TypeVariable<?>, Type> bound) {
        if (type instanceof TypeVariable<?> v) {
            Type b = bound.get(v);
            return b == null ? OASFactory.createSchema() : of(b, Map.of());
        }
        if (type instanceof WildcardType w) return of(w.getUpperBounds()[0], bound);
        if (type instanceof GenericArrayType g) return array(of(g.getGenericComponentType(), bound));
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type[] args = Arrays.stream(p.getActualTypeArguments()).map(a -> resolve(a, bound)).toArray(Type[]::new);
            if (Optional.class.equals(raw)) return of(args[0], bound);
            if (Collection.class.isAssignableFrom(raw)) return array(of(args[0], bound));
            if (Map.class.isAssignableFrom(raw)) {
                return OASFactory.createSchema().type(SchemaType.OBJECT).additionalPropertiesSchema(of(args[1], bound));
            }
            return named(raw, args);
        }
        Class<?> c = (Class<?>) type;
        Schema scalar = scalar(c);
        if (scalar != null) return scalar;
        if (c.isArray()) return array(of(c.getComponentType(), bound));
        if (Collection.class.isAssignableFrom(c)) return array(OASFactory.createSchema());
        if (Map.class.isAssignableFrom(c) || JsonValue.class.isAssignableFrom(c)) return freeForm();
        if (c.isEnum()) {
            List<Object> values = new ArrayList<>();
            for (Object e : c.getEnumConstants()) values.add(((Enum<?>) e).name());
            return OASFactory.createSchema().type(SchemaType.STRING).enumeration(values);
        }
        if (c == Object.class) return OASFactory.createSchema();
        return named(c, new Type[0]);
    }

    private static Type resolve(Type t, Map<TypeVariable<?>, Type> bound) {
        return t instanceof TypeVariable<?> v && bound.containsKey(v) ? bound.get(v) : t;
    }

    private static Schema scalar(Class<?> c) {
        if (c == String.class || c == char.class || c == Character.class) return string(null);
        if (c == int.class || c == Integer.class || c == short.class || c == Short.class || c == byte.class || c == Byte.class) {
            return OASFactory.createSchema().type(SchemaType.INTEGER).format("int32");
        }
        if (c == long.class || c == Long.class || c == BigInteger.class) return OASFactory.createSchema().type(SchemaType.INTEGER).format("int64");
        if (c == double.class || c == Double.class) return OASFactory.createSchema().type(SchemaType.NUMBER).format("double");
        if (c == float.class || c == Float.class) return OASFactory.createSchema().type(SchemaType.NUMBER).format("float");
        if (c == BigDecimal.class || Number.class.isAssignableFrom(c)) return OASFactory.createSchema().type(SchemaType.NUMBER);
        if (c == boolean.class || c == Boolean.class) return OASFactory.createSchema().type(SchemaType.BOOLEAN);
        if (c == LocalDate.class) return string("date");
        if (c == YearMonth.class) return string(null).pattern("^[0-9]{4}-[0-9]{2}$");
        if (c == LocalTime.class) return string("time");
        if (c == LocalDateTime.class || c == OffsetDateTime.class || c == ZonedDateTime.class || c == java.time.Instant.class
                || c == java.util.Date.class) {
            return string("date-time");
        }
        if (c == Duration.class) return string("duration");
        if (c == UUID.class) return string("uuid");
        if (c == byte[].class) return string("byte");
        if (Temporal.class.isAssignableFrom(c) || c.getName().startsWith("java.time.")) return string(null);
        return null;
    }

    static Schema string(String format) {
        Schema s = OASFactory.createSchema().type(SchemaType.STRING);
        return format == null ? s : s.format(format);
    }

    /** Any JSON object: a map whose keys the API does not fix. */
    static Schema freeForm() {
        return OASFactory.createSchema().type(SchemaType.OBJECT).additionalPropertiesBoolean(Boolean.TRUE);
    }

    private static Schema array(Schema items) {
        return OASFactory.createSchema().type(SchemaType.ARRAY).items(items);
    }

    private Schema named(Class<?> raw, Type[] args) {
        Type key = args.length == 0 ? raw : new Key(raw, List.of(args));
        String name = names.get(key);
        if (name == null) {
            name = unique(key, raw, args);
            names.put(key, name);
            Schema s = OASFactory.createSchema().type(SchemaType.OBJECT);
            named.put(name, s);
            Map<TypeVariable<?>, Type> bound = new HashMap<>();
            TypeVariable<?>[] vars = raw.getTypeParameters();
            for (int i = 0; i < vars.length && i < args.length; i++) bound.put(vars[i], args[i]);
            List<String> required = new ArrayList<>();
            properties(raw).forEach((property, type) -> {
                s.addProperty(property, of(type, bound));
                if (type instanceof Class<?> c && c.isPrimitive()) required.add(property);
            });
            if (!required.isEmpty()) s.required(required);
        }
        return OASFactory.createSchema().ref(REF + name);
    }

    /** Simple names first; a nested class whose simple name another class took is prefixed with its outer class. */
    private String unique(Type key, Class<?> raw, Type[] args) {
        StringBuilder prefix = new StringBuilder();
        for (Type a : args) prefix.append(argName(a));
        String name = prefix + raw.getSimpleName();
        // a nested FindingView.Page is not the shared Page<T>, whose schemas are PersonViewPage and the like
        boolean pageLike = raw != Page.class && raw.getSimpleName().equals(Page.class.getSimpleName());
        if (!pageLike && !taken(name, key)) return name;
        String outer = raw.getEnclosingClass() == null ? raw.getPackageName().replaceAll(".*\\.", "") : raw.getEnclosingClass().getSimpleName();
        name = prefix + capital(outer) + raw.getSimpleName();
        for (int i = 2; taken(name, key); i++) name = prefix + capital(outer) + raw.getSimpleName() + i;
        return name;
    }

    private boolean taken(String name, Type key) {
        return named.containsKey(name) && !name.equals(names.get(key));
    }

    private String argName(Type a) {
        if (a instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            if (Collection.class.isAssignableFrom(raw)) return argName(p.getActualTypeArguments()[0]) + "List";
            return raw.getSimpleName();
        }
        if (!(a instanceof Class<?> c)) return "Object";
        String ref = of(c).getRef();
        return ref != null && ref.startsWith(REF) ? ref.substring(REF.length()) : c.getSimpleName();
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The JSON properties JSON-B writes: a record's components; a class's public fields and getters. */
    private static Map<String, Type> properties(Class<?> c) {
        Map<String, Type> out = new LinkedHashMap<>();
        if (c.isRecord()) {
            for (RecordComponent rc : c.getRecordComponents()) {
                Method accessor = rc.getAccessor();
                Field field = field(c, rc.getName());
                if (accessor.isAnnotationPresent(JsonbTransient.class) || field != null && field.isAnnotationPresent(JsonbTransient.class)) continue;
                out.put(jsonName(rc.getName(), accessor, field), rc.getGenericType());
            }
            return out;
        }
        for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                int m = f.getModifiers();
                if (!Modifier.isPublic(m) || Modifier.isStatic(m) || f.isAnnotationPresent(JsonbTransient.class)) continue;
                out.putIfAbsent(jsonName(f.getName(), null, f), f.getGenericType());
            }
        }
        for (Method g : c.getMethods()) {
            if (Modifier.isStatic(g.getModifiers()) || g.getParameterCount() > 0 || g.getDeclaringClass() == Object.class
                    || g.isAnnotationPresent(JsonbTransient.class)) continue;
            String n = g.getName();
            String property = n.startsWith("get") && n.length() > 3 ? n.substring(3)
                    : n.startsWith("is") && n.length() > 2 && (g.getReturnType() == boolean.class || g.getReturnType() == Boolean.class) ? n.substring(2) : null;
            if (property == null) continue;
            property = Character.toLowerCase(property.charAt(0)) + property.substring(1);
            out.putIfAbsent(jsonName(property, g, null), g.getGenericReturnType());
        }
        return out;
    }

    private static Field field(Class<?> c, String name) {
        try {
            return c.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static String jsonName(String name, Method accessor, Field field) {
        JsonbProperty p = accessor != null ? accessor.getAnnotation(JsonbProperty.class) : null;
        if (p == null && field != null) p = field.getAnnotation(JsonbProperty.class);
        return p != null && !p.value().isEmpty() ? p.value() : name;
    }

    /** A parameterized type as a map key ({@code Page<PersonView>}), since JDK implementations need not be equal. */
    private record Key(Class<?> raw, List<Type> args) implements Type {
    }
}
