package org.bianzhi.shared.api;

import jakarta.ws.rs.QueryParam;
import org.bianzhi.shared.domain.BianzhiException;

/**
 * The one paging convention of every list: {@code offset} (from 0) and {@code limit} (1 to {@link #MAX_LIMIT}),
 * answered as {@link org.bianzhi.shared.application.Page}. A value that is not a whole number or out of range is a
 * 422 naming the parameter, never silently clamped: a client that asked for 1,000 rows and got 500 would believe
 * it had them all.
 */
public class Paging {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    @QueryParam("offset")
    String offset;

    @QueryParam("limit")
    String limit;

    public Paging() {
    }

    public static Paging of(String offset, String limit) {
        Paging p = new Paging();
        p.offset = offset;
        p.limit = limit;
        return p;
    }

    public int offset() {
        Integer n = Params.integer("offset", offset);
        if (n == null) return 0;
        if (n < 0) throw BianzhiException.invalid("offset", "参数 offset（从第几条开始）不能为负数，实为 " + n);
        return n;
    }

    public int limit() {
        return limit(MAX_LIMIT);
    }

    /** The limit where a list allows fewer than {@link #MAX_LIMIT} rows a page (search ranks at most 100). */
    public int limit(int max) {
        Integer n = Params.integer("limit", limit);
        if (n == null) return Math.min(DEFAULT_LIMIT, max);
        if (n < 1 || n > max) throw BianzhiException.invalid("limit", "参数 limit（每页条数）应在 1 到 " + max + " 之间，实为 " + n);
        return n;
    }
}
