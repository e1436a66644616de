package org.bianzhi.shared.domain;

/**
 * 单位路径: a unit's materialized path ({@code /1/10/11/}, the ids from the top unit down). A unit lies under another
 * when the other's path is a prefix of its own. The one place that comparison is written: the caller's scope
 * ({@code Scope.sees}), a subtree asked for and the unit tree itself all go through {@link #within}, and SQL through
 * {@link #likePattern}.
 */
public final class UnitPath {

    private UnitPath() {
    }

    /**
     * Whether {@code path} is {@code subtree} or lies under it. A null subtree is every unit (unplaced included);
     * a null path (a person with no unit) lies under no particular unit.
     */
    public static boolean within(String path, String subtree) {
        return subtree == null || (path != null && path.startsWith(subtree));
    }

    /** The {@code like ?} parameter matching {@code subtree} and every unit under it (paths hold digits and slashes only). */
    public static String likePattern(String subtree) {
        return subtree + "%";
    }
}
