package org.redlines.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.LockedException;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: at most {@link #MAX_ATTEMPTS} sign-in attempts without success per user name
 * within {@link #WINDOW}; then that name cannot sign in for {@link #PAUSE}, even with the right password.
 * Attempts are counted before the password is checked, so parallel guesses count too, and every name is
 * treated alike whether or not it has an account, so the pause reveals nothing. Kept in memory per instance,
 * bounded in size; a restart forgets it.
 */
@Component
public class LoginAttempts {

    public static final int MAX_ATTEMPTS = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration PAUSE = Duration.ofMinutes(5);
    static final int MAX_NAMES = 10_000;
    private static final int MAX_NAME_LENGTH = 100;
    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private record Attempts(int count, Instant first, Instant pausedUntil) {}

    private final Map<String, Attempts> attempts = new ConcurrentHashMap<>();
    private Clock clock = Clock.systemUTC();

    void setClock(Clock clock) {
        this.clock = clock;
    }

    /** Counts an attempt for the name, or refuses it at once while the name is paused. */
    public void attempt(String username) {
        String name = key(username);
        Instant now = clock.instant();
        if (attempts.size() >= MAX_NAMES) {
            forgetOld(now);
        }
        Attempts updated = attempts.compute(name, (k, a) -> {
            if (a == null
                    || (a.pausedUntil() == null && a.first().plus(WINDOW).isBefore(now))
                    || (a.pausedUntil() != null && !a.pausedUntil().isAfter(now))) {
                return new Attempts(1, now, null);
            }
            if (a.pausedUntil() != null) {
                return a;
            }
            int count = a.count() + 1;
            return new Attempts(count, a.first(), count > MAX_ATTEMPTS ? now.plus(PAUSE) : null);
        });
        if (updated.pausedUntil() != null) {
            if (updated.count() == MAX_ATTEMPTS + 1) {
                log.warn(
                        "Signing in as \"{}\" is paused for {} minutes after {} attempts without success",
                        printable(name),
                        PAUSE.toMinutes(),
                        MAX_ATTEMPTS);
            }
            throw new LockedException("Too many attempts");
        }
    }

    /** A successful sign-in starts the count again. */
    public void succeeded(String username) {
        attempts.remove(key(username));
    }

    /** Whether the name may not sign in now. */
    public boolean isPaused(String username) {
        Attempts a = attempts.get(key(username));
        return a != null && a.pausedUntil() != null && a.pausedUntil().isAfter(clock.instant());
    }

    int size() {
        return attempts.size();
    }

    /** Drops names whose window and pause are over; if that is not enough, the oldest tenth. */
    private void forgetOld(Instant now) {
        attempts.entrySet()
                .removeIf(e -> (e.getValue().pausedUntil() == null
                                ? e.getValue().first().plus(WINDOW)
                                : e.getValue().pausedUntil())
                        .isBefore(now));
        if (attempts.size() >= MAX_NAMES) {
            attempts.entrySet().stream()
                    .sorted(Map.Entry.comparingByValue(java.util.Comparator.comparing(Attempts::first)))
                    .limit(MAX_NAMES / 10)
                    .map(Map.Entry::getKey)
                    .toList()
                    .forEach(attempts::remove);
        }
    }

    private static String key(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return name.length() > MAX_NAME_LENGTH ? name.substring(0, MAX_NAME_LENGTH) : name;
    }

    private static String printable(String name) {
        return name.replaceAll("\\p{Cntrl}", "?");
    }
}
