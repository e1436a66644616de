package org.bianzhi.shared.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.bianzhi.shared.domain.BianzhiException;

/** Reads query parameters with field-level Chinese errors (JAX-RS would answer a bare 404). */
public final class Params {

    private Params() {
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw BianzhiException.invalid(name, "参数 " + name + " 的日期“" + value + "”格式不对，应为 YYYY-MM-DD");
        }
    }

    /** A whole number, or null when the parameter is absent. */
    public static Integer integer(String name, String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw BianzhiException.invalid(name, "参数 " + name + " 应为整数，实为“" + value + "”");
        }
    }

    /** An id used as a filter ({@code person=}): null when absent, a field error when it is not a number. */
    public static Long filterId(String name, String value, String what) {
        if (value == null || value.isBlank()) return null;
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw BianzhiException.invalid(name, what + "ID“" + value + "”应为数字");
        }
    }

    public static Long id(String name, String value) {
        try {
            return Long.valueOf(value.strip());
        } catch (RuntimeException e) {
            throw BianzhiException.notFound(name, value);
        }
    }

    /** The request body, which must be there. */
    public static <T> T body(T body) {
        if (body == null) throw BianzhiException.invalid("body", "请求内容不能为空，请提交 JSON 格式的数据");
        return body;
    }
}
