package org.bianzhi.shared.api;

/**
 * Role names for {@link Allowed} on resources. An administrator may do everything; a resource method
 * without {@link Allowed} or {@link Public} is closed to everyone (deny by default).
 */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String OFFICE = "OFFICE";
    public static final String INSPECTOR = "INSPECTOR";
    public static final String UNIT_CLERK = "UNIT_CLERK";
    public static final String COMPLAINT_HANDLER = "COMPLAINT_HANDLER";
    public static final String CADRE_SUPERVISION = "CADRE_SUPERVISION";
    public static final String DISCIPLINE_INSPECTION = "DISCIPLINE_INSPECTION";

    private Roles() {
    }
}
