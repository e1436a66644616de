package org.bianzhi.shared.domain;

import java.util.ArrayList;
import java.util.List;

/** Collects every violation of one request before refusing it, so a user fixes all fields at once. */
public final class Check {

    private final List<Violation> violations = new ArrayList<>();
    private final String fieldPrefix;

    public Check() {
        this("");
    }

    /** A check whose fields sit inside a larger request, e.g. {@code person.} in a notice. */
    public Check(String fieldPrefix) {
        this.fieldPrefix = fieldPrefix;
    }

    public Check require(boolean ok, String field, String reason) {
        if (!ok) violations.add(Violation.ofField(fieldPrefix + field, reason));
        return this;
    }

    public Check notNull(Object value, String field, String label) {
        return require(value != null && !(value instanceof String s && s.isBlank()), field, label + "不能为空");
    }

    public Check add(Violation v) {
        violations.add(v);
        return this;
    }

    public boolean ok() { return violations.isEmpty(); }

    public List<Violation> violations() { return List.copyOf(violations); }

    /** Throws the collected violations as one INVALID refusal, if there are any. */
    public void orThrow() {
        if (!violations.isEmpty()) {
            String detail = violations.size() == 1 ? violations.get(0).reason()
                    : "提交的内容有 " + violations.size() + " 处错误，请逐项修改：" + violations.get(0).reason() + " 等";
            throw BianzhiException.invalid(detail, violations);
        }
    }

    /**
     * The constant of {@code type} named by {@code text} (code or Chinese label), or null when the text is
     * empty; unreadable text adds a violation that lists the choices.
     */
    public <E extends Enum<E> & Labeled> E choice(Class<E> type, String text, String field, String label) {
        if (text == null || text.isBlank()) return null;
        var value = Labeled.parse(type, text);
        if (value.isEmpty()) require(false, field, label + "“" + text + "”无法识别，应为 " + Labeled.choices(type));
        return value.orElse(null);
    }
}
