package org.redlines.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

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
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        });
    }

    private void fail(String name) {
        attempts.failed(new AuthenticationFailureBadCredentialsEvent(
                UsernamePasswordAuthenticationToken.unauthenticated(name, "wrong"), new BadCredentialsException("x")));
    }

    @Test
    void five_wrong_passwords_pause_that_name_for_five_minutes() {
        for (int i = 0; i < LoginAttempts.MAX_FAILURES - 1; i++) {
            fail("Ana");
        }
        assertThat(attempts.isPaused("ana")).isFalse();
        fail("ana ");
        assertThat(attempts.isPaused("ana")).isTrue();
        assertThat(attempts.isPaused("vera")).isFalse();
        now = now.plus(LoginAttempts.PAUSE).plusSeconds(1);
        assertThat(attempts.isPaused("ana")).isFalse();
    }

    @Test
    void failures_spread_over_more_than_the_window_do_not_add_up_and_a_success_starts_again() {
        for (int i = 0; i < 4; i++) {
            fail("ana");
        }
        now = now.plus(LoginAttempts.WINDOW).plusSeconds(1);
        fail("ana");
        assertThat(attempts.isPaused("ana")).isFalse();
        for (int i = 0; i < 3; i++) {
            fail("ana");
        }
        attempts.succeeded(new AuthenticationSuccessEvent(
                UsernamePasswordAuthenticationToken.authenticated("ana", null, java.util.List.of())));
        fail("ana");
        assertThat(attempts.isPaused("ana")).isFalse();
    }
}
