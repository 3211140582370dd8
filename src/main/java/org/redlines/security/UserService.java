package org.redlines.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.redlines.access.RequiresRole;
import org.redlines.access.Role;
import org.redlines.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: signing in, the first administrator, changing one's own password, and the users page. */
@Service
@Transactional
public class UserService implements UserDetailsService {

    public static final int MIN_PASSWORD_LENGTH = 10;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{2,100}");
    private static final Logger log = LoggerFactory.getLogger(UserService.class);

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final String initialPassword;
    private SessionRegistry sessions;

    UserService(
            UserRepository users,
            PasswordEncoder encoder,
            @Value("${redlines.admin.initial-password:}") String initialPassword) {
        this.users = users;
        this.encoder = encoder;
        this.initialPassword = initialPassword;
    }

    @Autowired(required = false)
    void setSessionRegistry(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = users.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("No such user")); // not-ui-text: sign-in shows its own
        return User.withUsername(account.getUsername())
                .password(account.getPasswordHash())
                .disabled(!account.isEnabled())
                .authorities(account.getRole().granted().stream()
                        .map(r -> new SimpleGrantedAuthority(r.authority()))
                        .toList())
                .build();
    }

    /**
     * On first start with no users: creates {@code admin} with the configured password, or with a random one
     * that is printed once to the log. No default password ships.
     */
    public void createInitialAdmin() {
        if (users.count() > 0) {
            return;
        }
        String password = initialPassword;
        boolean generated = password == null || password.isBlank();
        if (generated) {
            byte[] bytes = new byte[18];
            new SecureRandom().nextBytes(bytes);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        } else {
            // The operator reads this at start-up, not a user in a page: always in English.
            checkPassword(password, Messages.ENGLISH);
        }
        users.save(new UserAccount("admin", encoder.encode(password), Role.ADMIN));
        if (generated) {
            log.warn(
                    "Created the first user \"admin\" with the generated password: {}  "
                            + "(shown once; sign in and change it, or set redlines.admin.initial-password before the first start)", // not-ui-text: log
                    password);
        } else {
            log.info("Created the first user \"admin\" with the password from redlines.admin.initial-password");
        }
    }

    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(String current, String replacement) {
        String name = SecurityContextHolder.getContext().getAuthentication().getName();
        UserAccount account = users.findByUsername(name)
                .orElseThrow(() -> new AccountException(Messages.t("account.error.no-such-user")));
        if (!encoder.matches(current, account.getPasswordHash())) {
            throw new AccountException(
                    AccountException.Field.CURRENT_PASSWORD, Messages.t("account.error.current-password"));
        }
        checkPassword(replacement);
        account.setPasswordHash(encoder.encode(replacement));
    }

    /** Where and in which language a user is told of changes: an enabled user with an e-mail address. */
    public record Contact(String username, String email, Locale locale) {}

    private static final Pattern EMAIL = Pattern.compile("[^\\s@<>\"',;]{1,64}@[^\\s@<>\"',;]+\\.[^\\s@<>\"',;]{2,}");

    /** The signed-in user's own address for notifications, if they gave one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public java.util.Optional<Contact> myContact() {
        return users.findByUsername(currentUser()).flatMap(UserService::contact);
    }

    /**
     * Sets (or, with a blank address, removes) the signed-in user's address for notifications; their
     * notifications will be written in {@code locale}.
     */
    @PreAuthorize("isAuthenticated()")
    public void setMyContact(String email, Locale locale) {
        UserAccount account = users.findByUsername(currentUser())
                .orElseThrow(() -> new AccountException(Messages.t("account.error.no-such-user")));
        String address = email == null ? "" : email.strip();
        if (!address.isEmpty()
                && (address.length() > 320 || !EMAIL.matcher(address).matches())) {
            throw new AccountException(AccountException.Field.EMAIL, Messages.t("account.error.email", address));
        }
        account.setContact(
                address.isEmpty() ? null : address, Messages.nearest(locale).toLanguageTag());
    }

    static java.util.Optional<Contact> contact(UserAccount account) {
        if (!account.isEnabled() || account.getEmail() == null) {
            return java.util.Optional.empty();
        }
        Locale locale = account.getLocale() == null
                ? Messages.ENGLISH
                : Messages.nearest(Locale.forLanguageTag(account.getLocale()));
        return java.util.Optional.of(new Contact(account.getUsername(), account.getEmail(), locale));
    }

    private static String currentUser() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }

    @RequiresRole(Role.ADMIN)
    @Transactional(readOnly = true)
    public List<UserInfo> list() {
        return users.findAllByOrderByUsername().stream().map(UserService::info).toList();
    }

    @RequiresRole(Role.ADMIN)
    public UserInfo create(String username, String password, Role role) {
        String name = username == null ? "" : username.strip();
        if (!USERNAME.matcher(name).matches()) {
            throw new AccountException(AccountException.Field.USERNAME, Messages.t("account.error.username-format"));
        }
        if (users.findByUsername(name).isPresent()) {
            throw new AccountException(
                    AccountException.Field.USERNAME, Messages.t("account.error.username-taken", name));
        }
        checkPassword(password);
        return info(users.save(new UserAccount(name, encoder.encode(password), role)));
    }

    /** Changes role, enabled state and, when given, the password; refused if the user changed meanwhile. */
    @RequiresRole(Role.ADMIN)
    public UserInfo update(long id, long version, Role role, boolean enabled, String newPassword) {
        UserAccount account =
                users.findById(id).orElseThrow(() -> new AccountException(Messages.t("account.error.user-gone")));
        if (account.getVersion() != version) {
            throw new AccountException(Messages.t("account.error.changed-meanwhile"));
        }
        String self = SecurityContextHolder.getContext().getAuthentication().getName();
        if (account.getUsername().equals(self) && (role != Role.ADMIN || !enabled)) {
            throw new AccountException(Messages.t("account.error.own-admin"));
        }
        boolean signOut = account.getRole() != role
                || account.isEnabled() != enabled
                || (newPassword != null && !newPassword.isEmpty());
        account.setRole(role);
        account.setEnabled(enabled);
        if (newPassword != null && !newPassword.isEmpty()) {
            checkPassword(newPassword);
            account.setPasswordHash(encoder.encode(newPassword));
        }
        UserInfo saved = info(users.saveAndFlush(account));
        if (signOut) {
            endSessions(account.getUsername());
        }
        return saved;
    }

    /** A changed role, password or disabled account takes effect at once: the user's sessions end. */
    private void endSessions(String username) {
        if (sessions == null) {
            return;
        }
        for (Object principal : sessions.getAllPrincipals()) {
            // A local sign-in's principal is UserDetails; a provider's is an OidcUser, named by its user-name claim.
            boolean theirs = principal instanceof UserDetails details
                    ? details.getUsername().equals(username)
                    : principal instanceof org.springframework.security.core.AuthenticatedPrincipal named
                            && named.getName().equals(username);
            if (theirs) {
                sessions.getAllSessions(principal, false).forEach(SessionInformation::expireNow);
            }
        }
    }

    static void checkPassword(String password) {
        checkPassword(password, Messages.current());
    }

    private static void checkPassword(String password, Locale locale) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new AccountException(
                    AccountException.Field.PASSWORD,
                    Messages.get(locale, "account.error.password-short", MIN_PASSWORD_LENGTH));
        }
    }

    private static UserInfo info(UserAccount a) {
        return new UserInfo(a.getId(), a.getVersion(), a.getUsername(), a.getRole(), a.isEnabled());
    }
}
