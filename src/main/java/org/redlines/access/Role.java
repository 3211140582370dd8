package org.redlines.access;

import java.util.Arrays;
import java.util.List;

/** What a user may do. Each role includes the ones listed before it. */
public enum Role {
    VIEWER,
    ANALYST,
    ADMIN;

    /**
     * The names as compile-time constants, for annotations such as {@code @RolesAllowed} that cannot call
     * {@link #name()}; {@code RoleTest} checks that they are the names of the roles.
     */
    public static final class Names {
        public static final String VIEWER = "VIEWER";
        public static final String ANALYST = "ANALYST";
        public static final String ADMIN = "ADMIN";

        private Names() {}
    }

    /** Spring Security's name for the role, as {@code hasRole} and {@code @RolesAllowed} expect it. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** This role and every role it includes. */
    public List<Role> granted() {
        return Arrays.stream(values()).filter(r -> r.ordinal() <= ordinal()).toList();
    }
}
