package org.redlines.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.LockedException;

class LoginAttemptsTest {

    private Instant now = Instant.parse("2026-11-28T10:00:00Z");
    private final LoginAttempts attempts = new LoginAttempts();

    LoginAttemptsTest() {
        attempts.setClock(new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        });
    }

    @Test
    void the_sixth_attempt_without_success_is_refused_at_once_and_the_pause_ends_after_five_minutes() {
        for (int i = 0; i < LoginAttempts.MAX_ATTEMPTS; i++) {
            attempts.attempt(i % 2 == 0 ? "Ana" : " ana ");
        }
        assertThat(attempts.isPaused("ana")).isFalse();
        assertThatThrownBy(() -> attempts.attempt("ana")).isInstanceOf(LockedException.class);
        assertThat(attempts.isPaused("ANA")).isTrue();
        assertThatThrownBy(() -> attempts.attempt("ana")).isInstanceOf(LockedException.class);
        assertThat(attempts.isPaused("vera")).isFalse();
        now = now.plus(LoginAttempts.PAUSE).plusSeconds(1);
        attempts.attempt("ana");
        assertThat(attempts.isPaused("ana")).isFalse();
    }

    @Test
    void attempts_spread_over_more_than_the_window_do_not_add_up_and_a_success_starts_again() {
        for (int i = 0; i < 4; i++) {
            attempts.attempt("ana");
        }
        now = now.plus(LoginAttempts.WINDOW).plusSeconds(1);
        for (int i = 0; i < 4; i++) {
            attempts.attempt("ana");
        }
        attempts.succeeded("ana");
        for (int i = 0; i < LoginAttempts.MAX_ATTEMPTS; i++) {
            attempts.attempt("ana");
        }
        assertThat(attempts.isPaused("ana")).isFalse();
    }

    @Test
    void a_flood_of_made_up_names_does_not_grow_memory_without_bound() {
        for (int i = 0; i < LoginAttempts.MAX_NAMES * 3; i++) {
            attempts.attempt("name-" + i + "-" + "x".repeat(500));
        }
        assertThat(attempts.size()).isLessThanOrEqualTo(LoginAttempts.MAX_NAMES);
    }
}
