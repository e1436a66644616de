package org.bianzhi.shared.api;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.bianzhi.shared.application.Versioned;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Completes the OpenAPI document Payara scans from the resources (issue 23), registered as {@code mp.openapi.filter}:
 * operation ids unique by resource and method, the bearer scheme, each operation's real success status and body,
 * its problem+json errors, and schemas made from the Java types ({@link ApiSchemas}), generics included.
 * Payara's scan gave every operation a {@code default} answer of bare {@code object} and reused one id per method name.
 * A status other than 200/204, or a body a {@link Response} hides, is declared on the method with {@code @APIResponse}.
 */
public class ApiDocument implements OASFilter {

    static final String BEARER = "bearer";
    private static final String PROBLEM = "application/problem+json";

    /** The errors the one {@link ProblemMapper} answers, by status. */
    private static final Map<String, String> ERRORS = new LinkedHashMap<>();

    static {
        ERRORS.put("400", "BadRequest:请求内容不是有效的 JSON，或字段类型不对");
        ERRORS.put("401", "Unauthorized:未登录、令牌已失效，或用户名密码不对");
        ERRORS.put("403", "Forbidden:当前角色无权进行此操作");
        ERRORS.put("404", "NotFound:记录不存在");
        ERRORS.put("409", "Conflict:与登记情况冲突，或记录已被他人修改");
        ERRORS.put("412", "PreconditionFailed:If-Match 的版本已过时：记录已被他人修改");
        ERRORS.put("428", "PreconditionRequired:须以 If-Match 或请求中的 version 说明所依据的版本");
        ERRORS.put("422", "Invalid:提交的内容有误（detail 和 errors 指出字段或行）");
        ERRORS.put("429", "TooManyRequests:请求过于频繁（见 Retry-After）");
        ERRORS.put("500", "ServerError:服务内部错误");
    }

    @Override
    public void filterOpenAPI(OpenAPI api) {
        api.setOpenapi("3.1.0");
        // relative: the document is served by the service it describes, at whatever address it is reached
        api.setServers(new ArrayList<>(List.of(OASFactory.createServer().url("/").description("本服务"))));
        dropEndpoints(api);
        ApiSchemas schemas = new ApiSchemas();
        schemas.ref(Problem.class);
        Map<String, ApiResources.Endpoint> endpoints = ApiResources.byKey();
        Set<String> ids = new HashSet<>();
        if (api.getPaths() != null && api.getPaths().getPathItems() != null) {
            for (Map.Entry<String, PathItem> path : new TreeMap<>(api.getPaths().getPathItems()).entrySet()) {
                for (Map.Entry<PathItem.HttpMethod, Operation> op : new TreeMap<>(path.getValue().getOperations()).entrySet()) {
                    ApiResources.Endpoint e = endpoints.get(ApiResources.Endpoint.key(op.getKey().name(), path.getKey()));
                    if (e != null) describe(op.getValue(), e, schemas, ids);
                }
            }
        }
        Components components = api.getComponents() == null ? OASFactory.createComponents() : api.getComponents();
        components.setSchemas(schemas.named());
        Map<String, APIResponse> errors = new TreeMap<>();
        ERRORS.values().forEach(v -> errors.put(v.substring(0, v.indexOf(':')), problem(v.substring(v.indexOf(':') + 1))));
        components.setResponses(errors);
        components.setSecuritySchemes(Map.of(BEARER, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("bearer").description("POST /api/v1/session 登录所得令牌：Authorization: Bearer …")));
        api.setComponents(components);
        api.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme(BEARER)));
        if (api.getTags() != null) {
            Map<String, Tag> tags = new LinkedHashMap<>();
            // a resource's @Tag names an area that RestApplication describes: the described one stays
            api.getTags().forEach(t -> tags.merge(t.getName(), t, (a, b) -> a.getDescription() != null ? a : b));
            api.setTags(new ArrayList<>(tags.values()));
        }
    }

    /** Payara writes its own list of paths as a top-level {@code endpoints} key, which OpenAPI does not have. */
    private static void dropEndpoints(OpenAPI api) {
        try {
            api.getClass().getMethod("setEndpoints", Map.class).invoke(api, new TreeMap<>());
        } catch (ReflectiveOperationException | RuntimeException e) {
            // not Payara's model: nothing to drop
        }
    }

    private void describe(Operation op, ApiResources.Endpoint e, ApiSchemas schemas, Set<String> ids) {
        Method m = e.method();
        op.setOperationId(operationId(e, ids));
        boolean open = m.isAnnotationPresent(Public.class);
        // an empty requirement: no token needed (an empty list would not be written)
        op.setSecurity(open ? List.of(OASFactory.createSecurityRequirement()) : null);
        List<Parameter> parameters = new ArrayList<>();
        RequestBody body = null;
        for (java.lang.reflect.Parameter p : m.getParameters()) {
            if (p.isAnnotationPresent(Context.class)) continue;
            if (p.isAnnotationPresent(BeanParam.class)) {
                beanParameters(p.getType(), parameters, schemas);
            } else if (!parameter(p, p.getParameterizedType(), parameters, schemas)) {
                body = requestBody(e, p.getParameterizedType(), schemas);
            }
        }
        boolean change = !e.httpMethod().equals("GET") && !e.httpMethod().equals("HEAD");
        boolean pathParams = parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);
        boolean versioned = change && !open && pathParams;
        if (versioned) {
            // EntityTags reads it for every change of a record: the ETag its GET answered
            parameters.add(OASFactory.createParameter().name("If-Match").in(Parameter.In.HEADER)
                    .description("所依据的版本（GET 答复的 ETag）；PUT 不给时须在请求中给 version").schema(ApiSchemas.string(null)));
        }
        op.setParameters(parameters.isEmpty() ? null : parameters);
        op.setRequestBody(body);
        APIResponses responses = OASFactory.createAPIResponses();
        success(e, schemas).forEach(responses::addAPIResponse);
        boolean jsonBody = body != null && body.getContent().getMediaTypes().containsKey(MediaType.APPLICATION_JSON);
        if (jsonBody) error(responses, "400");
        error(responses, "401");
        if (!open) error(responses, "403");
        if (pathParams) error(responses, "404");
        if (change && !open) error(responses, "409");
        if (versioned) error(responses, "412");
        if (versioned && e.httpMethod().equals("PUT")) error(responses, "428");
        if (body != null || !parameters.isEmpty()) error(responses, "422");
        if (open) error(responses, "429");
        error(responses, "500");
        op.setResponses(responses);
    }

    private static String operationId(ApiResources.Endpoint e, Set<String> ids) {
        String base = e.resource().getSimpleName().replaceFirst("Resource$", "");
        String id = Character.toLowerCase(base.charAt(0)) + base.substring(1) + capital(e.method().getName());
        if (!ids.add(id)) {
            String more = id + capital(e.httpMethod().toLowerCase());
            id = more;
            for (int i = 2; !ids.add(id); i++) id = more + i;
        }
        return id;
    }

    /** A path, query or header parameter, or false for the request body. */
    private static boolean parameter(AnnotatedElement a, Type type, List<Parameter> out, ApiSchemas schemas) {
        Parameter.In in;
        String name;
        if (a.isAnnotationPresent(PathParam.class)) {
            in = Parameter.In.PATH;
            name = a.getAnnotation(PathParam.class).value();
        } else if (a.isAnnotationPresent(QueryParam.class)) {
            in = Parameter.In.QUERY;
            name = a.getAnnotation(QueryParam.class).value();
        } else if (a.isAnnotationPresent(HeaderParam.class)) {
            name = a.getAnnotation(HeaderParam.class).value();
            // the token is the security scheme's, not a parameter
            if (name.equalsIgnoreCase(HttpHeaders.AUTHORIZATION)) return true;
            in = Parameter.In.HEADER;
        } else {
            return false;
        }
        Schema schema = schemas.of(type);
        String description = null;
        if (a instanceof Field f && f.getDeclaringClass() == Paging.class) {
            // whole numbers held as text, so that a wrong one is a 422 naming it; Payara's scan fails on annotations there
            schema = OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32");
            if (name.equals("offset")) {
                schema.minimum(java.math.BigDecimal.ZERO).defaultValue(0);
                description = "从第几条开始（0 起）";
            } else {
                schema.minimum(java.math.BigDecimal.ONE).defaultValue(Paging.DEFAULT_LIMIT);
                description = "每页条数（至多 " + Paging.MAX_LIMIT + "，有的列表更少）";
            }
        }
        DefaultValue d = a.getAnnotation(DefaultValue.class);
        if (d != null) schema.setDefaultValue(d.value());
        out.add(OASFactory.createParameter().name(name).in(in).required(in == Parameter.In.PATH ? Boolean.TRUE : null).schema(schema)
                .description(description));
        return true;
    }

    /** The query parameters a {@code @BeanParam} class collects in its fields and setters. */
    private static void beanParameters(Class<?> bean, List<Parameter> out, ApiSchemas schemas) {
        for (Class<?> k = bean; k != null && k != Object.class; k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) parameter(f, f.getGenericType(), out, schemas);
            for (Method s : k.getDeclaredMethods()) {
                if (s.getParameterCount() == 1) parameter(s, s.getGenericParameterTypes()[0], out, schemas);
            }
        }
    }

    private static RequestBody requestBody(ApiResources.Endpoint e, Type type, ApiSchemas schemas) {
        org.eclipse.microprofile.openapi.annotations.parameters.RequestBody declared =
                e.method().getAnnotation(org.eclipse.microprofile.openapi.annotations.parameters.RequestBody.class);
        org.eclipse.microprofile.openapi.models.media.Content content = OASFactory.createContent();
        if (declared != null && declared.content().length > 0) {
            for (Content c : declared.content()) content.addMediaType(c.mediaType(), OASFactory.createMediaType().schema(schema(c, schemas)));
        } else {
            boolean stream = type == InputStream.class || type == byte[].class;
            for (String mediaType : mediaTypes(e, Consumes.class)) {
                content.addMediaType(mediaType, OASFactory.createMediaType().schema(stream ? ApiSchemas.string("binary") : schemas.of(type)));
            }
        }
        return OASFactory.createRequestBody().required(Boolean.TRUE).content(content)
                .description(declared == null || declared.description().isEmpty() ? null : declared.description());
    }

    /** The 2xx answers: declared with {@code @APIResponse}, or 200 with the return type, or 204 for void. */
    private static Map<String, APIResponse> success(ApiResources.Endpoint e, ApiSchemas schemas) {
        Map<String, APIResponse> out = new TreeMap<>();
        Method m = e.method();
        for (var declared : m.getAnnotationsByType(org.eclipse.microprofile.openapi.annotations.responses.APIResponse.class)) {
            APIResponse r = OASFactory.createAPIResponse().description(declared.description().isEmpty()
                    ? describe(declared.responseCode()) : declared.description());
            if (declared.content().length > 0) {
                org.eclipse.microprofile.openapi.models.media.Content content = OASFactory.createContent();
                for (Content c : declared.content()) {
                    etag(r, c.schema().implementation());
                    String type = c.mediaType().isEmpty() ? MediaType.APPLICATION_JSON : c.mediaType();
                    content.addMediaType(type, OASFactory.createMediaType().schema(schema(c, schemas)));
                }
                r.setContent(content);
            }
            out.put(declared.responseCode(), r);
        }
        if (!out.isEmpty()) return out;
        if (m.getReturnType() == void.class) {
            out.put("204", OASFactory.createAPIResponse().description(describe("204")));
        } else if (m.getReturnType() == Response.class) {
            // not known without @APIResponse: ApiDocumentIT reports it
            out.put("200", OASFactory.createAPIResponse().description(describe("200")));
        } else {
            org.eclipse.microprofile.openapi.models.media.Content content = OASFactory.createContent();
            Schema schema = schemas.of(m.getGenericReturnType());
            for (String type : mediaTypes(e, Produces.class)) content.addMediaType(type, OASFactory.createMediaType().schema(schema));
            APIResponse r = OASFactory.createAPIResponse().description(describe("200")).content(content);
            etag(r, m.getReturnType());
            out.put("200", r);
        }
        return out;
    }

    /**
     * The schema an annotation names: its class, or a generic class with the element in its {@code items} property
     * ({@code Page<FilingView>}), or the type, format and properties it spells out.
     */
    private static Schema schema(Content c, ApiSchemas schemas) {
        var s = c.schema();
        Class<?> type = s.implementation();
        if (type != Void.class && type.getTypeParameters().length == 1) {
            for (SchemaProperty p : s.properties()) {
                if (p.implementation() != Void.class) return schemas.of(new Generic(type, new Type[] {p.implementation()}));
            }
        }
        if (type != Void.class) return schemas.of(type);
        Schema out = OASFactory.createSchema();
        if (s.type() != SchemaType.DEFAULT) out.setType(Schema.SchemaType.valueOf(s.type().name()));
        if (!s.format().isEmpty()) out.setFormat(s.format());
        for (SchemaProperty p : s.properties()) {
            out.setType(Schema.SchemaType.OBJECT);
            out.addProperty(p.name(), p.implementation() != Void.class ? schemas.of(p.implementation())
                    : OASFactory.createSchema().type(Schema.SchemaType.valueOf(p.type().name())));
        }
        return out;
    }

    /** {@code Page<T>} named in an annotation, which cannot write generics. */
    private record Generic(Class<?> raw, Type[] args) implements ParameterizedType {
        @Override
        public Type[] getActualTypeArguments() {
            return args.clone();
        }

        @Override
        public Type getRawType() {
            return raw;
        }

        @Override
        public Type getOwnerType() {
            return null;
        }
    }

    private static List<String> mediaTypes(ApiResources.Endpoint e, Class<? extends java.lang.annotation.Annotation> kind) {
        java.lang.annotation.Annotation a = e.method().getAnnotation(kind);
        if (a == null) a = e.resource().getAnnotation(kind);
        String[] types = a == null ? new String[0] : a instanceof Consumes c ? c.value() : ((Produces) a).value();
        List<String> out = new ArrayList<>();
        for (String t : types) {
            for (String one : t.split(",")) if (!one.isBlank() && !one.contains("*")) out.add(one.strip());
        }
        if (out.isEmpty()) out.add(MediaType.APPLICATION_JSON);
        return out;
    }

    /** A {@link Versioned} view goes out with its version as ETag ({@link EntityTags}). */
    private static void etag(APIResponse r, Class<?> body) {
        if (Versioned.class.isAssignableFrom(body) && (r.getHeaders() == null || !r.getHeaders().containsKey("ETag"))) {
            r.addHeader("ETag", OASFactory.createHeader().description("记录的版本，变更时以 If-Match 交回").schema(ApiSchemas.string(null)));
        }
    }

    private static String describe(String status) {
        return switch (status) {
            case "200" -> "成功";
            case "201" -> "已创建";
            case "202" -> "已受理，稍后完成";
            case "204" -> "成功，无内容";
            default -> status;
        };
    }

    private static void error(APIResponses responses, String status) {
        String v = ERRORS.get(status);
        responses.addAPIResponse(status, OASFactory.createAPIResponse().ref("#/components/responses/" + v.substring(0, v.indexOf(':'))));
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description).content(OASFactory.createContent()
                .addMediaType(PROBLEM, OASFactory.createMediaType().schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))));
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
