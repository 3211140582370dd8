package org.redlines.security;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.redlines.access.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Single sign-on through an OpenID Connect provider ({@code redlines.sso.*}; the provider itself is Spring
 * Security's registration {@value #REGISTRATION}: {@code spring.security.oauth2.client.registration.sso.*} and
 * {@code ...provider.sso.issuer-uri}). Which values of which claim make a viewer, an analyst or an administrator;
 * the highest role that matches wins, and no match is a refusal. {@code localAccounts} keeps or removes the
 * sign-in with a local name and password.
 */
@ConfigurationProperties("redlines.sso")
public record SsoSettings(
        String displayName,
        String roleClaim,
        String usernameClaim,
        List<String> viewerValues,
        List<String> analystValues,
        List<String> adminValues) {

    /** The registration id: the callback is {@code /login/oauth2/code/sso}, sign-in starts at {@link #START}. */
    public static final String REGISTRATION = "sso";

    public static final String START = "oauth2/authorization/" + REGISTRATION;

    public SsoSettings {
        displayName = blank(displayName) ? "your organisation" : displayName.strip();
        roleClaim = blank(roleClaim) ? "groups" : roleClaim.strip();
        usernameClaim = blank(usernameClaim) ? "preferred_username" : usernameClaim.strip();
        viewerValues = clean(viewerValues);
        analystValues = clean(analystValues);
        adminValues = clean(adminValues);
    }

    /**
     * The role that a claim's value or values map to: the highest of the roles whose listed values it holds. A
     * group path such as {@code /redlines-analysts} also matches {@code redlines-analysts}.
     */
    public Optional<Role> roleFor(Object claim) {
        List<String> values = switch (claim) {
            case null -> List.of();
            case java.util.Collection<?> many ->
                many.stream().map(String::valueOf).toList();
            case String one -> List.of(one.split("[,\\s]+"));
            default -> List.of(String.valueOf(claim));
        };
        List<String> held = values.stream()
                .map(v -> v.strip().replaceFirst("^/", "").toLowerCase(Locale.ROOT))
                .toList();
        if (held.stream().anyMatch(adminValues::contains)) {
            return Optional.of(Role.ADMIN);
        }
        if (held.stream().anyMatch(analystValues::contains)) {
            return Optional.of(Role.ANALYST);
        }
        if (held.stream().anyMatch(viewerValues::contains)) {
            return Optional.of(Role.VIEWER);
        }
        return Optional.empty();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static List<String> clean(List<String> values) {
        return values == null
                ? List.of()
                : values.stream()
                        .filter(v -> !blank(v))
                        .map(v -> v.strip().replaceFirst("^/", "").toLowerCase(Locale.ROOT))
                        .toList();
    }
}
