package org.redlines.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redlines.access.Role;
import org.redlines.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * axe-core on every view, in the light and the dark theme, and on the editing forms and admin pages: no serious
 * or critical violation of WCAG 2.1 A/AA.
 */
@org.springframework.test.context.TestPropertySource(
        properties = "spring.datasource.url=jdbc:h2:mem:accessibility-it;DB_CLOSE_DELAY=-1")
class AccessibilityIT extends BrowserTestBase {

    static final List<String> PAGES = List.of(
            "matrix?plan=US-28",
            "matrix?plan=US-28&point=21",
            "points/US-28/21",
            "compare/actors?plan=US-28&a=UA&b=RU",
            "compare/plans?plans=US-28,E3-28",
            "changes",
            "charts",
            "charts?chart=alignment",
            "charts?chart=timeline&point=21&plan=US-28",
            "login",
            "no/such/page");

    static final String PASSWORD = "axe-admin-password";

    @Autowired
    UserService users;

    private List<String> check(String path, boolean dark) throws Exception {
        page.navigate(url(path));
        page.waitForLoadState();
        BrowserSupport.waitForVaadin(page);
        if (dark) {
            page.evaluate("() => document.documentElement.setAttribute('theme', 'dark')");
        }
        page.waitForTimeout(400);
        return Axe.seriousViolations(page).stream()
                .map(v -> (dark ? "dark " : "") + path + " -> " + v)
                .toList();
    }

    @Test
    void no_view_has_a_serious_or_critical_violation_in_either_theme() throws Exception {
        List<String> found = new ArrayList<>();
        for (String path : PAGES) {
            found.addAll(check(path, false));
            found.addAll(check(path, true));
        }
        assertThat(found).isEmpty();
    }

    /** In Ukrainian too: longer words, the page's language declared for screen readers. */
    @Test
    void the_ukrainian_pages_have_none_either() throws Exception {
        List<String> found = new ArrayList<>();
        for (String path : List.of(
                "matrix?plan=US-28&point=21&lang=uk",
                "points/US-28/21?lang=uk",
                "compare/actors?plan=US-28&a=UA&b=RU&lang=uk",
                "charts?lang=uk",
                "login?lang=uk")) {
            found.addAll(check(path, false));
            assertThat(page.locator("html").getAttribute("lang")).as(path).isEqualTo("uk");
        }
        assertThat(found).isEmpty();
    }

    @Test
    void the_editing_forms_and_admin_pages_have_none_either() throws Exception {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "admin", null, List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
        try {
            if (users.list().stream().noneMatch(u -> u.username().equals("axe-admin"))) {
                users.create("axe-admin", PASSWORD, Role.ADMIN);
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
        signIn("axe-admin", PASSWORD);

        List<String> found = new ArrayList<>();
        for (String path : List.of("audit", "import", "users", "manage", "matrix?plan=US-28&point=21")) {
            found.addAll(check(path, false));
        }
        page.locator(".rl-add-position").first().click();
        page.locator("#edit-summary").waitFor();
        page.waitForTimeout(400);
        Axe.seriousViolations(page).forEach(v -> found.add("position form -> " + v));
        assertThat(found).isEmpty();
    }
}
