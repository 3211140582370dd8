package org.redlines.watch;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Signed, expiring tokens for links that work without signing in (unsubscribing from e-mail): the subject and an
 * expiry, signed with HMAC-SHA256 under a secret that every instance reads from the database (made once, on first
 * use). A token names what it allows; it cannot be changed without the secret, and it stops working at its expiry.
 */
@Component
public class SignedTokens {

    static final Duration LIFETIME = Duration.ofDays(60);
    private static final String NAME = "unsubscribe";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private volatile byte[] key;

    SignedTokens(JdbcTemplate jdbc, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** A token for {@code subject} (letters, digits, ':' and '-' only), valid for {@link #LIFETIME}. */
    public String sign(String subject) {
        String payload = subject + "." + clock.instant().plus(LIFETIME).getEpochSecond();
        return encode(payload.getBytes(StandardCharsets.UTF_8)) + "." + encode(mac(payload));
    }

    /** The subject of a valid, unexpired token; empty for anything else. */
    public Optional<String> verify(String token) {
        if (token == null || token.length() > 400) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        try {
            String payload = new String(Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.UTF_8);
            byte[] signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(signature, mac(payload))) {
                return Optional.empty();
            }
            int last = payload.lastIndexOf('.');
            long expiry = Long.parseLong(payload.substring(last + 1));
            if (clock.instant().isAfter(Instant.ofEpochSecond(expiry))) {
                return Optional.empty();
            }
            return Optional.of(payload.substring(0, last));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] key() {
        byte[] k = key;
        if (k == null) {
            key = k = Base64.getDecoder().decode(loadOrCreate());
        }
        return k;
    }

    private String loadOrCreate() {
        var found = jdbc.queryForList("select secret from app_secret where name = ?", String.class, NAME);
        if (!found.isEmpty()) {
            return found.getFirst();
        }
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        try {
            jdbc.update(
                    "insert into app_secret (name, secret) values (?, ?)",
                    NAME,
                    Base64.getEncoder().encodeToString(bytes));
        } catch (DataIntegrityViolationException e) {
            // Another instance made it first: use theirs.
        }
        return jdbc.queryForObject("select secret from app_secret where name = ?", String.class, NAME);
    }

    private static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
