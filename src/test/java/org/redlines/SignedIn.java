package org.redlines;

import java.util.List;
import java.util.function.Supplier;
import org.redlines.access.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs test set-up as a signed-in user with a role, as the services see a user of the interface. */
public final class SignedIn {

    private SignedIn() {}

    public static void as(String user, Role role, Runnable action) {
        call(user, role, () -> {
            action.run();
            return null;
        });
    }

    /** Runs as this user, then gives back whoever was signed in before (nobody, in most tests). */
    public static <T> T call(String user, Role role, Supplier<T> action) {
        org.springframework.security.core.Authentication before =
                SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        user, null, List.of(new SimpleGrantedAuthority(role.authority()))));
        try {
            return action.get();
        } finally {
            if (before == null) {
                SecurityContextHolder.clearContext();
            } else {
                SecurityContextHolder.getContext().setAuthentication(before);
            }
        }
    }
}
