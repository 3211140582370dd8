package org.redlines.security;

import java.util.List;

/** What a user may do. Each role includes the ones listed before it. */
public enum Role {
    VIEWER,
    ANALYST,
    ADMIN;

    /** Spring Security's name for the role, as {@code hasRole} and {@code @RolesAllowed} expect it. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** This role and every role it includes. */
    public List<Role> granted() {
        return java.util.Arrays.stream(values())
                .filter(r -> r.ordinal() <= ordinal())
                .toList();
    }
}
