package org.redlines.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.redlines.access.Role;
import org.redlines.i18n.Messages;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: a signed-in user makes one with a name, a scope and an expiry; it is shown once and kept
 * only as its SHA-256 hash (a token is 32 random bytes, so a slow hash adds nothing); they list, and revoke, their
 * own. A token authenticates its owner on {@code /api/} and the feeds only, never on the interface.
 */
@Service
public class ApiTokenService {

    /** Every token starts with this, so that secret scanners and people recognise one. */
    public static final String PREFIX = "rl_";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository tokens;
    private final UserRepository users;
    private final Clock clock;

    ApiTokenService(ApiTokenRepository tokens, UserRepository users, Optional<Clock> clock) {
        this.tokens = tokens;
        this.users = users;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** A new token and its text, which is shown now and never again. */
    public record Created(ApiTokenInfo token, String text) {}

    /** Who a valid token stands for: its owner's name and role, its scope and its id (for the rate limit). */
    public record Holder(long tokenId, String username, Role role, ApiTokenInfo.Scope scope) {}

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Created create(String name, ApiTokenInfo.Scope scope, Duration lifetime) {
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > 100) {
            throw new AccountException(AccountException.Field.NONE, Messages.t("token.error.name"));
        }
        if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(Duration.ofDays(366)) > 0) {
            throw new AccountException(AccountException.Field.NONE, Messages.t("token.error.lifetime"));
        }
        UserAccount owner = users.findByUsername(currentUser())
                .orElseThrow(() -> new AccountException(Messages.t("account.error.no-such-user")));
        if (scope == ApiTokenInfo.Scope.WRITE && owner.getRole() == Role.VIEWER) {
            throw new AccessDeniedException("a viewer's token cannot write");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String text = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        ApiTokenEntity token =
                tokens.save(new ApiTokenEntity(owner.getUsername(), label, hash(text), scope, now, now.plus(lifetime)));
        return new Created(token.info(), text);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ApiTokenInfo> mine() {
        return tokens.findByUsernameOrderByCreatedAtDesc(currentUser()).stream()
                .map(ApiTokenEntity::info)
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void revoke(long id) {
        ApiTokenEntity token = tokens.findById(id).orElseThrow(() -> new AccessDeniedException("no token " + id));
        if (!token.username().equals(currentUser())) {
            throw new AccessDeniedException("not your token");
        }
        token.revoke();
    }

    /**
     * The holder of a token that is known, not revoked, not expired, and whose owner is still enabled; the token's
     * last use is noted. For the request filter, before anyone is signed in.
     */
    @Transactional
    public Optional<Holder> authenticate(String text) {
        if (text == null || !text.startsWith(PREFIX) || text.length() > 200) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findByTokenHash(hash(text))
                .filter(t -> t.usable(now))
                .flatMap(t -> users.findByUsername(t.username())
                        .filter(UserAccount::isEnabled)
                        .map(owner -> {
                            t.used(now);
                            return new Holder(t.id(), owner.getUsername(), owner.getRole(), t.scope());
                        }));
    }

    static String hash(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String currentUser() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }
}
