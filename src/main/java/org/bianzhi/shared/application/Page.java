package org.bianzhi.shared.application;

import java.util.List;

/** One page of a longer list, with the total so a screen can page through it. */
public record Page<T>(List<T> items, long total, int offset, int limit) {

    public static final int MAX_LIMIT = 500;

    /** Clamps what a client asked for to sane bounds. */
    public static int limit(Integer requested) {
        return requested == null || requested < 1 ? 50 : Math.min(requested, MAX_LIMIT);
    }

    public static int offset(Integer requested) {
        return requested == null || requested < 0 ? 0 : requested;
    }
}
