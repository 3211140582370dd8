package org.redlines.security;

import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.redlines.access.Role;
import org.redlines.routes.Routes;
import org.redlines.security.ui.LoginView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AnnotationTemplateExpressionDefaults;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Who may do what. Reading is open unless {@code redlines.security.read-requires-login=true}; writing always
 * needs its role, which the services check themselves ({@code @PreAuthorize}), not only the views.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@EnableConfigurationProperties(SsoSettings.class)
class SecurityConfig {

    static final String LOCAL_ACCOUNTS = "${redlines.security.local-accounts:true}";

    static final String READ_REQUIRES_LOGIN = "${redlines.security.read-requires-login:false}";

    /**
     * As strict as Vaadin Flow allows (docs/SECURITY.md): its bootstrap page has inline scripts, executeJs needs
     * eval, Lumo and components set inline styles, and chart downloads are data: and blob: URLs. Nothing may
     * come from another origin, and no other site may frame the app.
     */
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
                    + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
                    + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            @Value(READ_REQUIRES_LOGIN) boolean readRequiresLogin,
            SessionRegistry sessionRegistry,
            ApiTokenService apiTokens,
            @Value("${redlines.api.rate-limit-per-minute:120}") int perMinute,
            ObjectProvider<ClientRegistrationRepository> registrations,
            SsoUsers ssoUsers,
            SsoSettings ssoSettings)
            throws Exception {
        http.authorizeHttpRequests(auth -> {
            auth.requestMatchers("/actuator/health/**", "/actuator/info").permitAll();
            // The app's icon (tabs, bookmarks, preview cards), also on the sign-in page when reads need a login.
            auth.requestMatchers("/icons/**").permitAll();
            // The preview picture shows only the product's name to an anonymous visitor when reads need a login.
            auth.requestMatchers("/" + Routes.PREVIEW).permitAll();
            // Embeds, like first answers, show a visitor who may not read only the product's name and sign-in.
            auth.requestMatchers("/" + Routes.EMBED + "**").permitAll();
            // A signed token is the proof on these: the unsubscribe link of an e-mail and a watch's private feed.
            auth.requestMatchers("/" + Routes.UNSUBSCRIBE, "/" + Routes.FEED_PRIVATE + "*")
                    .permitAll();
            // The API's reference page is static (Swagger UI); the document it shows follows the API's rules.
            auth.requestMatchers("/swagger-ui/**", "/" + Routes.API + "docs").permitAll();
            auth.requestMatchers("/" + Routes.SSO_REFUSED).permitAll();
            auth.requestMatchers("/actuator/**").hasRole(Role.ADMIN.name());
            auth.requestMatchers("/" + Routes.DATASET).hasRole(Role.ANALYST.name());
            auth.requestMatchers("/" + Routes.BACKUPS + "**").hasRole(Role.ADMIN.name());
            if (readRequiresLogin) {
                auth.requestMatchers("/" + Routes.EXPORT + "**").authenticated();
                auth.requestMatchers("/" + Routes.FEED_CHANGES).authenticated();
                auth.requestMatchers("/" + Routes.API + "**").authenticated();
            } else {
                auth.requestMatchers(
                                "/" + Routes.MATRIX_CSV,
                                "/" + Routes.MATRIX_XLSX,
                                "/" + Routes.MATRIX_BRIEFING,
                                "/" + Routes.POINT_BRIEFING,
                                "/" + Routes.MATRIX_BRIEFING_DOCX,
                                "/" + Routes.POINT_BRIEFING_DOCX,
                                "/" + Routes.EVENTS_ICS,
                                "/" + Routes.FEED_CHANGES,
                                "/" + Routes.RELEASE_FILES + "**",
                                "/" + Routes.API + "**")
                        .permitAll();
            }
        });
        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .contentTypeOptions(Customizer.withDefaults()));
        // Personal API tokens, on /api/ and the feeds only (ApiTokenFilter).
        http.addFilterBefore(
                new ApiTokenFilter(apiTokens, perMinute),
                org.springframework.security.web.authentication.AnonymousAuthenticationFilter.class);
        // A script without a session gets 401 and a problem document from the API, not the sign-in page; a write
        // refused before it reaches the API (a session's missing CSRF token) gets a 403 problem document.
        var api = org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults()
                .matcher("/" + Routes.API + "**");
        http.exceptionHandling(exceptions -> exceptions
                .defaultAuthenticationEntryPointFor(
                        (request, response, e) -> ApiTokenFilter.problem(
                                response,
                                401,
                                "sign-in-needed",
                                "Sign-in needed",
                                "This needs a signed-in user or a personal API token."),
                        api)
                .defaultAccessDeniedHandlerFor(
                        (request, response, e) -> {
                            var auth = SecurityContextHolder.getContext().getAuthentication();
                            if (auth == null || auth instanceof AnonymousAuthenticationToken) {
                                ApiTokenFilter.problem(
                                        response,
                                        401,
                                        "sign-in-needed",
                                        "Sign-in needed",
                                        "Writing needs a personal API token with the write scope.");
                            } else {
                                ApiTokenFilter.problem(
                                        response,
                                        403,
                                        "forbidden",
                                        "Forbidden",
                                        "A write from a signed-in session needs its CSRF token; scripts use a personal API token.");
                            }
                        },
                        api));
        // A script's API write with a personal token: a browser never adds an Authorization header to a request
        // another site makes it send, so there is nothing to forge (a session's write still needs its CSRF token).
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/" + Routes.UNSUBSCRIBE)
                .ignoringRequestMatchers(request -> ApiTokenFilter.carriesToken(request)));
        // Lets a changed or disabled account's sessions be ended at once (UserService.update).
        http.sessionManagement(sessions -> sessions.maximumSessions(-1).sessionRegistry(sessionRegistry));
        ClientRegistrationRepository sso = registrations.getIfAvailable();
        if (sso != null) {
            // Single sign-on beside the local form (Vaadin's configurer sets up one or the other, not both).
            SimpleUrlAuthenticationFailureHandler failed = new SimpleUrlAuthenticationFailureHandler("/login?error") {
                @Override
                public void onAuthenticationFailure(
                        jakarta.servlet.http.HttpServletRequest request,
                        jakarta.servlet.http.HttpServletResponse response,
                        org.springframework.security.core.AuthenticationException e)
                        throws java.io.IOException, jakarta.servlet.ServletException {
                    if (e instanceof OAuth2AuthenticationException oauth
                            && oauth.getError().getErrorCode().startsWith(SsoUserService.REFUSED)) {
                        getRedirectStrategy()
                                .sendRedirect(
                                        request,
                                        response,
                                        "/" + Routes.SSO_REFUSED + "?reason="
                                                + oauth.getError()
                                                        .getErrorCode()
                                                        .substring(SsoUserService.REFUSED.length()));
                    } else {
                        super.onAuthenticationFailure(request, response, e);
                    }
                }
            };
            http.oauth2Login(login -> login.loginPage("/" + Routes.LOGIN)
                    .userInfoEndpoint(user -> user.oidcUserService(new SsoUserService(ssoUsers, ssoSettings)))
                    .failureHandler(failed));
        }
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
                    vaadin.loginView(LoginView.class);
                    if (sso != null) {
                        vaadin.logoutSuccessHandler(logoutEverywhere(sso));
                    }
                })
                .build();
    }

    /**
     * Signing out of a session that the provider signed in also ends the session at the provider (RP-initiated
     * logout), which then sends the browser back here; a local account's sign-out stays here, as before.
     */
    private static LogoutSuccessHandler logoutEverywhere(ClientRegistrationRepository sso) {
        OidcClientInitiatedLogoutSuccessHandler provider = new OidcClientInitiatedLogoutSuccessHandler(sso);
        provider.setRedirectStrategy(new UidlRedirectStrategy());
        provider.setPostLogoutRedirectUri("{baseUrl}/");
        SimpleUrlLogoutSuccessHandler local = new SimpleUrlLogoutSuccessHandler();
        local.setRedirectStrategy(new UidlRedirectStrategy());
        local.setDefaultTargetUrl("/");
        return (request, response, authentication) -> {
            if (authentication instanceof OAuth2AuthenticationToken) {
                provider.onLogoutSuccess(request, response, authentication);
            } else {
                local.onLogoutSuccess(request, response, authentication);
            }
        };
    }

    @Bean
    SignInOptions signInOptions(
            ObjectProvider<ClientRegistrationRepository> registrations,
            SsoSettings settings,
            @Value(LOCAL_ACCOUNTS) boolean localAccounts) {
        boolean sso = registrations.getIfAvailable() != null;
        return new SignInOptions(sso, settings.displayName(), localAccounts || !sso);
    }

    /** Views allow anonymous readers by annotation; the checker takes that back when reading needs a login. */
    @Bean
    static NavigationAccessControlConfigurer navigationAccessControlConfigurer(
            @Value(READ_REQUIRES_LOGIN) boolean readRequiresLogin) {
        return new NavigationAccessControlConfigurer()
                .withNavigationAccessChecker(new ReadAccessChecker(readRequiresLogin))
                .withLoginView(LoginView.class);
    }

    /** Lets {@link RequiresRole} name its role as a {@link Role} rather than as text in an expression. */
    @Bean
    static AnnotationTemplateExpressionDefaults annotationTemplateExpressionDefaults() {
        return new AnnotationTemplateExpressionDefaults();
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when sessions end, so that it does not keep them. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /**
     * Sign-in with the users in the database, where every attempt is counted before the password is checked
     * and a paused name is refused at once (LoginAttempts).
     */
    @Bean
    AuthenticationProvider authenticationProvider(
            UserService users, PasswordEncoder encoder, LoginAttempts attempts, SignInOptions options) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                if (!options.localAccounts()) {
                    throw new DisabledException("Local accounts are turned off; sign in through the provider.");
                }
                attempts.attempt(authentication.getName());
                Authentication result = passwords.authenticate(authentication);
                attempts.succeeded(authentication.getName());
                return result;
            }

            @Override
            public boolean supports(Class<?> type) {
                return passwords.supports(type);
            }
        };
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SmartInitializingSingleton initialAdmin(UserService users) {
        return users::createInitialAdmin;
    }
}
