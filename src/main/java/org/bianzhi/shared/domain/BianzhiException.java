package org.bianzhi.shared.domain;

import java.util.List;

/**
 * Every refusal the registry gives a user: a stable code, a kind that decides the HTTP status,
 * a Chinese message that says what to fix, and the fields or rows at fault.
 */
public class BianzhiException extends RuntimeException {

    /** What kind of refusal this is; the API maps each to one HTTP status. */
    public enum Kind { INVALID, NOT_FOUND, CONFLICT, FORBIDDEN, UNAUTHENTICATED, THROTTLED, PRECONDITION_FAILED,
        PRECONDITION_REQUIRED }

    private final Kind kind;
    private final String code;
    private final List<Violation> violations;
    private java.time.Duration retryAfter;

    public BianzhiException(Kind kind, String code, String message, List<Violation> violations) {
        super(message);
        this.kind = kind;
        this.code = code;
        this.violations = List.copyOf(violations);
    }

    public static BianzhiException invalid(String field, String message) {
        return new BianzhiException(Kind.INVALID, "invalid-input", message, List.of(Violation.ofField(field, message)));
    }

    public static BianzhiException invalid(String message, List<Violation> violations) {
        return new BianzhiException(Kind.INVALID, "invalid-input", message, violations);
    }

    public static BianzhiException notFound(String what, String key) {
        return new BianzhiException(Kind.NOT_FOUND, "not-found", "未找到" + what + "：" + key, List.of());
    }

    public static BianzhiException unauthenticated(String code, String message) {
        return new BianzhiException(Kind.UNAUTHENTICATED, code, message, List.of());
    }

    public static BianzhiException forbidden(String message) {
        return new BianzhiException(Kind.FORBIDDEN, "forbidden", message, List.of());
    }

    /** The version the client said it read (If-Match) is not the record's: it changed since. */
    public static BianzhiException preconditionFailed(String message) {
        return new BianzhiException(Kind.PRECONDITION_FAILED, "stale-version", message, List.of());
    }

    /** A change that must say which version it was made on, and said none. */
    public static BianzhiException preconditionRequired(String message) {
        return new BianzhiException(Kind.PRECONDITION_REQUIRED, "version-required", message,
                List.of(Violation.ofField("version", message)));
    }

    public static BianzhiException conflict(String code, String message) {
        return new BianzhiException(Kind.CONFLICT, code, message, List.of());
    }

    public static BianzhiException conflict(String code, String field, String message) {
        return new BianzhiException(Kind.CONFLICT, code, message, List.of(Violation.ofField(field, message)));
    }

    /** Too many attempts: the client may try again after {@code retryAfter} (an answer header says so too). */
    public static BianzhiException throttled(String code, String message, java.time.Duration retryAfter) {
        BianzhiException e = new BianzhiException(Kind.THROTTLED, code, message, List.of());
        e.retryAfter = retryAfter;
        return e;
    }

    public Kind kind() { return kind; }

    /** When a throttled client may try again; null for other refusals. */
    public java.time.Duration retryAfter() { return retryAfter; }

    public String code() { return code; }

    public List<Violation> violations() { return violations; }
}
