package org.redlines.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Only a caller with this role (or a role that includes it) may call the method; anyone else, whatever the
 * interface showed them, gets an access refusal and nothing happens (ADR 8). Spring Security fills the role's name
 * into the expression (the template defaults in {@code SecurityConfig}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasRole('{value}')")
public @interface RequiresRole {
    Role value();
}
