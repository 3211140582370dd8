package org.redlines.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.redlines.access.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The local account of someone who signs in through the identity provider: made at the first sign-in with the
 * role their claims map to, and brought up to date (role, e-mail) at every sign-in. Refused, with a reason a plain
 * page explains: claims that map to no role, an account an administrator disabled, and a name that a local
 * account already holds (the provider must not take over a local account).
 */
@Service
@Transactional
public class SsoUsers {

    private static final Logger log = LoggerFactory.getLogger(SsoUsers.class);

    /** Why a sign-in through the provider was refused: {@code no-role}, {@code disabled} or {@code name-taken}. */
    public static class Refused extends RuntimeException {
        private final String reason;

        Refused(String reason, String detail) {
            super(detail);
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final SsoSettings settings;
    private final SecureRandom random = new SecureRandom();

    SsoUsers(UserRepository users, PasswordEncoder encoder, SsoSettings settings) {
        this.users = users;
        this.encoder = encoder;
        this.settings = settings;
    }

    /** The account's name and role after this sign-in, or {@link Refused}. */
    public UserInfo signIn(String issuer, String subject, String username, String email, Object roleClaim) {
        Role role = settings.roleFor(roleClaim)
                .orElseThrow(() -> new Refused(
                        "no-role", username + "'s " + settings.roleClaim() + " claim maps to no role: " + roleClaim));
        Optional<UserAccount> linked = users.findBySsoIssuerAndSsoSubject(issuer, subject);
        UserAccount account;
        if (linked.isPresent()) {
            account = linked.get();
        } else {
            if (users.findByUsername(username).isPresent()) {
                throw new Refused("name-taken", "A local account is already called " + username);
            }
            // Nobody knows this password: the account signs in only through the provider.
            byte[] secret = new byte[32];
            random.nextBytes(secret);
            account =
                    new UserAccount(username, encoder.encode(Base64.getEncoder().encodeToString(secret)), role);
            account.linkSso(issuer, subject);
            log.info("Single sign-on made the account {} ({})", username, role);
        }
        if (!account.isEnabled()) {
            throw new Refused("disabled", username + " is disabled");
        }
        if (account.getRole() != role) {
            log.info("Single sign-on changed {}'s role from {} to {}", username, account.getRole(), role);
            account.setRole(role);
        }
        if (email != null && !email.isBlank() && !email.strip().equals(account.getEmail())) {
            account.setContact(email.strip(), account.getLocale());
        }
        UserAccount saved = users.saveAndFlush(account);
        return new UserInfo(saved.getId(), saved.getVersion(), saved.getUsername(), saved.getRole(), saved.isEnabled());
    }
}
