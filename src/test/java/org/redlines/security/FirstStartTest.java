package org.redlines.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;
import org.redlines.access.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;

/** No default password ships: the first administrator gets the configured password, or a random one, shown once. */
class FirstStartTest {

    @Nested
    @SpringBootTest(
            properties = {
                "spring.datasource.url=jdbc:h2:mem:first-start-set;DB_CLOSE_DELAY=-1",
                "redlines.admin.initial-password=correct-horse-battery"
            })
    @DirtiesContext
    class WithAConfiguredPassword {

        @Autowired
        UserService users;

        @Autowired
        PasswordEncoder encoder;

        @Autowired
        org.springframework.security.core.session.SessionRegistry sessions;

        @Test
        void admin_signs_in_with_it_and_the_hash_is_not_the_password() {
            UserDetails admin = users.loadUserByUsername("admin");
            assertThat(encoder.matches("correct-horse-battery", admin.getPassword()))
                    .isTrue();
            assertThat(admin.getPassword())
                    .doesNotContain("correct-horse-battery")
                    .startsWith("{bcrypt}");
            assertThat(admin.getAuthorities())
                    .extracting(Object::toString)
                    .containsExactlyInAnyOrder("ROLE_VIEWER", "ROLE_ANALYST", "ROLE_ADMIN");
        }

        @Test
        @WithMockUser(
                username = "admin",
                roles = {"VIEWER", "ANALYST", "ADMIN"})
        void short_passwords_and_duplicate_names_are_refused_and_a_disabled_user_is_signed_out() {
            assertThatThrownBy(() -> users.create("bob", "short", Role.VIEWER))
                    .hasMessageContaining("at least " + UserService.MIN_PASSWORD_LENGTH);
            assertThatThrownBy(() -> users.create("admin", "long-enough-pw", Role.VIEWER))
                    .hasMessageContaining("already");
            UserInfo bob = users.create("bob", "long-enough-pw", Role.ANALYST);
            assertThat(users.loadUserByUsername("bob").getAuthorities())
                    .extracting(Object::toString)
                    .containsExactlyInAnyOrder("ROLE_VIEWER", "ROLE_ANALYST");
            sessions.registerNewSession("bobs-session", users.loadUserByUsername("bob"));
            users.update(bob.id(), bob.version(), Role.ANALYST, false, "");
            assertThat(users.loadUserByUsername("bob").isEnabled()).isFalse();
            assertThat(sessions.getSessionInformation("bobs-session").isExpired())
                    .isTrue();
        }
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void without_one_a_random_password_is_printed_once_and_works(CapturedOutput output) {
        UserRepository repository = Mockito.mock(UserRepository.class);
        Mockito.when(repository.count()).thenReturn(0L);
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        new UserService(repository, encoder, "").createInitialAdmin();

        ArgumentCaptor<UserAccount> saved = ArgumentCaptor.forClass(UserAccount.class);
        Mockito.verify(repository).save(saved.capture());
        Matcher m = Pattern.compile("generated password: (\\S+)").matcher(output.getAll());
        assertThat(m.find()).isTrue();
        String password = m.group(1);
        assertThat(m.find()).isFalse();
        assertThat(password).hasSizeGreaterThanOrEqualTo(UserService.MIN_PASSWORD_LENGTH);
        assertThat(saved.getValue().getUsername()).isEqualTo("admin");
        assertThat(saved.getValue().getRole()).isEqualTo(Role.ADMIN);
        assertThat(encoder.matches(password, saved.getValue().getPasswordHash()))
                .isTrue();
    }

    @Test
    void with_users_already_there_nothing_is_created() {
        UserRepository repository = Mockito.mock(UserRepository.class);
        Mockito.when(repository.count()).thenReturn(3L);
        new UserService(repository, PasswordEncoderFactories.createDelegatingPasswordEncoder(), "whatever-long-pw")
                .createInitialAdmin();
        Mockito.verify(repository, Mockito.never()).save(Mockito.any());
    }

    @Test
    void a_configured_password_that_is_too_short_stops_the_first_start() {
        UserRepository repository = Mockito.mock(UserRepository.class);
        Mockito.when(repository.count()).thenReturn(0L);
        assertThatThrownBy(() -> new UserService(
                                repository, PasswordEncoderFactories.createDelegatingPasswordEncoder(), "short")
                        .createInitialAdmin())
                .hasMessageContaining("at least");
        Mockito.verify(repository, Mockito.never()).save(Mockito.any());
    }
}
