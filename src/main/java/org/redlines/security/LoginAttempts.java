package org.redlines.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@link #MAX_FAILURES} wrong passwords for one user name within
 * {@link #WINDOW}, that name cannot sign in for {@link #PAUSE}, even with the right password. Kept in memory per
 * instance; a restart forgets it.
 */
@Component
public class LoginAttempts {

    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration PAUSE = Duration.ofMinutes(5);
    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private record Failures(int count, Instant first, Instant lockedUntil) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private Clock clock = Clock.systemUTC();

    void setClock(Clock clock) {
        this.clock = clock;
    }

    @EventListener
    public void failed(AuthenticationFailureBadCredentialsEvent event) {
        String name = key(event.getAuthentication().getName());
        Instant now = clock.instant();
        Failures updated = failures.compute(name, (k, f) -> {
            if (f == null || f.first().plus(WINDOW).isBefore(now)) {
                return new Failures(1, now, null);
            }
            int count = f.count() + 1;
            return new Failures(count, f.first(), count >= MAX_FAILURES ? now.plus(PAUSE) : f.lockedUntil());
        });
        if (updated.count() == MAX_FAILURES) {
            log.warn("Signing in as \"{}\" is paused for {} minutes after {} wrong passwords", name,
                    PAUSE.toMinutes(), MAX_FAILURES);
        }
    }

    @EventListener
    public void succeeded(AuthenticationSuccessEvent event) {
        failures.remove(key(event.getAuthentication().getName()));
    }

    /** Whether the name may not sign in now. */
    public boolean isPaused(String username) {
        Failures f = failures.get(key(username));
        return f != null && f.lockedUntil() != null && f.lockedUntil().isAfter(clock.instant());
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
