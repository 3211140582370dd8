package org.redlines.security;

/** A user as the users page lists them; never the password hash. */
public record UserInfo(long id, long version, String username, Role role, boolean enabled) {}
