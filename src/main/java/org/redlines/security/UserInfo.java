package org.redlines.security;

import org.redlines.access.Role;

/** A user as the users page lists them; never the password hash. */
public record UserInfo(long id, long version, String username, Role role, boolean enabled) {}
