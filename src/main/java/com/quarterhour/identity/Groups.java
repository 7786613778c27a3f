package com.quarterhour.identity;

/** Camunda identity groups; Spring Security sees each as the role ROLE_&lt;name&gt;. */
public final class Groups {

    public static final String ADMINS = "camunda-admin";
    public static final String COORDINATORS = "coordinators";
    public static final String TECHNICIANS = "technicians";
    public static final String MANAGERS = "managers";

    private Groups() {
    }

    /** camunda-admin is ROLE_ADMIN; coordinators is ROLE_COORDINATOR, and so on. */
    public static String roleOf(String groupId) {
        if (ADMINS.equals(groupId)) {
            return "ADMIN";
        }
        String upper = groupId.toUpperCase(java.util.Locale.ROOT);
        return upper.endsWith("S") ? upper.substring(0, upper.length() - 1) : upper;
    }
}
