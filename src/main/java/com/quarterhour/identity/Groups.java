package com.quarterhour.identity;

/** The engine's identity groups; Spring Security sees each as the role ROLE_&lt;name&gt;. */
public final class Groups {

    public static final String ADMINS = org.operaton.bpm.engine.authorization.Groups.OPERATON_ADMIN;
    public static final String COORDINATORS = "coordinators";
    public static final String TECHNICIANS = "technicians";
    public static final String MANAGERS = "managers";

    private Groups() {
    }

    /** operaton-admin is ROLE_ADMIN; coordinators is ROLE_COORDINATOR, and so on. */
    public static String roleOf(String groupId) {
        if (ADMINS.equals(groupId)) {
            return "ADMIN";
        }
        String upper = groupId.toUpperCase(java.util.Locale.ROOT);
        return upper.endsWith("S") ? upper.substring(0, upper.length() - 1) : upper;
    }
}
